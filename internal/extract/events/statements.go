package events

import (
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/internal/extract/coref"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// frame is an attribution: a speaker and the verb that reports speech.
type frame struct {
	speaker    int   // entity
	also       []int // further speakers of a coordinated subject ("the Committee and the FSB said")
	speakerMi  int   // mention
	attrFirst  int   // first token of the attribution (speaker with title, or verb)
	attrLast   int   // token after the attribution
	verb       int
	inverted   bool // "said X"
	according  bool // "according to X"
	rule       string
	personLike bool
}

// contentBeforeVerbs can follow what they report: "“...,” he said."
func contentBeforeVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "notes", "argued", "argues", "insisted", "insists",
		"explained", "claimed", "claims", "asserted", "stressed", "warned", "warns", "wrote", "writes", "asked", "replied", "responded",
		"remarked", "commented", "recalled", "maintained", "countered", "cautioned", "complained", "conceded", "admitted",
		"acknowledged", "declared", "announced", "reiterated", "emphasised", "emphasized", "predicted", "estimated",
		"indicated", "indicates", "joked", "quipped", "tweeted", "continued", "elaborated", "suggested", "says,",
		"argue", "insist", "warn", "tell", "add", "acknowledge", "admit", "stress", "claim", "declare", "predict",
		"confirmed", "confirms", "recalls", "concedes", "admits", "explains", "concluded", "concludes", "revealed", "reveals",
		"quoted": // ""...," X was quoted as saying."
		return true
	}
	return false
}

// quoteVerb verbs report speech only when a quotation follows in their
// clause: "called the stabbing "an act of barbarity"", "spoke on TV, "...""
func quoteVerb(w string) bool {
	switch w {
	case "called", "calls", "branded", "labelled", "labeled", "termed", "dubbed", "spoke", "posted", "defended", "responded", "apologised", "apologized", "elaborated", "continued", "reacted", "likened", "likens":
		return true
	}
	return false
}

// asVerbs report speech as "V X as ...": "described the deal as a
// disaster", "characterized the call as "perfectly fine"".
func asVerb(w string) bool {
	switch w {
	case "described", "describes", "characterized", "characterised", "characterizes", "attacked", "portrayed", "branded", "labelled", "labeled", "dismissed", "hailed":
		return true
	}
	return false
}

// progressive: "is urging", "was warning", "has been saying".
func (x *extractor) progressive(v int) bool {
	switch x.lower(v - 1) {
	case "is", "are", "was", "were", "been", "be":
		return true
	}
	return false
}

// passive reports a verb used in the passive ("was asked", "was told",
// "was announced to have died"): its subject is not the speaker.
func (x *extractor) passive(v int) bool {
	if strings.HasSuffix(x.lower(v), "ing") {
		return false // "is urging"
	}
	k := v - 1
	for k >= 0 && (x.lower(k) == "also" || x.lower(k) == "later" || x.lower(k) == "then" || strings.HasSuffix(x.lower(k), "ly") && len(x.lower(k)) > 4) {
		k--
	}
	switch x.lower(k) {
	case "was", "were", "been", "being", "is", "are", "be", "am":
		return true
	}
	return false
}

// invertible verbs may precede their speaker: "..., said Mr Howard."
func invertible(w string) bool {
	switch w {
	case "said", "says", "added", "adds", "asked", "wrote", "writes", "explained", "insisted", "argued", "warned", "noted", "stated", "continued", "replied", "recalled", "explains", "insists", "argues", "warns", "notes",
		"commented", "retorted", "conceded", "declared", "stressed", "observed", "admitted", "acknowledged", "tweeted", "announced", "agreed", "responded", "countered", "cautioned", "complained", "remarked",
		"claimed", "claims", "quipped", "joked", "enthused", "mused":
		return true
	}
	return false
}

// findFrames lists the attributions of a sentence (outside quotations),
// in text order.
func (x *extractor) findFrames(si int) []frame {
	s := x.d.Sentences[si]
	var out []frame
	for v := s.First; v < s.Last; v++ {
		tk := x.d.Tokens[v]
		if x.text(v) == ":" && len(out) == 0 && !tk.Has(segment.FlagInQuote) {
			if f, ok := x.colonQuote(si, v); ok {
				out = append(out, f)
			}
			continue
		}
		if tk.Kind != segment.Word || tk.Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(v)
		if w == "according" && x.lower(v+1) == "to" {
			if f, ok := x.accordingTo(si, v); ok {
				out = append(out, f)
			}
			continue
		}
		if w == "quoted" && x.passive(v) {
			// "X was quoted (by the agency) as saying ...": X speaks
			if f, ok := x.passiveQuotedAs(si, v); ok {
				out = append(out, f)
			}
			continue
		}
		if (w == "quoted" || w == "cited") && !x.passive(v) {
			// "The agency quoted him as saying ...", "the paper cited X as
			// saying ...": the one quoted speaks
			if f, ok := x.quotedAs(si, v); ok {
				out = append(out, f)
				continue
			}
			if w == "quoted" {
				continue
			}
		}
		if tk.Has(segment.FlagCap) || x.mentionAt(v) >= 0 {
			continue
		}
		if sourceVerb(w) && !x.passive(v) && !x.negatedVerb(v) {
			// "a statement from Acme said", "Acme's website says": the
			// words of the one the text comes from
			if f, ok := x.sourceNounFrame(si, v); ok {
				out = append(out, f)
				continue
			}
			if f, ok := x.theSourceFrame(si, v); ok {
				out = append(out, f)
				continue
			}
		}
		if f, ok := x.participleFrame(si, v); ok {
			out = append(out, f)
			continue
		}
		speech := mentions.IsSpeechVerb(w) && (!strings.HasSuffix(w, "ing") || x.progressive(v)) || x.emphaticSpeech(v)
		if !speech && !frameWord(w) && !quoteVerb(w) && !asVerb(w) && !informVerb(w) && !futureSpeech(w) && !persuadeVerb(w) {
			continue // no case below can match: every one starts from the word
		}
		if (w == "maintained" || w == "maintains") && !x.clauseFollows(v) && !x.finiteAhead(v, s.Last) && !x.quoteBefore(si, v) && x.lower(v+1) != "," && !x.hasWordAhead(v, s.Last, "that", 5) && !x.stanceAhead(v, s.Last) {
			continue // "maintains a quota", "maintained their lead": kept up, not said
		}
		rule := "statement:speaker-verb"
		switch {
		case (w == "claim" || w == "claims" || w == "claimed") && !x.clauseFollows(v) && x.finiteAhead(v, s.Last):
			// "claim rising rents are pushing ...": a reported clause with no "that"
			rule = "statement:claim-clause"
		case (w == "agreed" || w == "agrees") && (x.text(v+1) == ":" || x.text(v+1) == "," && x.quoteOpensAt(v+2)):
			// "agreed, "..."": assent in the speaker's own words
			rule = "statement:agreed-quote"
		case (w == "described" || w == "describes") && !x.hasWordAhead(v, s.Last, "as", 12) && x.describedScene(v, s.Last):
			// "described seeing ...", "described how ..."
			rule = "statement:described-scene"
		case speech:
		case quoteVerb(w) && (x.quoteInClause(v, s.Last) || x.quoteBefore(si, v)):
		case asVerb(w) && x.hasWordAhead(v, s.Last, "as", 12):
		case (w == "referred" || w == "refers") && x.lower(v+1) == "to" && !x.passive(v) && x.referredAs(v+2, s.Last):
			// "referred to the riots as "domestic terror"": naming a thing
			// in words, like "described X as"; not "is referred to as"
			// (passive) nor "referred to the report" (no naming)
			rule = "statement:referred-as"
		case praiseBlame(w) && !x.passive(v) && !x.hedged(v):
			// "lauded the plan", "decried the cuts": praise or blame in
			// words, like "praised", "criticised" ("applauded" is as often
			// hands clapping: left out)
			rule = "statement:praise-blame"
		case (w == "criticised" || w == "criticized" || w == "praised" || w == "accused" || w == "demanded" || w == "denies" || w == "appealed" || w == "encouraged" || w == "thanked" || w == "alleged" || w == "alleges") && !x.passive(v) && !x.hedged(v):
		case w == "observed" && x.clauseFollows(v):
		case informVerb(w) && !x.passive(v) && x.hasWordAhead(v, s.Last, "that", 6) && !x.hasWordAhead(v, s.Last, "of", 6):
			// "advised parents that ...", "informed the board that ...":
			// words told to a listener
			rule = "statement:informed"
			if !x.mentionBeforeThat(v, s.Last) {
				continue
			}
		case persuadeVerb(w) && x.attemptBefore(v) && x.mentionBeforeThat(v, s.Last):
			// "sought to reassure the MPs that ...", "tried to convince
			// voters that ...": words aimed at a listener (GUIDELINES 20.11)
			rule = "statement:attempt-persuade"
		case (w == "endorsed" || w == "endorses") && !x.passive(v) && x.endorsedPerson(v, s.Last):
			// "X endorsed his former rival, Y": backing a candidate is
			// said in public (GUIDELINES 20.13)
			rule = "statement:endorsed"
		case w == "retorted" || w == "testified" || w == "testifies":
			// words whatever follows: "retorted voters would remember"
			rule = "statement:retorted"
		case (w == "expressed" || w == "expresses") && x.expressedSpeech(v, s.Last):
			// "expressed concern over ...", "has expressed she is ..."
			rule = "statement:expressed"
		case (w == "congratulated" || w == "hailed" || w == "echoed" || w == "voiced" ||
			(w == "apologised" || w == "apologized") && (x.lower(v+1) == "for" || x.lower(v+1) == "to")) && !x.passive(v) && !x.hedged(v) && v+1 < len(x.d.Tokens) && x.d.Tokens[v+1].Kind == segment.Word && !isPreposition(x.lower(v+1)) || (w == "apologised" || w == "apologized") && (x.lower(v+1) == "for" || x.lower(v+1) == "to") && !x.passive(v):
			// "hailed the deal", "congratulated
			// X on ...", "voiced concern", "apologised for ...": praise,
			// blame or regret in words ("slammed", "blasted" are as often
			// a ball struck: left out)
			rule = "statement:judged"
		case (w == "ruled" || w == "rules") && x.lower(v+1) == "out" && x.lower(v+2) != "of" && !x.passive(v):
			// "ruled out a devaluation": a refusal stated in words (not
			// "ruled out of the game": kept out by injury)
			rule = "statement:ruled-out"
		case (w == "blamed" || w == "blames") && !x.passive(v) && (x.hasWordAhead(v, s.Last, "on", 10) || x.hasWordAhead(v, s.Last, "for", 10)):
			// "blamed the loss on higher costs", "blamed Y for ...": a
			// cause or a fault named in words
			rule = "statement:blamed"
		case (w == "reaffirmed" || w == "reaffirms" || w == "repeated" || w == "repeats") && !x.passive(v) && x.restatedWords(v):
			// "reaffirmed its commitment to ...", "repeated his call for
			// ...", "repeated that ...": words said again
			rule = "statement:repeated"
		case (w == "questioned" || w == "questions") && !x.passive(v) && (x.lower(v+1) == "whether" || x.lower(v+1) == "why" || x.lower(v+1) == "how" || x.lower(v+1) == "the" && (x.lower(v+2) == "need" || x.lower(v+2) == "wisdom" || x.lower(v+2) == "logic" || x.lower(v+2) == "value")):
			// "questioned whether ...", "questioned the need for ...":
			// doubt put in words (not "was questioned by police")
			rule = "statement:questioned"
		case (w == "rejected" || w == "rejects" || w == "dismissed" || w == "dismisses" || (w == "brushed" || w == "brushes") && (x.lower(v+1) == "off" || x.lower(v+1) == "aside") || (w == "played" || w == "plays") && x.lower(v+1) == "down" || w == "downplayed") && !x.passive(v) && x.speechObject(v, s.Last):
			// "rejected claims that ...", "dismissed the suggestions",
			// "brushed off Labour suggestions ...": answering words with
			// words
			rule = "statement:rejected-claims"
		case (w == "disclosed" || w == "discloses" || w == "hinted" || w == "hints" || w == "contended" || w == "contends" || w == "speculated" || w == "protested") && x.lower(v+1) == "that" && !x.passive(v):
			// "disclosed that ...", "hinted that ...", "contended that ...":
			// a clause of what was said
			rule = "statement:verb-that"
		case (w == "revealed" || w == "reveals" || w == "concluded" || w == "concludes") && (x.lower(v+1) == "that" || x.quoteBefore(si, v)):
		case (w == "revealed" || w == "reveals") && !x.passive(v) && x.finiteAhead(v, s.Last):
			// "revealed talks were under way": a reported clause with no "that"
			rule = "statement:revealed-clause"
			// "revealed that ...", ""...," she concluded": words, not "revealed a plan"
		case (w == "reported" || w == "reports") && !x.passive(v) && x.reportedClause(v, s.Last):
			// "X reported (that) the first tremor came at noon": a clause
			// of what was said; not "reported a loss", "the reported
			// attack", "it was reported"
			rule = "statement:reported-clause"
		case (w == "spoke" || w == "speaks" || w == "talked") && (x.lower(v+1) == "of" || x.lower(v+1) == "about") && !x.passive(v):
			// "spoke of the risk that ...", "talked about the plan": words
			// about a topic ("talks of" is too often the noun)
			rule = "statement:spoke-of"
		case (w == "promising" || w == "pledging" || w == "vowing") && x.progressive(v):
			rule = "statement:pledging"
		case w == "hit" && x.lower(v+1) == "back" && (x.lower(v+2) == "at" || x.text(v+2) == ":" || x.text(v+2) == "," && x.quoteOpensAt(v+3)) && !x.passive(v):
			// "hit back at claims that ...": a rebuttal
			rule = "statement:hit-back"
		case (futureSpeech(w) || w == "call" && x.lower(v+1) == "for") && x.willBefore(v) && !x.saidBefore(s.First, v):
			// a speech reported in advance: "he will argue", "X is to tell"
			rule = "statement:future-speech"
		case (w == "cited" || w == "cites") && !x.passive(v) && !x.hasWordAhead(v, s.Last, "as", s.Last-v):
			// "X cited improvements to ...": reasons given in words
			rule = "statement:cited"
		case (w == "welcomed" || w == "welcomes") && !x.passive(v) && !x.personNext(v+1):
			// "welcomed the decision" is words; "welcomed X" (a person) a meeting
		case (w == "pointed" && x.lower(v+1) == "out") || (w == "went" && x.lower(v+1) == "on" && (x.text(v+2) == ":" || x.d.Tokens[min(v+2, len(x.d.Tokens)-1)].Has(segment.FlagOpen) || x.lower(v+2) == "to" && x.lower(v+3) == "say")):
			// "pointed out that", "went on: "..."": the particle belongs to the verb
		case (w == "paid" || w == "pays") && (x.lower(v+1) == "tribute" || x.lower(v+1) == "tributes"):
		case (w == "called" || w == "calls" || w == "call") && x.lower(v+1) == "for":
		case (w == "proposed" || w == "proposes") && !x.passive(v) && x.proposedThat(v, s.Last):
			// "proposed in a letter to X that they meet": a proposal put
			// to someone in words
			rule = "statement:proposed-that"
		case (w == "made" || w == "makes" || w == "make") && (x.lower(v+1) == "clear" || x.lower(v+1) == "it" && x.lower(v+2) == "clear") && !x.passive(v) && !x.obligation(v):
			// "made clear that ...", "has made it clear the plan ...":
			// words that leave no doubt
			rule = "statement:made-clear"
		case (w == "declined" || w == "declines" || w == "refused" || w == "refuses") && x.declinedComment(v):
			// "declined to comment", "declined comment", "refused to be
			// drawn": a named speaker's answer that says nothing
			rule = "statement:declined-comment"
		case (w == "called" || w == "calls") && x.lower(v+1) == "on" && x.callOnTo(v, s.Last):
			// "called on the mayor to resign": an appeal, like "urged"
			rule = "statement:called-on"
		default:
			continue
		}
		if w == "described" && !x.hasWordAhead(v, s.Last, "as", 12) && !x.describedScene(v, s.Last) {
			continue
		}
		if w == "called" && x.lower(v+1) == "off" {
			continue
		}
		if w == "agreed" || w == "estimated" || w == "forecast" {
			if x.lower(v+1) != "that" && !(w == "agreed" && (x.text(v+1) == ":" || x.text(v+1) == "," && x.quoteOpensAt(v+2))) {
				continue
			}
		}
		if (w == "claimed" || w == "claims") && !x.passive(v) && !x.negatedVerb(v) {
			// "..., claims X.": the claim's speaker after the verb, as
			// with "said"
			if f, ok := x.invertedFrame(si, v); ok {
				out = append(out, f)
				continue
			}
		}
		if (w == "claimed" || w == "claims" || w == "claim") && !x.clauseFollows(v) && !x.finiteAhead(v, s.Last) {
			if x.lower(v+1) != "to" || x.lower(v+2) != "be" && x.lower(v+2) != "have" {
				continue // "claimed the title": won it, said nothing
			}
			// "claimed to have no memory of it", "claims to be unaware":
			// the claim is the speaker's own words about himself
			rule = "statement:claimed-to"
		}
		if x.passive(v) && (w == "told" || w == "informed" || w == "assured" || w == "warned" || w == "urged" || passiveSpeech(w)) && x.lower(v+1) == "by" && !x.negatedVerb(v) {
			// "he was told by Minister X of ...": X speaks
			if ents, end := x.listAfter(si, v+2); len(ents) == 1 {
				if mi := x.firstActorMention(si, v+2, end); mi >= 0 {
					out = append(out, frame{speaker: ents[0], speakerMi: mi, attrFirst: v, attrLast: end, verb: v, rule: "statement:speaker-verb", personLike: x.isPerson(ents[0])})
				}
			}
			continue
		}
		if x.passive(v) || x.negatedVerb(v) || x.counterfactual(v) {
			continue // "was asked whether", "did not say whether", "had he denied it"
		}
		// "..., said X." / "..., said X, the minister": the speaker follows
		if f, ok := x.invertedFrame(si, v); ok {
			out = append(out, f)
			continue
		}
		if (w == "asked" || w == "asks") && !x.askedSpeech(v, s.Last) {
			continue // "asked the Queen for a prorogation": a request, not words
		}
		// "the ministry said": the one body of the story whose name ends so
		if v-2 >= s.First && x.lower(v-2) == "the" && x.mentionAt(v-1) < 0 && speakingBody(x.text(v-1)) && !isPreposition(x.lower(v-3)) {
			// not "a spokesman for the ministry said": an unnamed speaker
			if e := x.bodyNamed(x.text(v - 1)); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: v - 2, attrLast: v + 1, verb: v, rule: "statement:body-short-form"})
				continue
			}
		}
		// "Acme said ... The company added ...": the body that spoke just
		// before, when the noun fits it
		if k, the := x.bodyNounBefore(s.First, v); the >= 0 {
			if e := x.lastBody(si, the); e >= 0 && bodyFits(x.lower(k), &x.cr.Entities[e]) {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: the, attrLast: v + 1, verb: v, rule: "statement:body-continues"})
				continue
			}
			if e := x.storyCompany(si, the, x.lower(k)); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: the, attrLast: v + 1, verb: v, rule: "statement:body-continues+story-company"})
				continue
			}
			if e := x.subjectBodyBefore(si, the, x.lower(k)); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: the, attrLast: v + 1, verb: v, rule: "statement:body-noun+subject-before"})
				continue
			}
			if e := x.namedByNoun(si, the, k); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: the, attrLast: v + 1, verb: v, rule: "statement:body-noun+named-by-noun"})
				continue
			}
		}
		// "The two companies said", "Both banks said": the two bodies
		// just named, each a speaker (GUIDELINES 19.24)
		if f, ok := x.bodyPairFrame(si, v); ok {
			out = append(out, f)
			continue
		}
		// "X said": the speaker right before the verb
		if subj := x.subjectMention(si, v); subj >= 0 {
			e := x.actor(subj)
			if sp := x.sameSentenceSpeaker(out, subj); sp >= 0 {
				e = sp // "X said ..., although he confirmed ...": X goes on
			} else if sp := x.lastSpeaker(si, subj); sp >= 0 {
				e = sp // "X announced ... He told reporters": the one who was speaking
			} else if e < 0 {
				e = x.lastHolder(si, subj)
			}
			if e < 0 {
				e = x.speakerGoesOn(si, subj)
			}
			if e < 0 {
				e = x.quotedSubject(si, subj)
			}
			if e >= 0 {
				m := &x.md.Mentions[subj]
				first := x.nameFirst(m, s.First)
				also, from := x.coordinated(si, subj)
				if from < first {
					first = from
				}
				if m.Kind == mentions.Pair {
					also = append(also, x.pair(subj)[1]) // "the two leaders said"
				}
				if m.Kind == mentions.Country && m.Last < v && x.nameAfter(m.Last) {
					continue // "Russian Dmitri Orlov ... claimed": the demonym of a name the lists do not know
				}
				if rule == "statement:reported-clause" && m.Kind == mentions.Country && m.Last < v && x.d.Tokens[m.Last].Kind == segment.Word && !x.d.Tokens[m.Last].Has(segment.FlagCap) && x.lower(m.Last) != "government" && !fillers[x.lower(m.Last)] && !strings.HasSuffix(x.lower(m.Last), "ly") {
					continue // "Brazilian newspapers reported": the press, not the country
				}
				if rule == "statement:reported-clause" && x.cr.Entities[e].OrgKind == "MEDIA" {
					continue // "CNN reported ...": news media reporting facts (GUIDELINES §8: optional)
				}
				if m.Kind == mentions.Country && x.countryInName(si, subj) {
					continue // "Athletics Ireland have hinted", "AGA's German contended": a name the lists do not know
				}
				if m.Kind == mentions.Pronoun && x.namedAfter(e, v, s.Last) {
					continue // "he claims Ferguson should ...": the pronoun is someone else
				}
				if (w == "answered" || w == "answers") && x.lower(v+1) == "questions" {
					continue // taking questions: no words reported
				}
				if m.Kind == mentions.Country && (m.Last < s.Last && m.Last < v && x.lower(m.Last) == "government" || x.governmentOf(si, subj)) {
					rule = "statement:government" // "the Kenyan government said": the country
				}
				out = append(out, frame{speaker: e, also: also, speakerMi: subj, attrFirst: first, attrLast: v + 1, verb: v, rule: rule, personLike: x.isPerson(e)})
				continue
			}
		}
		// "X, the director of Y said": an apposition whose closing comma
		// is missing
		if f, ok := x.unclosedApposition(si, v, rule); ok {
			out = append(out, f)
			continue
		}
		// "X, minister for A, B and C, said": an apposition with commas
		// of its own
		if f, ok := x.longApposition(si, v, rule); ok {
			out = append(out, f)
			continue
		}
		// "Acme Corp said ... Acme said ...": the short name of a company
		// the story names with its legal ending
		if k := x.skipAdverbials(s.First, v-1); k >= s.First {
			if x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
				// "Tessel, which makes boots, said": the name before the
				// clause set off by commas
				j := k - 1
				for j > s.First && k-j < 30 && !(x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote)) {
					j--
				}
				if j > s.First && x.text(j) == "," {
					k = j - 1
				}
			}
			if e := x.shortCompany(si, k); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: int(x.md.Mentions[x.mentionAt(k)].First), attrLast: v + 1, verb: v, rule: "statement:company-short-name"})
				continue
			}
		}
		// "Acme said ... It added ...": "it" goes on with the body that spoke
		if k := x.skipAdverbials(s.First, v-1); k >= s.First && x.lower(k) == "it" {
			if e := x.lastBody(si, k); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: k, attrLast: v + 1, verb: v, rule: "statement:it-continues"})
			} else if e := x.itSubjectBody(si, k); e >= 0 {
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: k, attrLast: v + 1, verb: v, rule: "statement:it+subject-before"})
			}
		} else if k >= s.First && x.lower(k) == "they" && len(out) == 0 {
			// "Acme said sales fell. They said ...": news prose often makes
			// a company or a party plural; only right after the body's own
			// statement, with no unnamed people speaking near it, and not
			// for a country (a country is "it"; "they" there is its people)
			if e := x.lastBody(si, k); e >= 0 && x.cr.Entities[e].Kind == kg.KindOrganization {
				// lastBody found a statement, so there is a last one
				if last := &x.out.Statements[len(x.out.Statements)-1]; last.Span.Last < si-1 || x.pluralSpeakerFrom(last.Span.First, si) {
					continue
				}
				out = append(out, frame{speaker: e, speakerMi: -1, attrFirst: k, attrLast: v + 1, verb: v, rule: "statement:they-continues"})
			}
		}
	}
	return out
}

// pluralSpeakerFrom reports whether a plural common noun speaks in the
// sentences from sentence first through si: "...,
// underwriting sources said", "officials said": a "they" that follows is
// more likely those people than the body they talk about.
func (x *extractor) pluralSpeakerFrom(first, si int) bool {
	for j := first; j <= si; j++ {
		ps := x.d.Sentences[j]
		for k := ps.First; k < ps.Last; k++ {
			t := x.d.Tokens[k]
			if t.Has(segment.FlagInQuote) || t.Kind != segment.Word {
				continue
			}
			w := x.lower(k)
			if unnamedSpeakers(w) {
				return true // "Trade Ministry officials here said", "officials ... and said"
			}
			if w == "according" && x.lower(k+1) == "to" && k+2 < ps.Last && !x.d.Tokens[k+2].Has(segment.FlagCap) {
				return true // "according to analysts", "according to the sources"
			}
			if !mentions.IsSpeechVerb(w) {
				continue
			}
			p := x.skipAdverbials(ps.First, k-1)
			if p >= ps.First && x.d.Tokens[p].Kind == segment.Word && !x.d.Tokens[p].Has(segment.FlagCap) && x.mentionAt(p) < 0 && len(x.lower(p)) > 3 && strings.HasSuffix(x.lower(p), "s") && !strings.HasSuffix(x.lower(p), "ss") {
				return true
			}
		}
	}
	return false
}

// unnamedSpeakers are plural nouns for people who speak unnamed in news.
func unnamedSpeakers(w string) bool {
	switch w {
	case "officials", "sources", "analysts", "diplomats", "delegates", "dealers", "traders", "economists", "bankers", "executives", "spokesmen", "experts", "observers", "members":
		return true
	}
	return false
}

// lastBody: a subject "it" of a verb of speech, opening its clause,
// continues the body or country whose statement comes just before (up
// to three sentences back): "Acme Corp said sales rose. It said ...",
// "..., it added." It returns -1 when the last statement is a person's
// or further back, or when between it and the pronoun (outside what was
// quoted) another body or country is named, a body is named by its
// noun ("the commission") or a verb of speech reports someone else.
func (x *extractor) lastBody(si, k int) int {
	if x.d.Tokens[k].Has(segment.FlagInQuote) {
		return -1
	}
	s := x.d.Sentences[si]
	if !x.opensClause(s.First, k) && x.lower(k-1) != "also" {
		return -1 // the clause opens with "it": not "the tax bill it says it owes"
	}
	n := len(x.out.Statements)
	if n == 0 {
		return -1
	}
	st := &x.out.Statements[n-1]
	if st.Span.Last < si-3 {
		return -1
	}
	e := st.Speaker
	if kind := x.cr.Entities[e].Kind; kind != kg.KindOrganization && kind != kg.KindCountry {
		return -1
	}
	if n >= 2 && x.out.Statements[n-2].Span == st.Span && x.out.Statements[n-2].Speaker != e {
		return -1 // "the Tories and the Greens said ... It argues": not one of them
	}
	for j := st.Span.Last + 1; j < si; j++ {
		for _, mi := range x.bySent[j] {
			m := &x.md.Mentions[mi]
			if m.InQuote || m.InTitle {
				continue
			}
			if a := x.actor(mi); a >= 0 && a != e && !x.isPerson(a) && !x.inPrepPhrase(int(mi)) {
				return -1 // not "Acme paid 5 dlrs for Brisk": a body after a preposition is no subject
			}
		}
		// nobody else spoke, and no other body came up by a noun, in the
		// sentences between: not "The EEF said it expected ... It also
		// said", "The commission had been asked ... But it said"
		ps := x.d.Sentences[j]
		for k := ps.First; k < ps.Last; k++ {
			t := x.d.Tokens[k]
			if t.Has(segment.FlagInQuote) || t.Kind != segment.Word {
				continue
			}
			w := x.lower(k)
			if mentions.IsSpeechVerb(w) || speakingBody(w) && x.mentionAt(k) < 0 && k > ps.First && x.lower(k-1) == "the" {
				return -1
			}
		}
	}
	return e
}

// lastSpeaker: a subject pronoun of a verb of speech continues the
// speaker of the statement just before (in this sentence or the one
// before), who need not be the last sentence's subject: "X will
// propose a summit, foreign minister Y announced. He told reporters ..."
// is Y. It returns -1 when the pronoun is no subject pronoun or nobody
// fitting spoke just before.
func (x *extractor) lastSpeaker(si, mi int) int {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Pronoun || m.Object || m.Possessive || m.InQuote {
		return -1
	}
	for i := len(x.out.Statements) - 1; i >= 0; i-- {
		st := &x.out.Statements[i]
		if st.Span.Last < si-1 {
			break
		}
		if !x.isPerson(st.Speaker) {
			return -1
		}
		if g := x.cr.Entities[st.Speaker].Gender; g != 0 && m.Gender != 0 && g != m.Gender {
			return -1
		}
		return st.Speaker
	}
	return -1
}

// sameSentenceSpeaker: a subject pronoun of a second verb of speech in
// a sentence whose earlier attribution named a person continues that
// person ("X said ..., but he added that ..."), before any statement of
// earlier sentences. -1 when the pronoun does not fit or no person spoke
// earlier in the sentence.
func (x *extractor) sameSentenceSpeaker(out []frame, mi int) int {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Pronoun || m.Object || m.Possessive || m.InQuote || len(out) == 0 {
		return -1
	}
	f := out[len(out)-1]
	if !x.isPerson(f.speaker) || f.attrLast > m.First {
		return -1
	}
	// the pronoun's clause hangs on the first one ("but he", "which he
	// said"); a closing "..., he said" after another clause or a
	// quotation reports the whole sentence, maybe from someone else
	linked := false
	for k := f.attrLast; k < m.First; k++ {
		switch x.lower(k) {
		case "\"", "“", "”":
			return -1
		case "but", "although", "though", "and", "which", "while", "whereas", "yet":
			linked = true
		}
	}
	if !linked {
		return -1
	}
	if g := x.cr.Entities[f.speaker].Gender; g != 0 && m.Gender != 0 && g != m.Gender {
		return -1
	}
	return f.speaker
}

// speakerGoesOn: a subject pronoun of a verb of speech that coreference
// leaves open continues the person whose statement comes last, a few
// sentences back, when nobody else could have taken the floor since:
// no other person named, no unnamed one described ("a dealer", "the
// spokesman"), no other verb of speech outside quotations ("X said ...
// The talks went on for years. "...," he said."). -1 otherwise.
func (x *extractor) speakerGoesOn(si, mi int) int {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Pronoun || m.Object || m.Possessive || m.InQuote {
		return -1
	}
	n := len(x.out.Statements)
	if n == 0 {
		return -1
	}
	st := &x.out.Statements[n-1]
	e := st.Speaker
	if st.Span.Last >= si || st.Span.Last < si-4 || !x.isPerson(e) {
		return -1
	}
	if g := x.cr.Entities[e].Gender; g != 0 && m.Gender != 0 && g != m.Gender {
		return -1
	}
	if n >= 2 && x.out.Statements[n-2].Span == st.Span && x.out.Statements[n-2].Speaker != e {
		return -1 // "A and B said ...": either
	}
	from := x.d.Sentences[st.Span.Last+1].First
	for k := from; k < m.First; k++ {
		t := x.d.Tokens[k]
		if t.Has(segment.FlagInQuote) || t.Kind == segment.Quote {
			continue
		}
		if om := x.mentionAt(k); om >= 0 {
			o := &x.md.Mentions[om]
			switch o.Kind {
			case mentions.Person, mentions.Descriptor, mentions.Pair, mentions.Surname:
				// a lone capitalised word the lists cannot place may be
				// a person ("Williams, 24, was disappointed")
				if o.Entity != e || o.Entity < 0 {
					return -1
				}
			case mentions.Pronoun:
				if o.Gender == m.Gender && x.actor(int(om)) != e {
					return -1
				}
			}
			k = o.Last - 1
			continue
		}
		w := x.lower(k)
		if mentions.IsSpeechVerb(w) || unnamedPerson(w) {
			return -1
		}
	}
	return e
}

// quotedSubject: in ""...," he said" or "In a note to staff, he said"
// right after a sentence about a person ("X, whose film won, stayed
// upbeat. "...," he said."), the pronoun is that sentence's subject, as
// it is for a pronoun opening its sentence; coreference does not count a
// pronoun after a quotation or a longer opening phrase as opening it.
// -1 when neither comes before the pronoun, or the sentence before has
// no person as its subject.
func (x *extractor) quotedSubject(si, mi int) int {
	m := &x.md.Mentions[mi]
	s := x.d.Sentences[si]
	if m.Kind != mentions.Pronoun || m.Object || m.Possessive || m.InQuote || si == 0 {
		return -1
	}
	p := m.First - 1
	if p <= s.First || !(x.d.Tokens[s.First].Has(segment.FlagOpen) && (x.d.Tokens[p].Has(segment.FlagClose) || x.d.Tokens[p].Kind == segment.Quote) || x.text(p) == "," && x.wordCount(s.First, p) >= 4) {
		return -1
	}
	ps := x.d.Sentences[si-1]
	if x.d.Tokens[ps.First].Has(segment.FlagOpen) {
		return -1 // the sentence before is a quotation of its own
	}
	subj := x.openedSubject(si-1, ps.Last, true)
	if subj < 0 || x.md.Mentions[subj].Kind != mentions.Person {
		return -1
	}
	e := x.actor(subj)
	if !x.isPerson(e) {
		return -1
	}
	if g := x.cr.Entities[e].Gender; g != 0 && m.Gender != 0 && g != m.Gender {
		return -1
	}
	return e
}

// bodyNounBefore finds the subject noun of verb v for "the company
// said", "the Swedish firm said", "the company, which makes boots,
// said": the noun's token and its "the", or -1 for the latter when the
// subject is no such phrase.
func (x *extractor) bodyNounBefore(first, v int) (int, int) {
	k := x.skipAdverbials(first, v-1)
	if k > first && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// a clause set off by commas after the noun
		j := k - 1
		for j > first && k-j < 30 && !(x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote)) {
			j--
		}
		if j > first && x.text(j) == "," {
			k = j - 1
		}
	}
	if k-1 < first || x.mentionAt(k) >= 0 || x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) && k > first {
		return k, -1
	}
	the := k - 1
	if x.lower(the) != "the" && the-1 >= first && x.lower(the-1) == "the" {
		// one modifier: "the Swedish firm", "the Houston-based company"
		w := x.lower(the)
		if t := x.d.Tokens[the]; t.Kind != segment.Word || functionWord(w) || fillers[w] || mentions.IsSpeechVerb(w) || isPreposition(w) {
			return k, -1
		}
		the--
	}
	if x.lower(the) != "the" || isPreposition(x.lower(the-1)) {
		return k, -1
	}
	return k, the
}

// storyCompany: "the company said" far from the company's last words
// (or after words the lists cannot attribute: "..., Acme said" with
// "Acme" unknown) is the company that spoke last in the story, when the
// story names no other company (by a known name, or before the clause by
// a name with a legal ending such as "Beta Corp") and the clause opens
// with "the company". -1 otherwise.
func (x *extractor) storyCompany(si, the int, head string) int {
	if head != "company" && head != "firm" || x.d.Tokens[the].Has(segment.FlagInQuote) {
		return -1
	}
	s := x.d.Sentences[si]
	if !x.opensClause(s.First, the) {
		return -1
	}
	e := -1
	for i := len(x.out.Statements) - 1; i >= 0; i-- {
		if sp := x.out.Statements[i].Speaker; bodyFits(head, &x.cr.Entities[sp]) {
			e = sp
			break
		}
	}
	if e < 0 {
		return -1
	}
	// no other company in the whole story: "the company" could be it
	for i := range x.cr.Entities {
		if i != e && bodyFits(head, &x.cr.Entities[i]) {
			return -1
		}
	}
	for k := 0; k < the; k++ {
		if t := x.d.Tokens[k]; t.Kind == segment.Word && x.mentionAt(k) < 0 && k > 0 && x.d.Tokens[k-1].Has(segment.FlagCap) && x.mentionAt(k-1) < 0 {
			switch strings.TrimSuffix(x.text(k), ".") {
			case "Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "Corporation":
				return -1 // "Beta Corp": a company the lists do not know
			}
		}
	}
	return e
}

// shortCompany: a lone capitalised word the lists do not resolve,
// ending right before the verb as its subject ("Tektronix said", "...,
// Tektronix said"), that is the first word of the one company the story
// names with a legal ending ("Tektronix Inc"), or the whole one-word name
// of a body the story names once with a cue the lists need ("mining firm
// Tektronix"). -1 otherwise.
func (x *extractor) shortCompany(si, k int) int {
	mi := x.mentionAt(k)
	if mi < 0 {
		return -1
	}
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Surname || m.Entity >= 0 || m.InQuote || m.Last != k+1 || m.Possessive || x.inPrepPhrase(int(mi)) {
		return -1
	}
	s := x.d.Sentences[si]
	if !x.opensClause(s.First, m.First) {
		return -1
	}
	word := x.d.Text[x.d.Tokens[m.First].Start:x.d.Tokens[m.Last-1].End]
	found := -1
	for i := range x.cr.Entities {
		e := &x.cr.Entities[i]
		if e.Kind != kg.KindOrganization {
			continue
		}
		// "Acme Inc ... Acme said"; or the one-word name itself, which
		// the lists resolve only where the story first gives it a cue
		// ("mining company Acme ... Acme said")
		if firmName(e.Name) && strings.HasPrefix(e.Name, word+" ") || e.Name == word {
			if found >= 0 {
				return -1 // "Acme Inc" and "Acme Foods Corp": either
			}
			found = i
		}
	}
	// "Tolliver & Brisk ... Tolliver said": the firm named after its
	// partners, also where the lists made the short form a body of its
	// own; not where another firm could be meant
	partner := -1
	for i := range x.cr.Entities {
		if e := &x.cr.Entities[i]; e.Kind == kg.KindOrganization && x.partnerName(e.Name, word) {
			if partner >= 0 {
				return -1
			}
			partner = i
		}
	}
	if partner >= 0 && (found < 0 || x.cr.Entities[found].Name == word) {
		return partner
	}
	return found
}

// partnerName: word is what a body named after its partners ("Tolliver
// & Brisk Cos", "Tolliver and Brisk Inc") is called short in news
// prose, the name before "&" or "and", unless that word is a given
// name alone or the surname of a person the story names.
func (x *extractor) partnerName(name, word string) bool {
	rest, ok := strings.CutPrefix(name, word+" & ")
	if !ok {
		// with "and" only one partner's name after it ("Tolliver and
		// Brisk Inc"): "Hitachi and Ruvo Electric" may be two firms
		// the lists ran together
		rest, ok = strings.CutPrefix(name, word+" and ")
		if i := strings.IndexByte(rest, ' '); ok && i >= 0 && !(firmName(rest) && strings.IndexByte(rest[i+1:], ' ') < 0) {
			return false
		}
	}
	if !ok || rest == "" {
		return false
	}
	if _, given := x.g.Word(word).Given(); given && !strings.Contains(word, " ") {
		return false
	}
	for i := range x.cr.Entities {
		if e := &x.cr.Entities[i]; e.Kind == kg.KindPerson && (strings.HasSuffix(e.Name, " "+word) || e.Name == word) {
			return false
		}
	}
	return true
}

// bodyFits: "the company" or "the firm" is a company (a body of no
// known kind whose name ends in no word of another kind of body counts);
// "the ministry", "the bank", "the agency" is a body whose name holds
// that word ("Agriculture Ministry", "Bank of Japan").
func bodyFits(head string, e *coref.Entity) bool {
	if e.Kind != kg.KindOrganization {
		return false
	}
	if tradeNoun(head) {
		// "the airline said", "the insurer added": a company by its trade
		head = "company"
	}
	switch head {
	case "company", "firm":
		if e.OrgKind == "COMPANY" || firmName(e.Name) {
			return true
		}
		if e.OrgKind != "" {
			return false
		}
		for _, w := range strings.Fields(e.Name) {
			if speakingBody(strings.ToLower(w)) && w != "Company" && w != "Group" || w == "Office" || w == "Organisation" || w == "Organization" || w == "University" {
				return false
			}
		}
		return true
	case "ministry", "department", "agency", "bureau", "institute", "bank", "fund", "council", "committee", "board", "authority", "court", "federation", "association", "union", "party", "commission", "office", "group", "exchange", "organisation", "organization":
		w := strings.ToUpper(head[:1]) + head[1:]
		return strings.HasSuffix(e.Name, " "+w) || strings.HasPrefix(e.Name, w+" ") || strings.Contains(e.Name, " "+w+" ")
	}
	return false
}

// unnamedPerson: nouns for people news quotes without naming them ("a
// dealer said", "one analyst", "the diplomat").
func unnamedPerson(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "diplomat", "diplomats", "analyst", "analysts",
		"dealer", "dealers", "trader", "traders", "economist", "economists", "banker", "bankers", "executive", "executives", "aide", "aides",
		"expert", "experts", "observer", "observers", "witness", "witnesses", "resident", "residents", "manager", "managers",
		"lawyer", "lawyers", "adviser", "advisers", "advisor", "advisors", "representative", "representatives", "delegate", "delegates",
		"negotiator", "negotiators", "worker", "workers", "man", "woman", "men", "women", "people", "person", "fan", "fans",
		"critic", "critics", "investor", "investors", "broker", "brokers", "strategist", "strategists":
		return true
	}
	return false
}

// lastHolder: an unresolved definite post as subject ("the prime
// minister said") continues the person who spoke just before when
// coreference finds that person could hold it but cannot choose among
// several; -1 otherwise.
func (x *extractor) lastHolder(si, mi int) int {
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Descriptor || m.Entity >= 0 || m.InQuote {
		return -1
	}
	n := len(x.out.Statements)
	if n == 0 {
		return -1
	}
	st := &x.out.Statements[n-1]
	if st.Span.Last < si-1 || !x.isPerson(st.Speaker) || !x.cr.CouldHold(mi, st.Speaker) {
		return -1
	}
	x.postTies = append(x.postTies, [2]int{mi, st.Speaker})
	return st.Speaker
}

// invertedFrame reads "..., said X" where X closes the clause (a comma,
// a stop, an apposition follows): "..., said Vincent Fan, the bank's chief
// executive." but not "..., said Iran had fired".
func (x *extractor) invertedFrame(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	w := x.lower(v)
	if v+1 >= s.Last || !invertible(w) || v == s.First || !(x.text(v-1) == "," || x.d.Tokens[v-1].Has(segment.FlagClose)) {
		return frame{}, false
	}
	ents, end := x.listAfter(si, v+1)
	described := -1
	if pe, pend, pmi := x.possessiveDescribed(si, v+1); pe >= 0 {
		// "said Aguilera's agent Meghan Prophet": the person the
		// possessive's description names
		ents, end, described = []int{pe}, pend, pmi
	}
	// "said X, the mayor": the apposition names the same speaker again
	ents = uniqueInts(ents)
	if len(ents) != 1 {
		return frame{}, false
	}
	person := false
	if mi := x.firstActorMention(si, v+1, end); described >= 0 {
		person = true
	} else if mi >= 0 {
		end = x.md.Mentions[mi].Last // the speaker; an apposition may follow
		person = x.md.Mentions[mi].Kind == mentions.Person
	}
	if end < s.Last {
		switch x.text(end) {
		case ",", ".", ";", "(", ":", "—", "–", "who", "on", "in", "at", "during", "after", "before", "to", "when", "while", "via", "from":
		case "of", "with":
			// "said X of Acme", "said X with the union": the person's body
			if !person {
				return frame{}, false
			}
		default:
			if !x.d.Tokens[end].Has(segment.FlagOpen) && x.d.Tokens[end].Kind != segment.Quote {
				return frame{}, false
			}
			if x.text(v-1) == "," && !x.d.Tokens[v-1].Has(segment.FlagInQuote) && x.subjectMention(si, v) >= 0 {
				// "X, his wife, said Y "worked hard"": the name after the
				// verb opens what X said about Y
				return frame{}, false
			}
		}
	}
	mi := x.firstActorMention(si, v+1, end)
	if described >= 0 {
		mi = described
	}
	return frame{speaker: ents[0], speakerMi: mi, attrFirst: v, attrLast: end, verb: v, inverted: true, rule: "statement:verb-speaker", personLike: x.isPerson(ents[0])}, true
}

// participleFrame reads speech reported by a participle after the main
// clause: "X wrote to Y, complaining that ...", "X rejected it, arguing
// that ...", "X reacted by saying ...", "X, speaking on radio: "..."". The
// speaker is the subject of the sentence.
func (x *extractor) participleFrame(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	w := x.lower(v)
	switch w {
	case "saying", "arguing", "complaining", "warning", "insisting", "adding", "announcing", "claiming", "stressing", "noting", "explaining", "accusing", "urging", "describing",
		"branding", "labelling", "labeling", "dubbing",
		"stating", "declaring", "asserting", "reiterating", "acknowledging", "admitting", "emphasising", "emphasizing", "contending", "alleging", "vowing", "pledging", "predicting", "telling":
	case "calling":
		if x.lower(v+1) != "for" {
			return frame{}, false
		}
	case "speaking", "writing", "tweeting":
		// only as the lead-in of a quotation: "also speaking via Twitter: "...""
		if !x.quoteInClause(v, s.Last) {
			return frame{}, false
		}
	default:
		return frame{}, false
	}
	p := v - 1
	if p >= s.First && (x.lower(p) == "also" || x.lower(p) == "then" || x.lower(p) == "later") {
		p--
	}
	// "with X describing the threat as ...": the participle's own subject
	if pm := x.mentionAt(p); p > s.First && pm >= 0 && x.md.Mentions[pm].Last == p+1 && w != "calling" {
		m := &x.md.Mentions[pm]
		start := m.TitledFirst()
		if x.lower(start-1) == "with" && !m.InQuote && !m.InTitle {
			if e := x.actor(int(pm)); e >= 0 {
				return frame{speaker: e, speakerMi: int(pm), attrFirst: start, attrLast: v + 1, verb: v, rule: "statement:participle", personLike: x.isPerson(e)}, true
			}
		}
		return frame{}, false
	}
	if p < s.First || !(x.text(p) == "," || isDash(x.text(p)) || x.lower(p) == "by" || x.messageBefore(s.First, p)) || x.d.Tokens[p].Has(segment.FlagInQuote) {
		return frame{}, false
	}
	subj := x.openedSubject(si, p, true)
	if subj < 0 {
		return frame{}, false
	}
	if k := x.md.Mentions[subj].Last; k < s.Last {
		if w := x.lower(k); unnamedPerson(w) || w == "authorities" {
			// "a Bank of Japan official took a view, telling ...",
			// "Brunei authorities closed it, alleging ...": unnamed
			return frame{}, false
		}
	}
	e := x.actor(subj)
	if e < 0 {
		return frame{}, false
	}
	last := v + 1
	if w == "calling" {
		last = v // "calling for ..." is what was said
	}
	return frame{speaker: e, speakerMi: subj, attrFirst: v, attrLast: last, verb: v, rule: "statement:participle", personLike: x.isPerson(e)}, true
}

// colonQuote reads a person's clause that hands over to a quotation
// with a colon and no verb of speech: "X gave his verdict on the deal:
// "..."", "X described the scene to a newspaper: "..."". The quotation
// must open right after the colon with a capital letter, as a sentence
// does (not a list: "packed three things: "a map, ...""), and run to the
// end of the sentence; the speaker is the person opening the main clause.
func (x *extractor) colonQuote(si, c int) (frame, bool) {
	s := x.d.Sentences[si]
	q := c + 1
	if q >= s.Last || !x.d.Tokens[q].Has(segment.FlagOpen) || q+1 >= s.Last {
		return frame{}, false
	}
	if first := x.d.Tokens[q+1]; first.Kind != segment.Word || !first.Has(segment.FlagCap) {
		return frame{}, false
	}
	qi := x.quoteAtToken(q)
	if qi < 0 {
		return frame{}, false
	}
	if w := x.lower(s.First); w == "said" || w == "says" || w == "added" {
		return frame{}, false // "Said X: "..."": an inverted verb the name finder may have swallowed
	}
	if end := x.d.Quotes[qi].End; end < int(x.d.Tokens[s.Last-1].Start) {
		return frame{}, false // more follows the quotation in this sentence
	}
	subj := x.openedSubject(si, c, true)
	if subj < 0 || x.md.Mentions[subj].Kind != mentions.Person || x.md.Mentions[subj].Possessive {
		return frame{}, false
	}
	e := x.actor(subj)
	if !x.isPerson(e) {
		return frame{}, false
	}
	// the clause must be the subject's own: a verb right after the name
	// (or its apposition), not "X's memoir opens"
	m := &x.md.Mentions[subj]
	if k := m.Last; k < s.Last && (x.d.Tokens[k].Has(segment.FlagPossessive) || x.text(k) == "'s" || x.text(k) == "’s") {
		return frame{}, false
	}
	// the subject opens the sentence (after an opening phrase set off by
	// a comma at most), and no second clause starts before the colon:
	// not "The actor, whose films include X, said:", nor "A finished
	// third, and B said:" (B then is the one speaking)
	start := x.nameFirst(m, s.First)
	if start > s.First && !(x.lower(start-1) == "the" && start-1 == s.First) && !(x.text(start-1) == "," && x.wordCount(s.First, start) <= 6 && x.firstActorMention(si, s.First, start-1) < 0) {
		return frame{}, false
	}
	for k := m.Last; k < c; k++ {
		switch x.lower(k) {
		case "and", "but", ";", "whose", "while", "whereas":
			return frame{}, false
		}
	}
	return frame{speaker: e, speakerMi: subj, attrFirst: c, attrLast: c + 1, verb: c, rule: "statement:colon-quote", personLike: true}, true
}

// sourceVerb: the verbs a written text speaks with ("the statement
// said", "the letter reads", "the release added").
func sourceVerb(w string) bool {
	switch w {
	case "said", "says", "stated", "states", "read", "reads", "added", "adds", "noted", "notes", "explained", "claimed", "claims", "warned", "announced", "confirmed", "described":
		return true
	}
	return false
}

// sourceNoun: a written text that carries its author's words.
func sourceNoun(w string) bool {
	switch w {
	case "statement", "communique", "communiqué", "announcement", "website", "letter":
		return true
	}
	return false
}

// sourceNounAt returns the first token of a text noun ending at token k
// ("statement", "press release", "web site"), or -1.
func (x *extractor) sourceNounAt(k int) int {
	if k < 0 || x.d.Tokens[k].Has(segment.FlagCap) {
		return -1
	}
	switch w := x.lower(k); {
	case sourceNoun(w):
		return k
	case w == "release" && (x.lower(k-1) == "press" || x.lower(k-1) == "news"):
		return k - 1
	case w == "site" && x.lower(k-1) == "web":
		return k - 1
	}
	return -1
}

// sourceNounFrame: the subject of speech verb v is a written text of a
// named actor: "A statement from Acme said", "a press release issued
// by the ministry of Ruvania states", "Acme's website says", "Verel's
// statement read". The text opens its clause (not "In a statement
// issued by Acme, the union said", where the union speaks).
func (x *extractor) sourceNounFrame(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	k := x.skipAdverbials(s.First, v-1)
	if k < s.First || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return frame{}, false
	}
	var mi, first int
	if n := x.sourceNounAt(k); n >= 0 {
		// "Acme's (official) statement said"
		j := n - 1
		for j >= s.First && n-j <= 2 && x.d.Tokens[j].Kind == segment.Word && !x.d.Tokens[j].Has(segment.FlagCap) && (x.mentionAt(j) < 0 || x.lower(j) == "official") && !isDeterminerWord(x.lower(j)) {
			j-- // "written", "official", "joint"
		}
		if j < s.First {
			return frame{}, false
		}
		if t := x.text(j); t == "'s" || t == "’s" || t == "'" || t == "’" {
			j--
		}
		m := x.mentionAt(j)
		if m < 0 || int(x.md.Mentions[m].Last) != j+1 && !(int(x.md.Mentions[m].Last) == j+2 && x.md.Mentions[m].Possessive) {
			return frame{}, false
		}
		if !x.md.Mentions[m].Possessive && !strings.HasPrefix(x.text(j+1), "'") && !strings.HasPrefix(x.text(j+1), "’") {
			return frame{}, false
		}
		mi, first = int(m), x.nameFirst(&x.md.Mentions[m], s.First)
		if first > s.First && x.lower(first-1) == "the" {
			first--
		}
	} else {
		// "a statement (issued) by/from Acme said"
		m := x.mentionAt(k)
		if m < 0 || int(x.md.Mentions[m].Last) != k+1 {
			return frame{}, false
		}
		j := x.md.Mentions[m].TitledFirst() - 1
		if x.lower(j) == "the" {
			j--
		}
		if x.lower(j) != "from" && x.lower(j) != "by" {
			return frame{}, false
		}
		j--
		switch x.lower(j) {
		case "issued", "released", "published", "sent", "posted":
			j--
		case "out":
			if x.lower(j-1) != "put" {
				return frame{}, false
			}
			j -= 2
		}
		n := x.sourceNounAt(j)
		if n < 0 {
			return frame{}, false
		}
		j = n - 1
		for j >= s.First && n-j <= 3 && x.d.Tokens[j].Kind == segment.Word && (!x.d.Tokens[j].Has(segment.FlagCap) || j == s.First && isDeterminerWord(x.lower(j))) && (x.mentionAt(j) < 0 || x.lower(j) == "official") && !isPreposition(x.lower(j)) {
			j-- // "a", "the", "an official", "a joint"
		}
		mi, first = int(m), j+1
	}
	// the text opens its clause: sentence start, after a comma, a
	// closing quotation mark, a colon or a conjunction
	if first > s.First {
		switch p := x.lower(first - 1); {
		case p == "," || p == ":" || p == ";" || p == "and" || p == "but" || p == "while":
		case x.d.Tokens[first-1].Has(segment.FlagClose):
		default:
			return frame{}, false
		}
	}
	e := x.actor(mi)
	if e < 0 || x.md.Mentions[mi].Kind == mentions.Pronoun {
		return frame{}, false
	}
	return frame{speaker: e, speakerMi: mi, attrFirst: first, attrLast: v + 1, verb: v, rule: "statement:source-noun", personLike: x.isPerson(e)}, true
}

// theSourceFrame: "The statement said ...", "..., the letter added":
// a text the story has already given to its author ("X said in a
// statement", "a statement from X said") goes on in X's words. The
// author is the speaker of the nearest sentence, up to three back, that
// names the same noun outside quotations and attributes words.
func (x *extractor) theSourceFrame(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	k := x.skipAdverbials(s.First, v-1)
	if k > s.First && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// "The letter, released by the ministry, said": a clause set
		// off by commas between the text and its verb
		for j := k - 1; j > s.First && j > k-20; j-- {
			if x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote) {
				if x.sourceNounAt(j-1) >= 0 {
					k = j - 1
				}
				break
			}
		}
	}
	n := x.sourceNounAt(k)
	if n < 0 || n-1 < s.First || x.lower(n-1) != "the" || x.d.Tokens[n].Has(segment.FlagInQuote) {
		return frame{}, false
	}
	if the := n - 1; the > s.First {
		switch p := x.lower(the - 1); {
		case p == "," && the-2 >= s.First && (x.lower(the-2) == "which" || x.lower(the-2) == "who" || x.lower(the-2) == "that"):
			// "fighters which, the statement said, ...": a detail hedged
			// inside a clause, not a new attribution
			return frame{}, false
		case p == "," || p == ":" || p == ";" || p == "and" || p == "but":
		case x.d.Tokens[the-1].Has(segment.FlagClose):
		default:
			return frame{}, false
		}
	}
	noun := x.lower(k)
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		sent := x.d.Sentences[sj]
		at := -1
		for t := sent.First; t < sent.Last; t++ {
			if x.lower(t) == noun && !x.d.Tokens[t].Has(segment.FlagInQuote) {
				at = t
				break
			}
		}
		if at < 0 {
			continue
		}
		// the noun is the attribution's own: its subject ("a statement
		// from X said") or its channel ("X said in a statement"), not
		// what was spoken of ("X criticised the union's statement")
		for _, f := range x.findFrames(sj) {
			if f.according {
				continue
			}
			if at >= f.attrFirst && at < f.verb || at > f.verb && at <= f.verb+6 && x.hasWordAhead(at-4, at, "in", 4) {
				return frame{speaker: f.speaker, speakerMi: -1, attrFirst: n - 1, attrLast: v + 1, verb: v, rule: "statement:source-continues", personLike: f.personLike}, true
			}
		}
		return frame{}, false // the text is no attributed statement's
	}
	return frame{}, false
}

// unclosedApposition: "X, the director of Y said ...", ""...," X, a
// spokesman for Y told the BBC": a name opening its clause, then an
// apposition (a, an, the, one ...) that runs into the verb without its
// closing comma. Not a name inside an opening phrase ("After talks
// with X, the minister said": the minister speaks), not across a
// clause word ("X, a firm whose shares fell said").
func (x *extractor) unclosedApposition(si, v int, rule string) (frame, bool) {
	s := x.d.Sentences[si]
	k := x.skipAdverbials(s.First, v-1)
	c := -1
	for j := k; j >= s.First && k-j <= 14; j-- {
		if x.d.Tokens[j].Has(segment.FlagInQuote) {
			return frame{}, false
		}
		w := x.lower(j)
		if w == "," {
			c = j
			break
		}
		switch w {
		case ";", ":", "-", "—", "–", "who", "which", "that", "whose", "whom", "where", "when", "while", "and", "but", "or", "as", "after", "before", "because", "if", "since", "than":
			return frame{}, false
		}
	}
	if c < 0 || c+1 > k-1 {
		return frame{}, false
	}
	switch x.lower(c + 1) {
	case "the", "a", "an", "one":
	default:
		if !x.bareAppositionOpens(c+1, k) {
			return frame{}, false
		}
	}
	mi := x.mentionAt(c - 1)
	if mi < 0 {
		return frame{}, false
	}
	m := &x.md.Mentions[mi]
	if int(m.Last) != c || m.InQuote || m.Possessive || (m.Kind != mentions.Person && m.Kind != mentions.Org) {
		return frame{}, false
	}
	start := x.nameFirst(m, s.First)
	if x.sourceNounAt(k) >= 0 {
		return frame{}, false // "X, a Holcim statement said": the statement's author speaks
	}
	opens := start == s.First || x.clauseOpens(s.First, start) && x.wordCount(s.First, start) <= 4 && !isPreposition(x.lower(start-1)) && x.firstActorMention(si, s.First, start) < 0 ||
		x.d.Tokens[start-1].Has(segment.FlagClose) || x.text(start-1) == "," && start-2 >= s.First && x.d.Tokens[start-2].Has(segment.FlagClose)
	if !opens {
		return frame{}, false
	}
	e := x.actor(int(mi))
	if e < 0 {
		return frame{}, false
	}
	return frame{speaker: e, speakerMi: int(mi), attrFirst: start, attrLast: v + 1, verb: v, rule: rule, personLike: x.isPerson(e)}, true
}

// longApposition: "X, minister for A, B and C, said", "X, 58, MP for
// Y, said": a person's name opening the sentence, then an apposition
// holding commas of its own, closed by a comma before the verb. Only
// when nothing else gave the verb a speaker; not across a quotation, a
// colon or semicolon, a dash, a verb of speech, a subordinating word
// ("while", "but": another clause) or another person's name that is not
// possessive ("X, Y, Z said" is a list).
func (x *extractor) longApposition(si, v int, rule string) (frame, bool) {
	s := x.d.Sentences[si]
	k := x.skipAdverbials(s.First, v-1)
	if k <= s.First || x.text(k) != "," || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return frame{}, false
	}
	for j := v + 1; j < s.Last && j <= v+12; j++ {
		if x.text(j) == ":" {
			return frame{}, false // "X, 26, from Y, said after the speech: "..."": the colon's quotation frame reads it
		}
	}
	commas := 0
	for j := k - 1; j > s.First && k-j <= 40; j-- {
		t := x.d.Tokens[j]
		if t.Has(segment.FlagInQuote) || t.Kind == segment.Quote {
			return frame{}, false
		}
		w := x.lower(j)
		switch {
		case w == ";" || w == ":" || isDash(w) || mentions.IsSpeechVerb(w):
			return frame{}, false
		case w == "while" || w == "whereas" || w == "but" || w == "although" || w == "though" || w == "because" || w == "when" || w == "after" || w == "before" || w == "if" || w == "since":
			return frame{}, false // "X, ..., put demands while Y, the largest union, declared": Y's clause
		case w == ",":
			commas++
			pm := x.mentionAt(j - 1)
			if pm < 0 {
				continue
			}
			m := &x.md.Mentions[pm]
			if m.Kind != mentions.Person || int(m.Last) != j || m.InQuote || m.Possessive || m.InTitle {
				continue
			}
			start := m.TitledFirst()
			if start != s.First || commas < 2 {
				return frame{}, false
			}
			e := x.actor(int(pm))
			if e < 0 {
				return frame{}, false
			}
			return frame{speaker: e, speakerMi: int(pm), attrFirst: start, attrLast: v + 1, verb: v, rule: rule, personLike: x.isPerson(e)}, true
		}
		if pm := x.mentionAt(j); pm >= 0 {
			m := &x.md.Mentions[pm]
			if m.Kind == mentions.Person && !m.Possessive && !m.InTitle && !(int(m.First) > s.First && isPreposition(x.lower(int(m.First)-1))) {
				return frame{}, false // "X, Y, Z said": a list
			}
		}
	}
	return frame{}, false
}

// bareAppositionOpens: an apposition without its article, "executive
// partner of Y", "Y's chief economist", opening at token a (k is the
// last token before the verb): a lower-case noun, or a body's or
// person's possessive name then a lower-case word. Not a function word,
// a verb of speech, a number, nor a name that is not possessive ("X, Y
// said": a list).
func (x *extractor) bareAppositionOpens(a, k int) bool {
	if a >= k {
		return false
	}
	if mi := x.mentionAt(a); mi >= 0 {
		m := &x.md.Mentions[mi]
		if !m.Possessive || m.InQuote || m.Kind == mentions.Pronoun || int(m.Last) >= k {
			return false
		}
		a = int(m.Last)
		if x.text(a) == "'s" || x.text(a) == "’s" {
			a++
		}
		if a >= k {
			return false
		}
	}
	t := x.d.Tokens[a]
	w := x.lower(a)
	if t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(w) || fillers[w] || isPreposition(w) || mentions.IsSpeechVerb(w) || isDeterminerWord(w) {
		return false
	}
	return true
}

// appositionHolder: when token k ends a description that is no name
// ("a board member of Y's central bank") and a comma opens it, the person
// named just before that comma ("X, a board member of ..."), or -1.
func (x *extractor) appositionHolder(si, k int) int {
	s := x.d.Sentences[si]
	if k < s.First || x.mentionAt(k) >= 0 || x.d.Tokens[k].Kind != segment.Word {
		return -1
	}
	for j := k - 1; j > s.First && j >= k-20; j-- {
		if x.d.Tokens[j].Has(segment.FlagInQuote) {
			return -1
		}
		if x.text(j) != "," {
			continue
		}
		if w := x.lower(j + 1); w != "a" && w != "an" && w != "the" {
			return -1
		}
		pm := x.mentionAt(j - 1)
		if pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || x.md.Mentions[pm].Last != j || x.md.Mentions[pm].Possessive {
			return -1
		}
		return int(pm)
	}
	return -1
}

// endorsedPerson: a named person (or that person's campaign or bid) is
// the object of "endorsed" at v, after at most a few lower-case words of
// description ("his former rival, Y"); not a pronoun, a body or a plan.
func (x *extractor) endorsedPerson(v, last int) bool {
	for k := v + 1; k < last && k <= v+6; k++ {
		if mi := x.mentionAt(k); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.Kind != mentions.Person || m.InQuote {
				return false
			}
			if !m.Possessive {
				return true
			}
			switch x.lower(m.Last) {
			case "campaign", "candidacy", "bid", "nomination":
				return true
			}
			return false
		}
		if x.text(k) == "," {
			// "his former rival, Y": the name must follow the comma
			pm := x.mentionAt(k + 1)
			return k > v+1 && pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && !x.md.Mentions[pm].Possessive
		}
		tk := x.d.Tokens[k]
		if tk.Has(segment.FlagCap) {
			if e, n := x.g.MatchTitle(x.d, k, last); e != nil && n > 0 {
				k += n - 1 // "endorsed former Vice President Y"
				continue
			}
		}
		if tk.Kind != segment.Word || tk.Has(segment.FlagCap) || isPreposition(x.lower(k)) {
			return false
		}
	}
	return false
}

// stanceAhead: a stance noun within a few words after the verb at v
// ("maintained his innocence", "maintained their opposition"): a position
// held in words, unlike a quota or a lead that is kept up.
func (x *extractor) stanceAhead(v, last int) bool {
	for k := v + 1; k < last && k <= v+4; k++ {
		switch x.lower(k) {
		case "innocence", "stance", "view", "views", "position", "opposition", "recommendation", "support", "objection", "objections":
			return true
		}
	}
	return false
}

// persuadeVerb: the infinitive of a verb of winning a listener over by
// words, after an attempt verb (attemptBefore).
func persuadeVerb(w string) bool {
	switch w {
	case "reassure", "assure", "persuade", "convince":
		return true
	}
	return false
}

// attemptBefore: "sought to", "tried to", "attempted to" right before
// token v.
func (x *extractor) attemptBefore(v int) bool {
	if v < 2 || x.lower(v-1) != "to" {
		return false
	}
	switch x.lower(v - 2) {
	case "sought", "seeks", "seek", "seeking", "tried", "tries", "try", "trying", "attempted", "attempts", "attempting":
		return true
	}
	return false
}

// informVerb: verbs of telling a listener something ("advised parents
// that", "informed the board that").
func informVerb(w string) bool {
	switch w {
	case "advised", "advises", "informed", "informs", "assured", "assures", "reassured", "reassures", "reminded", "reminds", "notified", "notifies":
		return true
	}
	return false
}

// mentionBeforeThat: the words between an informing verb and its
// "that" name the listener (a noun phrase, no verb of its own): "advised
// emergency workers that", "informed the Pentagon recently that".
func (x *extractor) mentionBeforeThat(v, last int) bool {
	for k := v + 1; k < last && k <= v+6; k++ {
		switch w := x.lower(k); {
		case w == "that":
			return k > v+1
		case w == "," || w == ";" || w == ":" || x.d.Tokens[k].Has(segment.FlagInQuote):
			return false
		}
	}
	return false
}

// messageBefore: "put a note on her blog on Monday saying ...":
// a written message among the few words before a participle carries the
// words.
func (x *extractor) messageBefore(first, p int) bool {
	for k := p; k >= first && k > p-7; k-- {
		switch x.lower(k) {
		case "message", "statement", "letter", "post", "tweet", "video", "note", "communique", "press release", "release":
			return true
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
}

// clauseFollows: a verb of speech followed by "that", a quotation or a
// subject pronoun ("claimed that", "claimed he was").
func (x *extractor) clauseFollows(v int) bool {
	if v+1 >= len(x.d.Tokens) {
		return false
	}
	if x.d.Tokens[v+1].Has(segment.FlagOpen) || x.text(v+1) == ":" || x.text(v+1) == "," {
		return true
	}
	switch x.lower(v + 1) {
	case "that", "he", "she", "it", "they", "we", "i", "there", "this", "responsibility", "credit":
		return true
	}
	return x.d.Tokens[v+1].Kind == segment.Number // "claimed 190 were dead"
}

// personNext: a person's name (with its title) starts at token k.
func (x *extractor) personNext(k int) bool {
	if k >= len(x.d.Tokens) {
		return false
	}
	si := x.d.SentenceAt(int(x.d.Tokens[k].Start))
	if si < 0 {
		return false
	}
	ents, _ := x.listAfter(si, k)
	return len(ents) > 0 && x.isPerson(ents[0])
}

// quoteBefore: "..., " X continued": a quotation closes right before the
// attribution's subject.
func (x *extractor) quoteBefore(si, v int) bool {
	s := x.d.Sentences[si]
	for k := v - 1; k >= s.First && k >= v-8; k-- {
		if x.d.Tokens[k].Has(segment.FlagClose) {
			return true
		}
	}
	return false
}

// quoteInClause reports an opening quotation mark within the clause after
// token v.
func (x *extractor) quoteInClause(v, last int) bool {
	for k := v + 1; k < last && k < v+16; k++ {
		t := x.d.Tokens[k]
		if t.Has(segment.FlagOpen) {
			return true
		}
		if w := x.text(k); w == ";" || w == "." {
			return false
		}
	}
	return false
}

// askedSpeech: "asked" reports words when a question or a request to act
// follows ("asked whether", "asked X to", "asked: "..."").
func (x *extractor) askedSpeech(v, last int) bool {
	for k := v + 1; k < last && k < v+8; k++ {
		switch x.lower(k) {
		case "whether", "if", "why", "what", "how", "when", "where", "who", "to", "about", ":":
			return true
		case "for":
			return false
		}
		if x.d.Tokens[k].Has(segment.FlagOpen) {
			return true
		}
	}
	return false
}

// expressedSpeech: "expressed" reports words when a feeling about
// something or a clause follows ("expressed deep concern over",
// "expressed opposition to", "has expressed she is"), not art or a
// gesture ("expressed her grief through paintings").
func (x *extractor) expressedSpeech(v, last int) bool {
	if x.passive(v) {
		return false
	}
	switch x.lower(v + 1) {
	case "that", "he", "she", "they", "it", "we", "i", "hope", "hopes":
		return true
	}
	for k := v + 1; k < last && k <= v+4; k++ {
		switch x.lower(k) {
		case "concern", "concerns", "opposition", "support", "doubt", "doubts", "regret", "surprise", "confidence", "disappointment",
			"satisfaction", "sympathy", "condolences", "gratitude", "optimism", "frustration", "dismay", "alarm", "anger", "outrage",
			"reservations", "scepticism", "skepticism", "shock", "sadness", "solidarity", "willingness", "readiness", "interest":
			return true
		}
		if x.text(k) == "," || x.text(k) == "." {
			return false
		}
	}
	return false
}

// finiteAhead: a clause with its own finite verb follows within a few
// words ("claim rising rents are pushing", "claimed sex had been"):
// reported words, not an object ("claimed the title").
func (x *extractor) finiteAhead(v, last int) bool {
	for k := v + 1; k < last && k <= v+6; k++ {
		t := x.d.Tokens[k]
		if t.Kind != segment.Word && t.Kind != segment.Number {
			return false
		}
		switch x.lower(k) {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does":
			return k > v+1
		case "that", "which", "who", "to", "for", "of", "by", "in", "on", "at", "with", "from":
			return false
		}
		if k > v+1 && x.pastAfterSubject(k) {
			return true // "claimed rivals pushed him out", "claimed the army spoofed mails"
		}
	}
	return false
}

// pastAfterSubject: token k is a past tense verb ("-ed") right after a
// word that can end a subject noun phrase: a name or a noun, not a
// determiner, an adverb, an auxiliary or a conjunction ("the disputed
// seat", "newly designed", "has ended", "and moved" are no clause).
func (x *extractor) pastAfterSubject(k int) bool {
	w := x.lower(k)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || x.d.Tokens[k].Has(segment.FlagCap) || x.mentionAt(k) >= 0 {
		return false
	}
	p := x.lower(k - 1)
	if x.d.Tokens[k-1].Kind != segment.Word || functionWord(p) || fillers[p] || isPreposition(p) || strings.HasSuffix(p, "ly") || strings.HasSuffix(p, "ed") {
		return false
	}
	switch p {
	case "and", "or", "but", "nor", "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "being", "been", "be", "get", "got", "newly", "well":
		return false
	}
	return true
}

// describedScene: "described seeing ...", "described how ...": an
// account given in words, with no "as".
func (x *extractor) describedScene(v, last int) bool {
	if v+1 >= last || x.passive(v) {
		return false
	}
	w := x.lower(v + 1)
	switch w {
	case "how", "what", "seeing", "hearing", "witnessing", "finding", "being":
		return true
	}
	return false
}

// quoteOpensAt: an opening quotation mark at token k.
func (x *extractor) quoteOpensAt(k int) bool {
	return k < len(x.d.Tokens) && x.d.Tokens[k].Has(segment.FlagOpen)
}

// counterfactual: "had he denied the charge": what someone did not do.
func (x *extractor) counterfactual(v int) bool {
	if v >= 2 && x.lower(v-2) == "had" {
		switch x.lower(v - 1) {
		case "he", "she", "they", "it", "we", "i", "you":
			return true
		}
	}
	return false
}

// hedged: "might have encouraged": what someone may have done.
func (x *extractor) hedged(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch x.lower(k) {
		case "might", "may", "could", "would", "allegedly", "reportedly":
			return true
		}
	}
	return false
}

// negatedVerb: "did not say", "declined to say", "would not comment".
// The look-back stops at the end of a sentence or clause: in "The Senate
// did not. X said ..." the "not" is no part of X's saying.
func (x *extractor) negatedVerb(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		w := x.lower(k)
		switch w {
		case ".", "!", "?", ";":
			return false
		case "not", "never", "n't", "declined", "refused", "without":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// coordinated returns the further actors coordinated before a subject
// ("the Investigative Committee and the FSB said") and where they start.
func (x *extractor) coordinated(si, subj int) ([]int, int) {
	s := x.d.Sentences[si]
	m := &x.md.Mentions[subj]
	first := m.First
	var out []int
	k := m.First - 1
	for k >= s.First && x.lower(k) == "the" {
		k--
	}
	if k < s.First || x.lower(k) != "and" {
		return nil, first // "A, B said" is no list: A is an apposition or an opening phrase
	}
	for k >= s.First && (x.lower(k) == "and" || x.text(k) == ",") {
		j := k - 1
		if x.text(k) == "," && (j < s.First || x.lower(j) == "and") {
			break
		}
		for j >= s.First && (x.lower(j) == "the" || x.text(j) == ")" || x.text(j) == "(") {
			j--
		}
		// skip an acronym in brackets: "the Federal Security Service (FSB)"
		if j >= s.First && x.text(j) == ")" {
			break
		}
		mi := x.mentionAt(j)
		if j < s.First || mi < 0 {
			break
		}
		o := &x.md.Mentions[mi]
		if o.InTitle || o.Possessive || o.InQuote || x.inPrepPhrase(int(mi)) {
			break
		}
		e := x.actor(int(mi))
		if e < 0 || x.cr.Entities[e].Kind == "" {
			break
		}
		out = append(out, e)
		first = o.First
		k = o.First - 1
		for k >= s.First && x.lower(k) == "the" {
			k--
		}
	}
	return out, first
}

// quotedAs reads "X quoted Y as saying ...": Y speaks.
func (x *extractor) quotedAs(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	k := v + 1
	if k >= s.Last {
		return frame{}, false
	}
	mi := x.mentionAt(k)
	if mi < 0 || x.md.Mentions[mi].InTitle {
		// "quoted energy minister X as saying": the name after its title
		if pm := x.titledPersonAt(si, k); pm >= 0 {
			mi = int32(pm)
		}
	}
	if mi < 0 && k+1 < s.Last {
		// "quoted Mr X as saying": the honorific before the name
		if pm := x.mentionAt(k + 1); pm >= 0 && x.md.Mentions[pm].Hon != "" && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].HonStart <= int(x.d.Tokens[k].Start) {
			mi = pm
		}
	}
	if mi < 0 {
		return frame{}, false
	}
	m := &x.md.Mentions[mi]
	end := m.Last
	if end < s.Last && x.text(end) == "," {
		// "cited X, chief of the agency, as saying": skip the apposition
		for j := end + 1; j < s.Last && j < end+16; j++ {
			if x.text(j) == "," {
				end = j + 1
				break
			}
		}
	}
	if end+1 >= s.Last || x.lower(end) != "as" || !asSaying(x.lower(end+1)) {
		return frame{}, false
	}
	e := x.actor(int(mi))
	if e < 0 {
		return frame{}, false
	}
	if m.Kind == mentions.Pronoun && !x.isPerson(e) {
		return frame{}, false // "quoted him as saying" is a person
	}
	rule := "statement:quoted-as-saying"
	if x.lower(v) == "cited" {
		rule = "statement:cited-as-saying"
	}
	first := v
	for j := v - 1; j > s.First && j >= v-8; j-- {
		// ""...," the agency quoted X as saying.": the attribution opens
		// with the one who quotes, after the words
		if t := x.d.Tokens[j]; x.text(j) == "," || t.Kind == segment.Quote || t.Has(segment.FlagInQuote) {
			if t.Kind == segment.Quote || t.Has(segment.FlagInQuote) || x.d.Tokens[j-1].Kind == segment.Quote {
				first = j + 1
			}
			break
		}
	}
	return frame{speaker: e, speakerMi: int(mi), attrFirst: first, attrLast: end + 2, verb: end + 1, rule: rule, personLike: x.isPerson(e)}, true
}

// referredAs: an "as" naming the object follows "referred to" before the
// clause ends ("referred to hecklers as "ugly folks""); "as well as",
// "as soon as" join or time, they name nothing.
func (x *extractor) referredAs(from, last int) bool {
	for k := from; k < last && k <= from+10; k++ {
		switch x.lower(k) {
		case ",", ";", ":", "and", "but", "when", "while", "after", "before":
			return false
		case "as":
			switch x.lower(k + 1) {
			case "well", "soon", "long", "much", "far", "part", "of":
				return false
			}
			return k > from
		}
	}
	return false
}

func (x *extractor) hasWordAhead(v, last int, w string, n int) bool {
	for k := v + 1; k < last && k <= v+n; k++ {
		if x.lower(k) == w {
			return true
		}
	}
	return false
}

func (x *extractor) firstActorMention(si, from, to int) int {
	for k := from; k < to; k++ {
		if mi := x.mentionAt(k); mi >= 0 && !x.md.Mentions[mi].InTitle {
			return int(mi)
		}
	}
	return -1
}

// subjectMention returns the mention that is the subject right before
// token v, or -1: "X said", "X, the minister, said", "the director of Y,
// X, said", "President X of Pakistan has said", "X meanwhile said". A name
// inside a prepositional phrase ("an aide to X told") is not the subject.
func (x *extractor) subjectMention(si, v int) int {
	s := x.d.Sentences[si]
	// "X is to tell", "X is expected to say": the infinitive's subject
	k := x.skipAdverbialsTo(s.First, v-1, futureSpeech(x.lower(v)) && x.willBefore(v))
	if persuadeVerb(x.lower(v)) && x.attemptBefore(v) {
		// "X has sought to reassure": the attempt verb's subject
		k = x.skipAdverbialsTo(s.First, v-3, false)
	}
	if k >= s.First && isDash(x.text(k)) && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// "X - who runs a campaign of his own - said": a clause between
		// dashes after the subject
		for k-1 >= s.First && isDash(x.text(k-1)) {
			k-- // "--" written as two dashes
		}
		for j := k - 1; j > s.First && j >= k-30; j-- {
			if isDash(x.text(j)) {
				for j-1 > s.First && isDash(x.text(j-1)) {
					j--
				}
				if pm := x.mentionAt(j - 1); pm >= 0 && x.md.Mentions[pm].Last == j {
					k = j - 1
				}
				break
			}
		}
	}
	if k-1 >= s.First && (x.lower(k) == "himself" || x.lower(k) == "herself") {
		// "X himself said": the intensive pronoun after the subject
		if pm := x.mentionAt(k - 1); pm >= 0 && x.md.Mentions[pm].Last == k && (x.md.Mentions[pm].Kind == mentions.Person || x.md.Mentions[pm].Kind == mentions.Pronoun) {
			k--
		}
	}
	if k-3 >= s.First && x.lower(k-2) == "and" && groupOpener(x.lower(k-1)) && x.mentionAt(k) < 0 && x.d.Tokens[k].Kind == segment.Word && !x.d.Tokens[k].Has(segment.FlagCap) && strings.HasSuffix(x.lower(k), "s") && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// "X and other analysts said", "X and the bankers said": the
		// named person speaks; the unnamed group beside him is no actor
		if pm := x.mentionAt(k - 3); pm >= 0 && x.md.Mentions[pm].Last == k-2 && (x.md.Mentions[pm].Kind == mentions.Person || x.md.Mentions[pm].Kind == mentions.Pronoun) && !x.md.Mentions[pm].Possessive {
			k -= 3
		}
	}
	if k-1 >= s.First && (memberTitle(x.text(k)) && x.mentionAt(k) < 0 || (x.text(k) == "QC" || x.text(k) == "KC") && (x.mentionAt(k) < 0 || x.md.Mentions[x.mentionAt(k)].Kind == mentions.Surname)) {
		// "X MP said", "Judge X QC said": the seat or the rank after the name
		if pm := x.mentionAt(k - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == k {
			k--
		}
	}
	if k-1 >= s.First && x.bareSuffix(k) {
		// "General Motors Corp said": a listed company's name, then its
		// legal ending that the mention leaves out
		j := k
		for j-1 > s.First && x.bareSuffix(j-1) {
			j--
		}
		if pm := x.mentionAt(j - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Org && x.md.Mentions[pm].Last == j && !x.md.Mentions[pm].Possessive {
			k = j - 1
		}
	}
	if k-1 >= s.First && x.lower(k) == "government" && x.mentionAt(k) < 0 {
		// "the Kenyan government said": the country speaks ("Kenyan
		// authorities" are unnamed officials, like "Kenyan officials")
		if cm := x.mentionAt(k - 1); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country && x.md.Mentions[cm].Last == k && !x.md.Mentions[cm].Possessive {
			k--
		}
	}
	if k-1 > s.First && x.text(k) == ">" {
		// "<Acme Corp> said": Reuters' brackets round an unlisted
		// company's name
		if pm := x.mentionAt(k - 1); pm >= 0 && x.md.Mentions[pm].Last == k && x.md.Mentions[pm].First > s.First && x.text(x.md.Mentions[pm].First-1) == "<" {
			if lt := x.md.Mentions[pm].First - 1; lt > s.First && isPreposition(x.lower(lt-1)) {
				return -1 // "the chairman of <Acme Corp> said": an unnamed speaker
			}
			k--
		}
	}
	if k >= s.First && x.text(k) == ")" {
		// "the Federal Security Service (FSB) said"
		for j := k - 1; j >= s.First && j >= k-4; j-- {
			if x.text(j) == "(" {
				k = j - 1
				break
			}
		}
	}
	if k >= s.First && (x.lower(k) == "who" || x.lower(k) == "which") && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// "X, who afterwards appealed for ...": the relative's antecedent
		return x.speakerOfRelative(si, k, v)
	}
	if k >= s.First && (x.lower(k) == "and" || x.lower(k) == "but") && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		// "X backed the plan but said ...": the subject of the first verb
		j := k - 1
		if j >= s.First && x.text(j) == "," {
			j--
		}
		if j >= s.First && (x.mentionAt(j) < 0 || x.prepObjectEnd(j)) && x.d.Tokens[j].Kind == segment.Word {
			if subj := x.sentenceSubject(si, k); subj >= 0 {
				return subj
			}
		}
		return -1
	}
	if k >= s.First && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		if pm := x.mentionAt(k - 1); k-1 >= s.First && pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == k && (x.commaBefore(si, x.md.Mentions[pm].First) || x.describedInCommas(si, x.md.Mentions[pm].First)) {
			// "the director of Y, X, said", "The head of the police, X, on
			// Sunday said": the name set off by commas is the speaker
			k--
		} else if pk := x.closedOfPhrase(si, k); pk >= 0 {
			// "the bill's backer, Senator X of New Jersey, said", "X of
			// the Y Institute (YI), announced": the comma closes the
			// person's "of" phrase; the body it names is no speaker
			k = pk
		} else {
			j := k - 1
			for j >= s.First && !(x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote)) && k-j < 30 {
				j--
			}
			if j >= s.First && x.text(j) == "," {
				k = j - 1
				if pm := x.appositionHolder(si, k); pm >= 0 {
					// "X, a board member of Y's central bank, the Z,
					// said": a description holding its own apposition
					k = x.md.Mentions[pm].Last - 1
				}
			}
		}
	}
	if k < s.First {
		return -1
	}
	mi := x.mentionAt(k)
	if mi < 0 {
		// "Todd Feinman of Identity Finder told": a person, "of" and a
		// body the gazetteer does not know
		j := k
		for j >= s.First && j > k-5 && x.d.Tokens[j].Kind == segment.Word && x.d.Tokens[j].Has(segment.FlagCap) && x.mentionAt(j) < 0 {
			j--
		}
		if j < k && j-1 >= s.First && x.lower(j) == "of" {
			if pm := x.mentionAt(j - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == j {
				return int(pm)
			}
		}
		return x.personBeforePhrase(si, k)
	}
	m := &x.md.Mentions[mi]
	if m.Owner >= 0 {
		// "President X of Pakistan has said"
		return m.Owner
	}
	if (m.Kind == mentions.Org || m.Kind == mentions.Country) && !m.InQuote {
		// "X, founder of the rights group Y, said", "X of the victims'
		// group Y said": the person the body's phrase describes
		if pm := x.personOfBody(si, int(mi)); pm >= 0 {
			return pm
		}
	}
	if (m.Kind == mentions.Country || m.Kind == mentions.Place || m.Kind == mentions.Org) && !m.InQuote && m.First-2 >= s.First && x.lower(m.First-1) == "of" {
		// "X of Georgia said": the person, not the place
		if pm := x.mentionAt(m.First - 2); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person {
			mi, m = pm, &x.md.Mentions[pm]
		}
	}
	if m.InTitle || m.Possessive || m.InQuote || m.Kind == mentions.Place || m.Kind == mentions.Surname {
		if m.InTitle || m.InQuote {
			return -1
		}
		return x.personBeforePhrase(si, k)
	}
	if x.governmentOf(si, int(mi)) {
		// "the government of Peru said": the country speaks, as in "the
		// Peruvian government said"
		return int(mi)
	}
	if x.inPrepPhrase(int(mi)) {
		return x.personBeforePhrase(si, k)
	}
	if pm := x.possessiveInPrep(si, int(mi)); pm >= 0 {
		// "X of the Y's Z Division said": the person the phrase
		// describes, else no one
		return x.personOfBody(si, pm)
	}
	return int(mi)
}

// governmentOf: country mention mi closes "the government of X" that
// opens its clause (sentence start or after a comma), so the country
// speaks; "a spokesman for the government of X" is an unnamed speaker.
func (x *extractor) governmentOf(si, mi int) bool {
	s := x.d.Sentences[si]
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Country || m.InQuote || m.Possessive {
		return false
	}
	g := m.First - 2
	if g-1 < s.First || x.lower(g+1) != "of" || x.lower(g) != "government" || x.lower(g-1) != "the" {
		return false
	}
	return g-1 == s.First || x.text(g-2) == "," && !x.d.Tokens[g-2].Has(segment.FlagInQuote)
}

// possessiveInPrep returns the possessive that body mention mi, or the
// first of a pair it closes ("X and the Y"), follows when a preposition
// opens it, else -1: "scientists from China's X University and the Y
// Academy said" name the speakers' employers, not the speakers.
func (x *extractor) possessiveInPrep(si, mi int) int {
	s := x.d.Sentences[si]
	if k := x.md.Mentions[mi].Kind; k != mentions.Org && k != mentions.Country {
		return -1
	}
	for n := 0; n < 3; n++ {
		j := x.md.Mentions[mi].TitledFirst() - 1
		for j >= s.First && (x.lower(j) == "the" || x.lower(j) == "a") {
			j--
		}
		if j-1 < s.First {
			return -1
		}
		switch x.text(j) {
		case "'s", "’s":
			pm := x.mentionAt(j - 1)
			if pm < 0 || !x.md.Mentions[pm].Possessive {
				return -1
			}
			k := x.md.Mentions[pm].TitledFirst() - 1
			for k >= s.First && x.lower(k) == "the" {
				k--
			}
			if k >= s.First && isPreposition(x.lower(k)) {
				return int(pm)
			}
			return -1
		case "and":
			pm := x.mentionAt(j - 1)
			if pm < 0 || x.md.Mentions[pm].Last != j {
				return -1
			}
			mi = int(pm)
		default:
			return -1
		}
	}
	return -1
}

// personOfBody returns the person a body's name (mention mi) belongs to
// as the object of "of", "at" or "for" in a phrase right after the
// person's name ("X, founder of Y", "X of group Y", "X, an analyst at
// Y"), or -1.
func (x *extractor) personOfBody(si, mi int) int {
	s := x.d.Sentences[si]
	m := &x.md.Mentions[mi]
	prep := false
	for k := m.First - 1; k >= s.First && k > m.First-14; k-- {
		if pm := x.mentionAt(k); pm >= 0 {
			p := &x.md.Mentions[pm]
			if p.Kind == mentions.Person && !p.InTitle && !p.InQuote && prep {
				if nx := x.text(p.Last); nx == "," || nx == "of" || nx == "at" || nx == "from" {
					return int(pm)
				}
			}
			k = p.First
			continue
		}
		t := x.d.Tokens[k]
		w := x.lower(k)
		switch {
		case w == "of" || w == "at" || w == "for" || w == "from":
			prep = true
		case t.Kind != segment.Word && w != "," && w != "'s" && w != "’s" && w != "-":
			return -1
		case w == "," || isDeterminerWord(w) || w == "'s" || w == "’s":
		case mentions.IsSpeechVerb(w) || fillers[w] || functionWord(w) && w != "of":
			return -1
		}
	}
	return -1
}

// sentenceSubject is the mention opening the sentence's main clause
// before token k: the first actor not inside a prepositional phrase, a
// title or a quotation, when no verb of speech or other clause comes
// first ("X backed the plan but said", "X wrote letters, complaining").
func (x *extractor) sentenceSubject(si, k int) int {
	return x.openedSubject(si, k, false)
}

// openedSubject is sentenceSubject; with adjunct set, a mention inside
// an opening subordinate clause is passed over for the main clause's
// subject after its comma ("On the day that he quit, X backed Y").
func (x *extractor) openedSubject(si, k int, adjunct bool) int {
	s := x.d.Sentences[si]
	if adjunct {
		// only after an adverbial opening: a subordinate clause, a
		// prepositional phrase or a date ("When X lost, Y ...",
		// "Wednesday, the day that he quit, Y ..."), not a subject
		// noun phrase with an apposition ("An aide to X, the head of Z, said")
		w := x.lower(s.First)
		adjunct = subordinator(w) || isPreposition(w) || x.g.Weekday(x.text(s.First)) > 0 || x.dateStartingAt(si, s.First) >= 0
	}
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First >= k {
			break
		}
		if m.InTitle || m.InQuote || m.Kind == mentions.Place || m.Kind == mentions.Surname {
			continue
		}
		if m.Kind == mentions.Descriptor && m.Entity < 0 {
			return -1 // "The spokesman said ..., adding": an unnamed subject
		}
		if x.inPrepPhrase(mi) || m.Possessive {
			continue
		}
		if m.Kind == mentions.Org || m.Kind == mentions.Country {
			// "FCA board member X differed, saying": the person the body
			// qualifies; "CAC and Westpac officials said": unnamed people
			if pm, people := x.qualifiedPerson(si, mi); pm >= 0 {
				return pm
			} else if people {
				return -1
			}
		}
		// the clause must open with it: only a time phrase, a
		// subordinate clause closed by a comma or nothing may come first
		start := x.nameFirst(m, s.First)
		if start > s.First && !x.clauseOpens(s.First, start) {
			if adjunct {
				continue
			}
			return -1
		}
		if x.actor(mi) < 0 {
			return -1
		}
		return mi
	}
	return -1
}

// clauseOpens reports whether tokens [from, to) are an opening adjunct
// ("On Thursday,", "In a statement,", "The", "Former") before a subject.
func (x *extractor) clauseOpens(from, to int) bool {
	if to-from >= 2 && x.text(to-1) == "," && !x.d.Tokens[to-1].Has(segment.FlagInQuote) {
		return true // "Tomorrow, X ...", "On Thursday, X ..."
	}
	if to-from <= 2 {
		for k := from; k < to; k++ {
			switch x.lower(k) {
			case "the", "a", "an", "but", "and", "meanwhile", "however", "former", "then":
			default:
				if x.mentionAt(k) < 0 && !(x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) && k == from && !subordinator(x.lower(k))) {
					return false
				}
			}
		}
		return true
	}
	return x.text(to-1) == "," || x.lower(to-1) == "the" && to-2 >= from && x.text(to-2) == ","
}

// groupOpener: a word opening an unnamed group of people coordinated
// with a named speaker ("and other traders", "and the bankers").
func groupOpener(w string) bool {
	switch w {
	case "other", "the", "several", "fellow", "two", "three", "some":
		return true
	}
	return false
}

// subordinator: a word opening a subordinate clause ("When X lost, Y
// ..."): a name after it is that clause's subject, not the sentence's.
func subordinator(w string) bool {
	switch w {
	case "when", "after", "before", "as", "while", "although", "though", "if", "since", "because", "until", "once", "whereas", "unless":
		return true
	}
	return false
}

// commaBefore reports a comma right before token first (after a title
// or phrase): "the head of the police, X, said".
func (x *extractor) commaBefore(si, first int) bool {
	s := x.d.Sentences[si]
	if first-1 >= s.First && x.text(first-1) == "," {
		return true
	}
	if m := x.mentionAt(first); m >= 0 {
		mm := &x.md.Mentions[m]
		if mm.Title != nil && !mm.Title.Appositive && mm.Title.First < first {
			k := mm.Title.First - 1
			return k >= s.First && x.text(k) == ","
		}
		if mm.Hon != "" {
			// "the director of Y, Dr X, said": the honorific lies
			// outside the mention, the comma before it
			k := x.nameFirst(mm, s.First) - 1
			return k >= s.First && k < first-1 && x.text(k) == ","
		}
	}
	return false
}

// skipAdverbials walks left from token k over auxiliaries, adverbs and a
// time phrase between a subject and its verb ("X has repeatedly said",
// "X on Tuesday said", "X meanwhile said").
func (x *extractor) skipAdverbials(first, k int) int {
	return x.skipAdverbialsTo(first, k, false)
}

// skipAdverbialsTo is skipAdverbials that also skips an infinitive's
// "to" ("X is to visit", "X hopes to meet") when infinitive is set.
func (x *extractor) skipAdverbialsTo(first, k int, infinitive bool) int {
	for k >= first {
		w := x.lower(k)
		tk := x.d.Tokens[k]
		switch {
		case fillers[w] && (w != "to" || infinitive):
		case tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && len(w) > 4 && strings.HasSuffix(w, "ly") && w != "early":
		case w == "meanwhile" || w == "however" || w == "too" || w == "further" || w == "instead" || w == "today" || w == "yesterday" || w == "tonight" || w == "earlier" || w == "subsequently" || w == "initially" || w == "afterwards" || w == "afterward":
		case x.g.Weekday(x.text(k)) > 0 && k-1 >= first && (x.lower(k-1) == "on" || x.lower(k-1) == "last"):
			k--
		case (w == "week" || w == "month" || w == "year" || w == "night" || w == "morning") && k-1 >= first && (x.lower(k-1) == "last" || x.lower(k-1) == "this"):
			k--
		default:
			// a date expression between subject and verb: "X on April 1
			// met", "X Thursday night met"
			if j := x.dateEndingAt(first, k); j >= 0 {
				k = j
				break
			}
			return k
		}
		k--
	}
	return k
}

// dateEndingAt returns the first token of a date expression (outside
// quotations, dating what happened, with its preposition) that ends at
// token k, or -1.
func (x *extractor) dateEndingAt(first, k int) int {
	if k < first || x.d.Tokens[k].Has(segment.FlagInQuote) || !timex.CanEnd(x.d, x.g, k) {
		return -1 // most tokens end no date: the sentence's dates are not looked for
	}
	si := x.d.SentenceAt(int(x.d.Tokens[k].Start))
	if si < 0 {
		return -1
	}
	for _, e := range x.sentenceDates(si, false) {
		if e.Last-1 != k || e.Rel != timex.At || e.First < first {
			continue
		}
		j := e.First
		if p := x.lower(j - 1); j-1 >= first && (p == "on" || p == "in" || p == "at" || p == "early" || p == "late" || p == "earlier" || p == "later") {
			j--
		}
		return j
	}
	return -1
}

// dateStartingAt returns the token after a date expression (with its
// preposition) that starts at token k, or -1: "met on Monday with X".
func (x *extractor) dateStartingAt(si, k int) int {
	if k >= x.d.Sentences[si].Last || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return -1
	}
	j := k
	switch x.lower(j) {
	case "on", "in", "at", "earlier", "later", "early", "late":
		j++
	}
	for _, e := range x.sentenceDates(si, false) {
		if e.First == j && e.Rel == timex.At {
			return e.Last
		}
	}
	return -1
}

// inPrepPhrase reports a mention that is the object of a preposition
// ("an aide to X", "standing next to Mr X", "speaking to X of PBS").
func (x *extractor) inPrepPhrase(mi int) bool {
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	// a member of a list shares its head's place: "to France, Germany and Italy"
	for {
		k := m.First - 1
		if k < 0 || !(x.text(k) == "," || x.lower(k) == "and") {
			break
		}
		if x.text(k) == "," && m.Last < len(x.d.Tokens) && x.text(m.Last) != "," && x.lower(m.Last) != "and" && x.lower(m.Last) != "or" {
			// "In a filing with the SEC, Acme said": a comma-joined
			// member goes on to "and"; one the verb follows ends the
			// opening phrase instead
			break
		}
		j := k - 1
		if j >= 0 && x.lower(j) == "," {
			j--
		}
		pm := x.mentionAt(max(j, 0))
		if j < 0 || pm < 0 || x.md.Mentions[pm].Kind != m.Kind || x.md.Mentions[pm].Last != j+1 {
			break
		}
		mi, m = int(pm), &x.md.Mentions[pm]
	}
	start := x.nameFirst(m, 0)
	for start > 0 && (x.lower(start-1) == "the" || x.lower(start-1) == "a" || x.text(start-1) == "<" || x.d.Tokens[start-1].Kind == segment.Number && len(x.text(start-1)) <= 3) {
		start-- // "a spokesman for 10 Downing Street"; not a year: "In 2004 IBM said"; Reuters' "with <Acme Corp>"
	}
	if p := x.lower(start - 1); isPreposition(p) {
		switch p {
		case "after", "before", "since", "until":
			// "after Trump had a call": a conjunction, and Trump a subject
			if e := m.Last; e < len(x.d.Tokens) {
				switch x.lower(e) {
				case "had", "has", "have", "was", "were", "is", "are", "will", "would", "met", "said", "visited", "returned", "arrived", "left", "took", "made", "held", "spoke":
					return false
				}
			}
		}
		return true
	}
	// "officials in neighbouring Sweden": a preposition and one modifier
	if k := start - 2; k >= 0 {
		t := x.d.Tokens[k+1]
		w := x.lower(k + 1)
		if isPreposition(x.lower(k)) && t.Kind == segment.Word && !t.Has(segment.FlagCap) && !strings.HasSuffix(w, "s") &&
			!isDeterminerWord(w) && !mentions.IsSpeechVerb(w) && !fillers[w] && w != "which" && w != "whom" && w != "whose" {
			return true
		}
	}
	return false
}

func isDeterminerWord(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "and", "or", "but":
		return true
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "to", "of", "for", "with", "from", "by", "at", "about", "against", "on", "than", "like", "between", "among", "behind", "beside", "under", "over",
		"within", "across", "inside", "outside", "throughout", "near", "around", "during", "since", "until", "without", "amid", "despite", "including",
		"through", "upon", "onto", "per", "via", "towards", "toward", "beyond", "into", "after", "before", "in", "unlike", "alongside", "beneath", "above", "below":
		return true
	}
	return false
}

// accordingTo reads "according to X" and "according to a statement issued by X".
func (x *extractor) accordingTo(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	k := v + 2
	end := k
	from := false
	for j := k; j < s.Last && j < k+8; j++ {
		w := x.lower(j)
		if w == "," || w == ";" {
			break
		}
		if w == "by" && x.publicationBefore(k, j) || w == "from" && j > k && x.firstActorMention(si, k, j) < 0 {
			// "according to a statement issued by X", "according to
			// forecasts from X" (not "according to X from Y": X speaks)
			k = j + 1
			from = w == "from"
			break
		}
	}
	for k < s.Last && x.lower(k) == "the" {
		k++
	}
	if k >= s.Last {
		return frame{}, false
	}
	mi := x.mentionAt(k)
	for mi >= 0 && x.md.Mentions[mi].InTitle {
		k = x.md.Mentions[mi].Last
		if k >= s.Last {
			return frame{}, false
		}
		mi = x.mentionAt(k)
	}
	if mi < 0 {
		if e, n := x.g.MatchTitle(x.d, k, s.Last); e != nil {
			mi = x.mentionAt(min(k+n, s.Last-1))
		}
	}
	if mi < 0 || x.md.Mentions[mi].Kind != mentions.Person && x.modifier(int(mi)) {
		if pm := x.describedPerson(si, k); pm >= 0 {
			mi = int32(pm)
		}
	}
	if mi < 0 {
		// "..., according to the airline.": the one body the story named
		// before that the noun fits
		if !from && k == v+3 && k+1 <= s.Last && x.d.Tokens[k].Kind == segment.Word && (k+1 == s.Last || x.text(k+1) == "," || x.text(k+1) == "." || x.text(k+1) == ";") {
			if e := x.storyBodyBefore(si, x.lower(k)); e >= 0 {
				return frame{speaker: e, speakerMi: -1, attrFirst: v, attrLast: k + 1, verb: v, according: true, rule: "statement:according-to-body"}, true
			}
		}
		return frame{}, false
	}
	m := &x.md.Mentions[mi]
	if m.Kind == mentions.Country && m.Last < s.Last {
		// "the Chilean Foreign Ministry": the ministry speaks
		if nm := x.mentionAt(m.Last); nm >= 0 && x.md.Mentions[nm].Kind == mentions.Org {
			mi, m = nm, &x.md.Mentions[nm]
		}
	}
	if m.Possessive || m.Kind == mentions.Place || x.modifier(int(mi)) {
		return frame{}, false // "according to China's customs data", "the ASEAN secretariat"
	}
	if from && m.Kind == mentions.Country {
		return frame{}, false // "according to reports from China": where they came from, not who spoke
	}
	e := x.actor(int(mi))
	if e < 0 {
		return frame{}, false
	}
	end = m.Last
	// "..., an expert at X": the appositive belongs to the attribution
	return frame{speaker: e, speakerMi: int(mi), attrFirst: v, attrLast: end, verb: v, according: true, rule: "statement:according-to", personLike: x.isPerson(e)}, true
}

// publicationBefore: a noun for a published text or count (a report,
// survey, estimate, statement) among tokens [k, j), so that "according to
// a study by X" names X's words while "according to a scheme developed by
// X" names only a thing X made.
func (x *extractor) publicationBefore(k, j int) bool {
	for i := k; i < j; i++ {
		if x.d.Tokens[i].Kind == segment.Word && publicationNoun(strings.TrimSuffix(x.lower(i), "s")) {
			return true
		}
	}
	return false
}

// publicationNoun: the singular of a noun for a text, figure or utterance
// a body or person puts out.
func publicationNoun(w string) bool {
	switch w {
	case "report", "survey", "study", "studie", "statement", "estimate", "forecast", "projection", "figure", "data", "statistic",
		"poll", "analysi", "analyse", "calculation", "count", "tally", "release", "document", "paper", "letter", "communique", "communiqué",
		"announcement", "review", "audit", "research", "assessment", "filing", "note", "memo", "bulletin", "index", "indice", "ranking",
		"table", "list", "record", "finding", "result", "report's", "account", "transcript", "version", "summary", "article", "book",
		"post", "tweet", "message", "blog", "email", "e-mail", "video", "interview", "speech", "remark", "comment", "testimony", "posting":
		return true
	}
	return false
}

// storyBodyBefore: the one organization named (outside quotations and
// titles) in the sentences before si that the body noun head fits ("the
// company", "the airline", "the ministry"); -1 when none or several do.
func (x *extractor) storyBodyBefore(si int, head string) int {
	if !speakingBody(head) && !tradeNoun(head) && head != "firm" {
		return -1
	}
	found := -1
	for j := 0; j < si; j++ {
		for _, mi := range x.bySent[j] {
			m := &x.md.Mentions[mi]
			if m.InQuote || m.InTitle {
				continue
			}
			e := x.actor(mi)
			if e < 0 || e == found || !bodyFits(head, &x.cr.Entities[e]) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// describedPerson: "according to eyewitness X", "according to NASA
// administrator X", "according to local police chief X": a person's name
// after a few words that describe them (lower-case nouns, a body naming
// the post) is the speaker. A preposition, a participle or punctuation
// ends the description ("the lawyer representing X", "a friend of X"):
// there X is not who spoke. -1 when no person's name follows so.
func (x *extractor) describedPerson(si, k int) int {
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+5; {
		if mi := x.mentionAt(j); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.Kind == mentions.Person {
				if m.Possessive || j == k {
					return -1
				}
				return int(mi)
			}
			if !x.modifier(int(mi)) {
				return -1
			}
			j = m.Last
			continue
		}
		w := x.lower(j)
		if !descriptionWord(w) || w != x.text(j) {
			return -1
		}
		j++
	}
	return -1
}

// descriptionWord: a lower-case word that can describe a person before
// their name ("eyewitness", "assistant", "coach"): no function word, no
// participle or verb form.
func descriptionWord(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch w {
	case "the", "and", "for", "from", "with", "who", "which", "that", "said", "says", "told", "his", "her", "their", "its", "our", "your", "one", "two", "some", "many", "several", "other", "both", "all", "into", "over", "about", "after", "before", "than", "also", "has", "had", "have", "was", "were", "are", "not", "but":
		return false
	}
	return true
}

// statements turns attributions and quotations into statements. Each
// attribution of a sentence is one statement (one per speaker of a
// coordinated subject); its content runs to the next attribution.
func (x *extractor) statements() {
	used := make([]bool, len(x.d.Quotes))
	// earlier[i]: statement i is told as said before the story's time
	// ("had previously called"), so no occasion date carries to it
	var earlier []bool
	var verbs []int
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		if s.Headline || s.Dateline || x.text(s.Last-1) == "?" && !x.hasQuote(si) {
			continue
		}
		frames := x.pickFrames(x.findFrames(si))
		for fi, f := range frames {
			lo, hi := s.First, s.Last
			if fi > 0 {
				lo = frames[fi-1].attrLast
			}
			if fi+1 < len(frames) {
				hi = frames[fi+1].attrFirst
				for hi > lo && (x.lower(hi-1) == "but" || x.lower(hi-1) == "and" || x.text(hi-1) == "," || x.lower(hi-1) == "while" || x.lower(hi-1) == "whereas" || x.lower(hi-1) == "the" || x.lower(hi-1) == "a") {
					hi--
				}
			}
			st := x.statement(si, f, used, lo, hi)
			if st == nil {
				continue
			}
			// coordinated speakers in text order ("the Committee and the FSB said")
			for i := len(f.also) - 1; i >= 0; i-- {
				o := *st
				o.Speaker = f.also[i]
				o.About = x.about(o.Span, -1, -1, f.also[i])
				x.out.Statements = append(x.out.Statements, o)
			}
			x.out.Statements = append(x.out.Statements, *st)
			x.noteSaidIt(si, f)
			for len(earlier) < len(x.out.Statements) {
				earlier = append(earlier, x.saidBeforeStory(f.verb))
				verbs = append(verbs, f.verb)
			}
		}
	}
	x.occasionDates(earlier, verbs)
	x.leadOccasionBack()
	x.interviewAnswers()
}

// speechDay reports that the date of statement st is written where it
// dates the speech itself: opening the sentence ("On Tuesday, X
// announced"), right after the verb ("X said yesterday", "said on
// Friday") or right before it ("X on Monday said"); not a date of
// something else in the sentence ("yesterday's fall", "will sign on
// Monday").
func (x *extractor) speechDay(st *Statement, v int) bool {
	si := st.Span.First
	s := x.d.Sentences[si]
	for _, e := range x.sentenceDates(si, false) {
		if e.Date != st.Date || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		if t := x.text(e.Last); t == "'s" || t == "’s" || t == "'" || t == "’" {
			continue
		}
		if e.Last-e.First == 1 && len(x.text(e.First)) <= 3 {
			// a bare "Sun", "Wed": more often part of a name ("Sun
			// Microsystems") than the day of a speech
			continue
		}
		first := e.First
		if first > 0 && isPreposition(x.lower(first-1)) {
			first--
		}
		if first == s.First || first > v && first <= v+1 || e.Last == v {
			return true
		}
	}
	return false
}

// saidBeforeStory reports a speech verb in the pluperfect or with an
// adverb of earlier time ("had said", "had previously called",
// "earlier warned").
func (x *extractor) saidBeforeStory(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch x.lower(k) {
		case "had", "previously", "earlier", "once", "formerly":
			return true
		case "also", "already", "repeatedly", "long", "not", "never":
			continue
		}
		return false
	}
	return false
}

// occasionDates carries the day of a speaker's dated statement ("On
// Tuesday, X announced ...") to the statements of the same speaker that
// follow it with no date of their own and no other speaker's statement
// in between: a story that opens with the occasion goes on quoting from
// it ("...," X said.). Only a day shortly before the reference date
// carries (the story's news occasion); a year or month ("in a 2006
// interview") is no occasion the next quotation belongs to.
func (x *extractor) occasionDates(earlier []bool, verbs []int) {
	lead := -1
	for _, s := range x.d.Sentences {
		if !s.Headline && !s.Dateline {
			lead = s.Para
			break
		}
	}
	speaker, day, at, para := -1, kg.PartialDate{}, 0, -1
	for i := range x.out.Statements {
		st := &x.out.Statements[i]
		if st.Speaker != speaker {
			speaker, day = st.Speaker, kg.PartialDate{}
		}
		if para >= 0 && x.d.Sentences[st.Span.First].Para != para {
			day = kg.PartialDate{} // an occasion told outside the lead holds for its paragraph only
		}
		if strings.HasSuffix(st.Rule, vagueTimeSuffix) {
			continue // an aside on an earlier, undated saying: the occasion goes on
		}
		if !strings.HasSuffix(st.Rule, referenceDateSuffix) {
			day = kg.PartialDate{}
			if st.Date.Precision() == kg.PrecisionDay && st.Date.Compare(x.ref) < 0 && x.recentPast(st.Date) && !st.Date.Start().Before(x.ref.Start().AddDate(0, 0, -7)) && x.speechDay(st, verbs[i]) {
				day, at, para = st.Date, st.Span.Last, -1
				if p := x.d.Sentences[st.Span.First].Para; p != lead {
					para = p
				}
			}
			continue
		}
		if day.IsZero() {
			continue
		}
		// the paragraph moved to another time ("In February, ... During
		// the summit, X said"): the occasion ends; background dates of
		// paragraphs in between ("since 2018") do not end it
		from := at + 1
		for from < st.Span.First && x.d.Sentences[from].Para != x.d.Sentences[st.Span.First].Para {
			from++
		}
		for si := from; si <= st.Span.First; si++ {
			for _, e := range x.sentenceDates(si, false) {
				if !x.d.Tokens[e.First].Has(segment.FlagInQuote) {
					day = kg.PartialDate{}
				}
			}
		}
		if st.Span.Last > at {
			at = st.Span.Last
		}
		if !day.IsZero() && !earlier[i] {
			st.Date = day
			st.Rule = strings.TrimSuffix(st.Rule, referenceDateSuffix) + "+occasion-date"
		}
	}
}

// leadOccasionBack dates the story's first statement, undated in its
// lead ("..., X said."), by the occasion that the next sentence gives for
// the same speaker's next statement ("X, speaking to reporters yesterday,
// also said ..."): the lead sums up what X said there (the dateline
// stories' pattern, as reuters21578-8121 and -5165 are annotated). Only a
// recent day, with a word that places the speaker at the occasion
// (speaking, told, also, an interview or a conference), carries;
// "Yesterday, the company said ..." may be an earlier announcement.
func (x *extractor) leadOccasionBack() {
	if len(x.out.Statements) < 2 {
		return
	}
	first := &x.out.Statements[0]
	if !strings.HasSuffix(first.Rule, referenceDateSuffix) {
		return
	}
	lead := -1
	for _, s := range x.d.Sentences {
		if !s.Headline && !s.Dateline {
			lead = s.Para
			break
		}
	}
	if x.d.Sentences[first.Span.First].Para != lead {
		return
	}
	next := &x.out.Statements[1]
	if next.Speaker != first.Speaker || next.Span.First != first.Span.Last+1 {
		return
	}
	d := next.Date
	if d.Precision() != kg.PrecisionDay || d.Compare(x.ref) >= 0 || !x.recentPast(d) || d.Start().Before(x.ref.Start().AddDate(0, 0, -7)) {
		return
	}
	for _, e := range x.sentenceDates(next.Span.First, false) {
		if e.Date != d || e.Rel != timex.At || x.d.Tokens[e.First].Has(segment.FlagInQuote) || x.d.Tokens[e.Last-1].Has(segment.FlagPossessive) {
			continue
		}
		if x.occasionCueNear(next.Span.First, e) {
			first.Date = d
			first.Rule = strings.TrimSuffix(first.Rule, referenceDateSuffix) + "+occasion-date"
		}
		return
	}
}

// occasionCue: words that place a speaker at the occasion of a saying.
func occasionCue(w string) bool {
	switch w {
	case "speaking", "told", "reporters", "journalists", "interview", "conference", "speech", "address", "briefing", "forum":
		return true
	}
	return false
}

// occasionCueNear reports an occasion cue within eight words before the
// date expression e ("speaking to reporters yesterday", "told the
// association yesterday", "in a radio address late Sunday") with no word
// of another time between ("told reporters ahead of his departure on
// Sunday"), or within six words after it when a speech verb comes right
// before it ("said last night during a news conference").
func (x *extractor) occasionCueNear(si int, e timex.Expr) bool {
	s := x.d.Sentences[si]
	for k := e.First - 1; k >= s.First && k >= e.First-8; k-- {
		w := x.lower(k)
		if x.d.Tokens[k].Has(segment.FlagInQuote) || w == "ahead" || w == "before" || w == "after" || w == "until" || w == "following" || w == "since" {
			break
		}
		if occasionCue(w) {
			return true
		}
	}
	if e.First-1 < s.First || !mentions.IsSpeechVerb(x.lower(e.First-1)) {
		return false
	}
	for k := e.Last; k < s.Last && k < e.Last+6; k++ {
		if occasionCue(x.lower(k)) && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			return true
		}
	}
	return false
}

// pickFrames orders a sentence's attributions and drops the redundant
// ones: a second verb of the same speaker ("denied ... and says") and an
// "according to" that only relays another attribution.
func (x *extractor) pickFrames(fs []frame) []frame {
	if len(fs) < 2 {
		return fs
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].attrFirst < fs[j].attrFirst })
	out := fs[:0:0]
	for _, f := range fs {
		if f.according && len(fs) > 1 {
			continue
		}
		if f.rule == "statement:future-speech" {
			// "Argentina will tell its creditors ..., X told reporters":
			// a plan inside another's words is theirs
			continue
		}
		if f.rule == "statement:body-short-form" && len(out) > 0 && x.text(f.attrFirst-1) != "," {
			// "She added that although the company likes ...": the body
			// is spoken of inside the earlier speaker's words; but
			// "..., the agency said" closes the sentence as its source
			continue
		}
		if f.rule == "statement:participle" && len(out) > 0 {
			// "X said ..., adding ...": one statement; but "X wrote to Y,
			// complaining that ...": the words are the participle's
			p := &out[len(out)-1]
			if p.speaker == f.speaker && x.wordCount(p.attrLast, f.attrFirst) <= 5 && !x.hasWordAhead(p.attrLast-1, f.attrFirst, "that", 6) {
				*p = f
			}
			continue
		}
		dup := false
		for _, o := range out {
			if o.speaker == f.speaker || f.attrFirst < o.attrLast || x.nestedIn(o, f) {
				dup = true
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		out = append(out, fs[0])
	}
	return out
}

// nestedIn reports an attribution f inside the reported clause of an
// earlier one o: in "X said Y had complained he ...", what Y said is
// part of X's words.
func (x *extractor) nestedIn(o, f frame) bool {
	if o.inverted || o.according || o.rule == "statement:participle" || f.attrFirst < o.attrLast || f.inverted {
		return false
	}
	switch x.lower(o.verb) {
	case "said", "says", "told", "tells", "added", "claimed", "claims", "argued", "insisted", "believes", "warned", "noted", "stated":
	default:
		return false
	}
	for k := o.attrLast; k < f.attrFirst; k++ {
		t := x.d.Tokens[k]
		switch x.text(k) {
		case ";", ":", ",", "—", "–", "but", "while", "whereas":
			return false
		}
		if t.Kind == segment.Quote {
			return false
		}
	}
	return true
}

func (x *extractor) hasQuote(si int) bool { return len(x.sentQuotes(si)) > 0 }

// sentQuotes returns the indices of the quotations overlapping sentence si
// (quotations are in text order, so a binary search finds the first).
func (x *extractor) sentQuotes(si int) []int {
	s := x.d.Sentences[si]
	qs := x.d.Quotes
	lo, hi := 0, len(qs)
	for lo < hi {
		m := (lo + hi) / 2
		if qs[m].End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	x.qbuf = x.qbuf[:0]
	for q := lo; q < len(qs) && qs[q].Start < s.End; q++ {
		if qs[q].End > s.Start {
			x.qbuf = append(x.qbuf, q)
		}
	}
	return x.qbuf
}

func (x *extractor) statement(si int, f frame, used []bool, lo, hi int) *Statement {
	s := x.d.Sentences[si]
	span := Span{si, si}
	// quotations of this sentence, and one begun in an earlier sentence
	// of the paragraph that ends here
	var quotes []int
	for _, qi := range append([]int(nil), x.sentQuotes(si)...) {
		q := x.d.Quotes[qi]
		if used[qi] || q.Para != s.Para {
			continue
		}
		if q.Start < int(x.d.Tokens[lo].Start) && lo > s.First || q.Start >= x.tokEnd(hi) {
			continue // another attribution's words
		}
		{
			quotes = append(quotes, qi)
			if first := x.d.SentenceAt(q.Start); first >= 0 && first < span.First {
				span.First = first
			}
		}
	}
	// content: before the attribution or after it
	contentFirst, contentLast := -1, -1
	verbWord := x.lower(f.verb)
	afterStart := f.attrLast
	switch x.lower(afterStart) {
	case "out", "on", "tribute", "tributes", "back":
		if verbWord == "pointed" || verbWord == "went" || verbWord == "paid" || verbWord == "pays" || verbWord == "hit" {
			afterStart++ // "pointed out", "went on", "paid tribute", "hit back"
		}
	}
	switch f.rule {
	case "statement:ruled-out":
		afterStart++ // "ruled out ..."
	case "statement:made-clear":
		// the words after "made (it) clear"
		if x.lower(afterStart) == "it" {
			afterStart++
		}
		afterStart++
	}
	if verbWord == "told" || verbWord == "tells" || verbWord == "asked" || verbWord == "telling" || informVerb(verbWord) {
		afterStart = x.skipListener(f.attrLast, hi)
	}
	// "said on Tuesday that ...": start after "that" or ":" when only a
	// time, a venue or a listener stands between
	marked := false
	for k := afterStart; k < hi && k < afterStart+10; k++ {
		w := x.text(k)
		if (w == "that" || w == ":") && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			afterStart = k + 1
			marked = true
			break
		}
		if !x.skippable(k) {
			break
		}
	}
	firstTok := x.d.Sentences[span.First].First
	if lo > s.First {
		firstTok = lo
	}
	beforeHasQuote := false
	for _, qi := range quotes {
		if x.d.Quotes[qi].Start < int(x.d.Tokens[f.attrFirst].Start) {
			beforeHasQuote = true
		}
	}
	beforeWords := x.wordCount(firstTok, f.attrFirst)
	afterWords := x.wordCount(afterStart, hi)
	afterMarked := marked || (afterStart < hi && x.d.Tokens[afterStart].Has(segment.FlagOpen)) ||
		afterStart+1 < hi && x.text(afterStart) == "," && x.quoteOpensAt(afterStart+1) // "said, "...""
	switch {
	case f.rule == "statement:declined-comment":
		// the refusal itself is the answer: "declined comment on ..."
		contentFirst, contentLast = f.verb, hi
	case f.according:
		if beforeWords >= 3 {
			contentFirst, contentLast = firstTok, f.attrFirst
		} else {
			contentFirst, contentLast = f.attrLast, hi
		}
	case f.inverted:
		contentFirst, contentLast = firstTok, f.attrFirst
	case afterMarked && afterWords >= 2 && beforeHasQuote && beforeWords >= 3 && x.text(afterStart) == ",":
		// ""...," he said, "..."": one quotation split by its attribution
		contentFirst, contentLast = firstTok, hi
	case afterMarked && afterWords >= 2:
		contentFirst, contentLast = afterStart, hi
	case (contentBeforeVerb(verbWord) || f.rule == "statement:quoted-as-saying" && f.attrFirst < f.verb-2) && beforeWords >= 3 && (beforeHasQuote || x.endsWithComma(f.attrFirst) && (afterWords < 3 || !marked && f.attrLast < hi && x.text(f.attrLast) == ",")):
		// '"...," X said', "The talks failed, X said on Monday"; but in
		// "The head of the police, X, said the attack ..." the words after
		// the verb are what was said
		contentFirst, contentLast = firstTok, f.attrFirst
	case afterWords >= 3:
		contentFirst, contentLast = afterStart, hi
	case afterWords >= 1 && (verbWord == "claimed" || verbWord == "claims" || verbWord == "claim") && (x.lower(afterStart) == "responsibility" || x.lower(afterStart) == "credit"):
		// "the group claimed responsibility": the claim is the words
		contentFirst, contentLast = f.verb, hi
	case afterWords == 2 && (confirmVerb(verbWord) || verbWord == "paid" || verbWord == "pays"):
		// "X acknowledged the deal", "X denied the report": the object is what was said
		contentFirst, contentLast = afterStart, hi
	default:
		return nil
	}
	// keep only the quotations inside the content; continuation quotations
	// in the next sentences of the paragraph belong to the same speaker
	var qtexts []string
	lastQuote := -1
	for _, qi := range quotes {
		q := x.d.Quotes[qi]
		if q.Start >= int(x.d.Tokens[contentFirst].Start) && q.Start < x.tokEnd(contentLast) {
			qtexts = append(qtexts, cleanQuote(x.d.Text[q.Start:q.End]))
			used[qi] = true
			lastQuote = qi
		}
	}
	if len(qtexts) > 0 {
		para := s.Para
		for next := si + 1; next < len(x.d.Sentences); next++ {
			ns := x.d.Sentences[next]
			// a quotation goes on in the next sentences of its paragraph,
			// and into the next paragraph when its paragraph left it open
			// (the convention for a quotation over several paragraphs)
			overPara := ns.Para == para+1 && lastQuote >= 0 && x.d.Quotes[lastQuote].Close < 0
			if ns.Para != para && !overPara || !x.d.Tokens[ns.First].Has(segment.FlagOpen) || len(x.findFrames(next)) > 0 {
				break
			}
			qi := x.quoteAtToken(ns.First)
			if qi < 0 || used[qi] {
				break
			}
			if end := x.d.SentenceAt(x.d.Quotes[qi].End - 1); end > next && len(x.findFrames(end)) > 0 {
				break // the quotation closes with an attribution of its own: "..., " said X."
			}
			para = ns.Para
			qtexts = append(qtexts, cleanQuote(x.d.Text[x.d.Quotes[qi].Start:x.d.Quotes[qi].End]))
			used[qi] = true
			lastQuote = qi
			span.Last = next
		}
	}
	if contentLast == f.attrFirst {
		contentLast = x.attributionTail(contentFirst, contentLast)
	}
	text := x.plain(contentFirst, contentLast)
	if !twoWords(text) && len(qtexts) == 0 {
		return nil
	}
	st := &Statement{
		Speaker: f.speaker,
		Quote:   strings.Join(qtexts, " … "),
		Text:    text,
		Span:    span,
		Rule:    f.rule,
	}
	st.Date, st.Rule = x.statementDate(si, contentFirst, contentLast, f.verb, st.Rule)
	if strings.HasSuffix(st.Rule, referenceDateSuffix) && x.vagueSaying(si, f.verb, contentFirst, contentLast) {
		// "had previously said", "recently told", "has in the past
		// denied": a time the text leaves vague (GUIDELINES §9)
		st.Date, st.Rule = kg.PartialDate{}, strings.TrimSuffix(st.Rule, referenceDateSuffix)+vagueTimeSuffix
	}
	st.About = x.about(span, contentFirst, contentLast, f.speaker)
	return st
}

// skippable: words between a speech verb and "that" that do not start
// what was said ("said on Tuesday in a statement that").
func (x *extractor) skippable(k int) bool {
	t := x.d.Tokens[k]
	if t.Kind == segment.Number {
		return true
	}
	w := x.lower(k)
	if x.g.Month(x.text(k)) > 0 || x.g.Weekday(x.text(k)) > 0 {
		return true
	}
	switch w {
	case "on", "in", "at", "a", "an", "the", "last", "this", "next", "yesterday", "today", "earlier", "later", "also", "again", "publicly", "separately",
		"repeatedly", "previously", "statement", "interview", "press", "news", "conference", "briefing", "speech", "reporters", "journalists", "him", "her",
		"them", "us", "me", "parliament", "lawmakers", "mps", "week", "month", "year", "morning", "afternoon", "evening", "night", ",", "written", "televised", "radio", "television", "tv", "separate", "recent", "its", "his", "their", "to", "during":
		return true
	}
	if mi := x.mentionAt(k); mi >= 0 && (x.md.Mentions[mi].Kind == mentions.Org || x.md.Mentions[mi].Kind == mentions.Country) {
		return true
	}
	return false
}

func (x *extractor) quoteAtToken(t int) int {
	si := x.d.SentenceAt(int(x.d.Tokens[t].Start))
	if si < 0 {
		return -1
	}
	for _, qi := range x.sentQuotes(si) {
		if x.d.Quotes[qi].Open == t {
			return qi
		}
	}
	return -1
}

func (x *extractor) tokEnd(last int) int {
	if last <= 0 {
		return 0
	}
	return int(x.d.Tokens[last-1].End)
}

func (x *extractor) endsWithComma(k int) bool {
	if k-1 >= 0 && x.lower(k-1) == "the" {
		k-- // "..., the White House said"
	} else {
		// "..., her son X announced", "..., its president X said": a
		// relation or a post of someone just named before the name
		j := k
		for n := 0; n < 2 && j-1 >= 0 && x.d.Tokens[j-1].Kind == segment.Word && !x.d.Tokens[j-1].Has(segment.FlagCap) && !possessiveDeterminer(x.lower(j-1)); n++ {
			j--
		}
		if j < k && j-1 >= 0 && possessiveDeterminer(x.lower(j-1)) {
			k = j - 1
		} else if j == k && k-1 >= 0 && possessiveDeterminer(x.lower(k-1)) {
			k-- // the post is part of the name's title: "its president X"
		}
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := x.text(j)
		if w == "," {
			return true
		}
		if x.d.Tokens[j].Kind != segment.Quote {
			return false
		}
	}
	return false
}

func (x *extractor) skipListener(k, last int) int {
	for j := k; j < last && j < k+8; j++ {
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].First == j {
			j = x.md.Mentions[mi].Last - 1 // "told USA Today, ...": the listener's name
			continue
		}
		w := x.lower(j)
		switch w {
		case "that", ":", ",", "on", "in", "at", "during", "ahead", "after", "before", "when", "while", "last", "this", "yesterday", "today":
			return j
		}
		if x.d.Tokens[j].Kind == segment.Quote {
			return j
		}
	}
	return k
}

func (x *extractor) wordCount(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if x.d.Tokens[k].Kind == segment.Word || x.d.Tokens[k].Kind == segment.Number {
			n++
		}
	}
	return n
}

// attributionTail cuts the speaker's description off content that ends
// where the speaker's name starts: in '"...," chairman and chief executive
// X said' and "Prices will rise, the OECD said" the words after the
// closing comma ("chairman and chief executive", "the") describe the
// speaker and are not what was said. A quotation closed without a comma
// ('"a need for Cox-2" inhibitors') goes on in the sentence and is kept.
func (x *extractor) attributionTail(first, last int) int {
	for k := last - 1; k > first+1 && last-k <= 10; k-- {
		t := x.d.Tokens[k]
		if t.Kind == segment.Quote {
			if t.Has(segment.FlagClose) && k+1 < last && x.text(k-1) == "," {
				return k + 1
			}
			return last
		}
		if t.Has(segment.FlagInQuote) {
			return last
		}
		if t.Kind == segment.Punct {
			switch x.text(k) {
			case "'", "'s", "’", "’s", "-", ".":
				continue // "Atticus' David Slager", "vice-president", "U.S."
			case ",":
				return k
			}
			return last
		}
	}
	return last
}

// plain returns the words of tokens [from, to) without quotation marks and
// without the commas or periods that trail them.
func (x *extractor) plain(from, to int) string {
	if from >= to {
		return ""
	}
	var b strings.Builder
	// the words and single spaces never outgrow the span they come from
	b.Grow(int(x.d.Tokens[to-1].End - x.d.Tokens[from].Start))
	prevEnd := -1
	for k := from; k < to; k++ {
		t := x.d.Tokens[k]
		if t.Kind == segment.Quote {
			if prevEnd >= 0 && t.Has(segment.FlagSpaceBefore) {
				prevEnd = -2 // keep one space
			}
			continue
		}
		if b.Len() > 0 && (t.Has(segment.FlagSpaceBefore) || prevEnd == -2) {
			b.WriteByte(' ')
		}
		b.WriteString(x.d.Text[t.Start:t.End])
		prevEnd = int(t.End)
	}
	return strings.TrimRight(strings.TrimSpace(b.String()), ",;:—– ")
}

// twoWords reports whether s holds at least two words split by white
// space (len(strings.Fields(s)) >= 2, without building the fields).
func twoWords(s string) bool {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if n++; n == 2 {
				return true
			}
			in = true
		}
	}
	return false
}

func cleanQuote(q string) string {
	return strings.TrimRight(strings.TrimSpace(q), ",;:—– ")
}

// statementDate dates a statement by a date expression outside what was
// said; a bounding expression ("ahead of the May 16 meeting") leaves it
// unknown; with none, the article's reference date applies.
func (x *extractor) statementDate(si, cf, cl, v int, rule string) (kg.PartialDate, string) {
	x.dates = x.sentenceDates(si, false)
	bounded := false
	for _, e := range x.dates {
		if e.First >= cf && e.First < cl && !x.sayingDate(e, cf, cl) || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue
		}
		if x.speakerRelativeDate(si, e, v) {
			continue // "X, who leaves for Tokyo tomorrow, told Reuters": the leaving's
		}
		if x.participleDate(si, e, v) {
			continue // "pointing to data released yesterday, he said": the data's
		}
		if e.Rel != timex.At {
			bounded = true
			continue
		}
		return e.Date, rule
	}
	if bounded {
		return kg.PartialDate{}, rule
	}
	return x.ref, referenceDateRule(rule)
}

// speakerRelativeDate reports a date expression inside a relative clause
// on a person (", who ..." set off by commas) that does not hold the
// speech verb at v: it dates what the clause tells of that person, not
// the saying ("X, who returns to Rome on April 11, said ..."). The
// clause that holds the verb ("X, who said on Monday ...") is the
// saying's own.
func (x *extractor) speakerRelativeDate(si int, e timex.Expr, v int) bool {
	s := x.d.Sentences[si]
	for k := e.First - 1; k > s.First && k >= e.First-15; k-- {
		switch x.lower(k) {
		case ",", ";", ":", "—", "–", "(":
			return false
		case "who", "whom":
			if x.text(k-1) != "," || x.d.Tokens[k].Has(segment.FlagInQuote) {
				return false
			}
			if v < k {
				return true // "..., said X, who leaves on Monday"
			}
			for j := e.Last; j < v; j++ {
				if x.text(j) == "," {
					return true // the clause closes before the verb
				}
			}
			return false
		}
	}
	return false
}

// participleDate reports a date expression right after a past participle
// that follows a noun ("data released yesterday", "the package
// announced by X last week"): it dates what the noun names. A noun for
// the words themselves ("a statement issued on Monday", "its report
// released this week") makes the date the saying's.
func (x *extractor) participleDate(si int, e timex.Expr, v int) bool {
	s := x.d.Sentences[si]
	p := e.First - 1
	// "announced by Japanese Prime Minister X last week": over the agent
	for k := p; k > s.First && k > e.First-8; k-- {
		if t := x.d.Tokens[k]; x.mentionAt(k) < 0 && (t.Kind != segment.Word || !t.Has(segment.FlagCap)) {
			if x.lower(k) == "by" && k < p {
				p = k - 1
			}
			break
		}
	}
	if p-1 <= s.First || p == v || x.d.Tokens[p].Has(segment.FlagInQuote) {
		return false
	}
	switch x.lower(p) {
	case "released", "announced", "published", "issued", "unveiled", "reported", "imposed", "signed", "adopted", "approved", "introduced", "proposed":
	default:
		return false
	}
	n := p - 1
	t := x.d.Tokens[n]
	if t.Kind != segment.Word || t.Has(segment.FlagCap) || x.mentionAt(n) >= 0 {
		return false
	}
	w := x.lower(n)
	if functionWord(w) || fillers[w] || isDeterminerWord(w) || strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "he", "she", "it", "they", "we", "has", "had", "have", "was", "were", "is", "are", "be", "been", "also", "who", "which", "that",
		"statement", "statements", "advisory", "report", "letter", "interview", "release", "communique", "speech", "address", "note", "memo",
		"bulletin", "announcement", "post", "tweet", "message", "filing", "blog", "email", "video", "notice", "circular", "document", "paper", "survey", "poll", "study":
		return false
	}
	return true
}

// vagueSaying reports an adverb of vague earlier time on the speech verb
// at v: right before it over auxiliaries ("had previously said", "X
// recently told", "has in the past denied"), right after it ("said
// previously"), or opening the sentence ("Earlier, X said", "Speaking
// earlier in Lima, X said"). Such a saying has no date (GUIDELINES §9).
func (x *extractor) vagueSaying(si, v, cf, cl int) bool {
	s := x.d.Sentences[si]
	outside := func(k int) bool { // not in what was said, nor quoted
		return k >= s.First && k < s.Last && (k < cf || k >= cl) && !x.d.Tokens[k].Has(segment.FlagInQuote)
	}
	vagueWord := func(k int) bool {
		if !outside(k) {
			return false
		}
		switch x.lower(k) {
		case "previously", "recently", "formerly", "once":
			return true
		case "earlier":
			// "earlier in the day", "earlier in the morning": the
			// reference day's own time, not a vague one
			return !(x.lower(k+1) == "in" && x.lower(k+2) == "the")
		}
		return false
	}
	inThePast := func(k int) bool { // "in the past" ending at token k
		return k-2 >= s.First && x.lower(k) == "past" && x.lower(k-1) == "the" && x.lower(k-2) == "in" && outside(k-2)
	}
	for k := v - 1; k >= s.First && k >= v-5; k-- {
		if vagueWord(k) || inThePast(k) {
			return true
		}
		switch x.lower(k) {
		case "had", "has", "have", "also", "already", "publicly", "repeatedly", "both":
			continue
		case "the":
			if x.lower(k-1) == "in" && x.lower(k+1) == "past" {
				continue
			}
		case "in":
			if x.lower(k+1) == "the" && x.lower(k+2) == "past" {
				continue
			}
		}
		break
	}
	// after the verb only when the content opens next ("said earlier
	// that"), not "said recently spoke", where the adverb is the content's
	// (the content may start on the adverb: "said in the past that ...")
	if v+2 < s.Last && !x.d.Tokens[v+1].Has(segment.FlagInQuote) {
		switch w := x.lower(v + 1); {
		case w == "previously" || w == "recently" || w == "formerly" || w == "earlier" && x.lower(v+2) != "in":
			return x.contentOpens(v + 2)
		case w == "in" && v+4 < s.Last && x.lower(v+2) == "the" && x.lower(v+3) == "past":
			return x.contentOpens(v + 4)
		}
	}
	f := s.First
	if x.lower(f) == "speaking" || x.lower(f) == "writing" {
		f++
	}
	return f < v && (vagueWord(f) && x.lower(f) != "once" && (f > s.First || x.text(f+1) == ",") || x.lower(f) == "in" && inThePast(f+2) && x.text(f+3) == ",")
}

// contentOpens: token k opens what was said after a verb and its
// adverb: "that", a comma or colon, a quotation mark, a preposition of
// the occasion ("in a speech", "to reporters"), or the sentence end.
func (x *extractor) contentOpens(k int) bool {
	if k >= len(x.d.Tokens) || x.d.Tokens[k].Kind == segment.Quote {
		return true
	}
	switch x.lower(k) {
	case "that", ",", ":", ".", "in", "on", "at", "to":
		return true
	}
	return false
}

// about lists the actors named in what was said, other than the speaker.
func (x *extractor) about(span Span, cf, cl, speaker int) []int {
	var out []int
	seen := map[int]bool{speaker: true}
	for si := span.First; si <= span.Last; si++ {
		for _, mi := range x.bySent[si] {
			m := &x.md.Mentions[mi]
			inContent := m.First >= cf && m.First < cl
			if !inContent && !m.InQuote {
				continue
			}
			if m.Kind == mentions.Pronoun || m.Kind == mentions.Surname || m.InTitle {
				continue
			}
			e := m.Entity
			if e < 0 || seen[e] || x.cr.Entities[e].IsPlace() {
				continue
			}
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

func isDash(w string) bool { return w == "-" || w == "—" || w == "–" || w == "--" }

// nameAfter: a capitalised word that no list knows follows token k-1
// (at k), and it is no verb or function word: the start of a name
// ("Russian Dmitri Orlov"), not "The U.S. Has said".
func (x *extractor) nameAfter(k int) bool {
	if k >= len(x.d.Tokens) {
		return false
	}
	t := x.d.Tokens[k]
	if t.Kind != segment.Word || !t.Has(segment.FlagCap) || x.mentionAt(k) >= 0 {
		return false
	}
	w := x.lower(k)
	return !fillers[w] && !functionWord(w) && !mentions.IsSpeechVerb(w) && !isDeterminerWord(w)
}

// namedAfter: entity e is named by name after the verb v in its
// sentence; a pronoun subject of v is then someone else ("he claims
// Ferguson should be punished").
func (x *extractor) namedAfter(e, v, last int) bool {
	for k := v + 1; k < last; k++ {
		if w := x.text(k); w == "," || w == ";" || w == "—" || w == "–" {
			return false // another clause: "he accused X of lying, after a row about what Y should do"
		}
		if mi := x.mentionAt(k); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.Entity == e && (m.Kind == mentions.Person || m.Kind == mentions.Surname) && !m.InQuote {
				return true
			}
			k = m.Last - 1
		}
	}
	return false
}

// futureSpeech: base forms of speech verbs that report a speech given
// in advance ("he will argue", "X is to tell the conference").
func futureSpeech(w string) bool {
	switch w {
	case "say", "tell", "argue", "insist", "warn", "urge", "claim", "announce", "acknowledge", "admit", "stress", "suggest", "pledge", "promise", "vow", "declare", "predict", "criticise", "criticize", "accuse":
		return true
	}
	return false
}

// asSaying: the participle of "quoted X as ...": "saying", "telling Y",
// "replying", "stating".
func asSaying(w string) bool {
	switch w {
	case "saying", "telling", "replying", "stating", "arguing", "warning", "adding", "insisting", "describing", "calling", "predicting", "suggesting", "denying", "confirming":
		return true
	}
	return false
}

// willBefore: "will" (or "is to", "are to") right before the verb, with
// at most an adverb between: "he will also argue", "X is to tell".
func (x *extractor) willBefore(v int) bool {
	k := v - 1
	if k >= 0 && (x.lower(k) == "also" || x.lower(k) == "then" || x.lower(k) == "today" || strings.HasSuffix(x.lower(k), "ly")) {
		k--
	}
	if k < 0 {
		return false
	}
	switch x.lower(k) {
	case "will", "'ll":
		return true
	case "to":
		if k-1 >= 0 && (x.lower(k-1) == "is" || x.lower(k-1) == "are") {
			return true
		}
		// "X is expected to say", "is due to tell", "is set to warn":
		// a speech announced in advance, when what follows is its content
		// (not "is set to announce results")
		if k-2 >= 0 && (x.lower(k-2) == "is" || x.lower(k-2) == "are") {
			switch x.lower(k - 1) {
			case "expected", "due", "set", "going":
				return x.lower(v) != "announce" || x.clauseFollows(v)
			}
		}
	}
	return false
}

// confirmVerb: verbs whose object alone is what was said ("acknowledged
// the deal", "denied the claims").
func confirmVerb(w string) bool {
	switch w {
	case "acknowledged", "acknowledges", "confirmed", "confirms", "denied", "denies", "admitted", "admits":
		return true
	}
	return false
}

// qualifiedPerson looks right of a body's or country's mention mi over a
// few lower-case words: a person's name there is the one the body
// qualifies ("FCA board member X"); a plural noun for people means
// unnamed people speak ("CAC and Westpac officials"). It returns the
// person's mention (or -1) and whether unnamed people were found.
func (x *extractor) qualifiedPerson(si, mi int) (int, bool) {
	s := x.d.Sentences[si]
	m := &x.md.Mentions[mi]
	for k := m.Last; k < s.Last && k < m.Last+5; k++ {
		if pm := x.mentionAt(k); pm >= 0 {
			p := &x.md.Mentions[pm]
			if p.Kind == mentions.Person && k > m.Last && !p.InQuote && !p.Possessive {
				return int(pm), false
			}
			if x.lower(k-1) != "and" {
				return -1, false
			}
			k = p.Last - 1
			continue
		}
		t := x.d.Tokens[k]
		w := x.lower(k)
		if t.Kind != segment.Word {
			return -1, false
		}
		switch w {
		case "officials", "sources", "spokesmen", "executives", "analysts", "members", "leaders", "staff", "workers", "officers", "diplomats", "ministers", "aides", "lawyers", "negotiators", "delegates", "representatives":
			return -1, true
		}
		if t.Has(segment.FlagCap) && k > m.Last && w != "and" && !fillers[w] && !functionWord(w) {
			return -1, true // "Liberal Democrat peer Lord Greaves": a person the lists do not know
		}
		if w != "and" && (t.Has(segment.FlagCap) || fillers[w] || functionWord(w) || mentions.IsSpeechVerb(w) || strings.HasSuffix(w, "ed")) {
			return -1, false // "the White House clarified ...": a verb, not a post
		}
	}
	return -1, false
}

// saidBefore: a verb of speech (outside quotations) before token v in the
// sentence: "Texaco said the SEC will urge ...": the plan is Texaco's
// report.
func (x *extractor) saidBefore(first, v int) bool {
	for k := first; k < v; k++ {
		if !x.d.Tokens[k].Has(segment.FlagInQuote) && mentions.IsSpeechVerb(x.lower(k)) {
			return true
		}
	}
	return false
}

// speakingBody: lower-case head nouns of bodies that speak in news
// ("the commission said", "the ministry said").
func speakingBody(w string) bool {
	switch w {
	case "commission", "ministry", "department", "agency", "bureau", "institute", "bank", "fund", "council", "committee", "board", "authority", "court", "federation", "association", "company", "group", "union", "party":
		return true
	}
	return false
}

// bodyNamed returns the one organization of the article whose name ends
// with the head noun w ("the ministry": the Finance Ministry), or -1 when
// none or several do.
func (x *extractor) bodyNamed(w string) int {
	head := strings.ToUpper(w[:1]) + w[1:]
	// names ending in the word first; "Ministry of Trade" only when no
	// name does ("the court" of a story naming the Supreme Court and a
	// Court of Appeals is the Supreme Court it spoke of)
	for pass := 0; pass < 2; pass++ {
		found := -1
		for i := range x.cr.Entities {
			e := &x.cr.Entities[i]
			if e.Kind != kg.KindOrganization {
				continue
			}
			if pass == 0 && !(e.Name == head || strings.HasSuffix(e.Name, " "+head) || w == "company" && firmName(e.Name)) {
				continue
			}
			if pass == 1 && !headBeforeOf(e.Name, head) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = i
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// firmName: a company's name by its legal ending ("Acme Corp", "Beta
// Holdings Inc"): "the company" of a story that names one firm.
func firmName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	switch strings.TrimSuffix(name[i+1:], ".") {
	case "Inc", "Corp", "Co", "Ltd", "Company", "Corporation", "plc", "PLC", "Plc", "AG", "SA", "NV", "Group", "Holdings", "GmbH", "Bhd", "Pty":
		return true
	}
	return false
}

// headBeforeOf: a body named by its head noun and an "of" or "on"
// phrase ("Ministry of Trade", "Commission on Fair Games") is "the
// ministry", "the commission" of its story. Banks, funds, companies and
// groups are left out: "the bank" of a story naming a central bank may
// be a lender the story names otherwise.
func headBeforeOf(name, head string) bool {
	switch head {
	case "Bank", "Fund", "Company", "Group":
		return false
	}
	for _, p := range []string{" of ", " on "} {
		if strings.HasPrefix(name, head+p) || strings.Contains(name, " "+head+p) {
			return true
		}
	}
	return false
}

// uniqueInts drops repeats, keeping the first of each.
func uniqueInts(xs []int) []int {
	out := xs[:0:0]
	for _, v := range xs {
		dup := false
		for _, o := range out {
			if o == v {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

// speakerOfRelative returns the speaker a relative pronoun at token k
// stands for, or -1: "X, who said", "X of Acme, who said", "X, an
// expert at Acme, who said" (a person: "who"); "Acme, which said" (a
// body or country named right before: "which"). Acts rather than words
// ("which declared a moratorium", "which maintains a list") are left out.
func (x *extractor) speakerOfRelative(si, k, v int) int {
	s := x.d.Sentences[si]
	switch x.lower(v) {
	case "declared", "declares", "maintained", "maintains":
		if x.lower(k) == "which" && !x.clauseFollows(v) && !x.finiteAhead(v, s.Last) {
			return -1
		}
	}
	j := k - 1
	if j >= s.First && x.text(j) == "," {
		j--
	}
	if j < s.First {
		return -1
	}
	mi := x.mentionAt(j)
	if mi < 0 || x.md.Mentions[mi].Last != j+1 {
		return -1
	}
	m := &x.md.Mentions[mi]
	if m.InQuote || m.Possessive || m.InTitle {
		return -1
	}
	if x.lower(k) == "which" {
		// "the report of Acme, which said" is the report: the body must
		// head its phrase
		f := m.First
		for f > s.First && x.lower(f-1) == "the" {
			f--
		}
		if f > s.First {
			switch x.lower(f - 1) {
			case "of", "on", "about", "over", "against", "into", "regarding", "towards", "toward":
				// "a report on Ruvania, which said": the report
				return -1
			}
		}
		if (m.Kind == mentions.Org || m.Kind == mentions.Country) && !x.modifier(int(mi)) {
			return int(mi)
		}
		return -1
	}
	if m.Kind == mentions.Person {
		if x.relativeOf(si, m.TitledFirst()) {
			return -1 // "a niece of X, who claimed": the niece speaks
		}
		return int(mi)
	}
	if m.Kind != mentions.Org && m.Kind != mentions.Country && m.Kind != mentions.Place {
		return -1
	}
	f := m.First
	for f > s.First && x.lower(f-1) == "the" {
		f--
	}
	if f-2 >= s.First && (x.lower(f-1) == "of" || x.lower(f-1) == "at") {
		// "X of Acme, who said"
		if pm := x.mentionAt(f - 2); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == f-1 && !x.md.Mentions[pm].Possessive && !x.ofBefore(si, int(x.md.Mentions[pm].First)) {
			return int(pm)
		}
	}
	// "X, an expert at Acme, who said": a person, then an apposition
	// opened by an article
	for c := m.First - 1; c > s.First && c >= m.First-12; c-- {
		if x.d.Tokens[c].Has(segment.FlagInQuote) {
			return -1
		}
		if x.text(c) != "," {
			continue
		}
		switch x.lower(c + 1) {
		case "a", "an", "the":
		default:
			return -1
		}
		if pm := x.mentionAt(c - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == c && !x.md.Mentions[pm].Possessive {
			return int(pm)
		}
		return -1
	}
	return -1
}

// relativeOf: the name starting at token k is the object of "of" after
// a noun of kinship or of a private tie ("a niece of", "the lawyer of",
// "a friend of X's rival"), within its comma-delimited stretch: the
// person the noun describes is someone else.
func (x *extractor) relativeOf(si, k int) bool {
	s := x.d.Sentences[si]
	for j := k - 1; j > s.First && j >= k-8 && x.text(j) != ","; j-- {
		if x.lower(j) != "of" {
			continue
		}
		switch x.lower(j - 1) {
		case "niece", "nephew", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow", "widower", "friend", "relative", "lawyer", "attorney", "aide", "partner", "girlfriend", "boyfriend", "fiancee", "fiancée", "spouse", "child", "parent":
			return true
		}
		return false
	}
	return false
}

// prepObjectEnd: token j ends a name that is the object of a
// preposition ("praised the plan on Twitter and warned"): the "and"
// after it joins verbs, not names of speakers.
func (x *extractor) prepObjectEnd(j int) bool {
	mi := x.mentionAt(j)
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	if m.Last != j+1 || m.First < 1 {
		return false
	}
	f := m.First
	if x.lower(f-1) == "the" && f > 1 {
		f--
	}
	switch x.lower(f - 1) {
	case "on", "in", "at", "via", "from", "with", "to":
		return true
	}
	return false
}

// ofBefore: an "of" in the three tokens before token k, within its
// comma-delimited stretch ("the daughter of King X of Ruvania, who said": X is not the
// one who speaks).
func (x *extractor) ofBefore(si, k int) bool {
	s := x.d.Sentences[si]
	for j := k - 1; j >= s.First && j >= k-3 && x.text(j) != ","; j-- {
		if x.lower(j) == "of" {
			return true
		}
	}
	return false
}

// callOnTo: "called on X to do": who is called on, then an infinitive
// within a few words; not a date ("called on Monday for ..."), not a
// visit ("called on the family at home").
func (x *extractor) callOnTo(v, last int) bool {
	k := v + 2
	if k >= last || x.g.Weekday(x.text(k)) > 0 || x.g.Month(x.text(k)) > 0 || x.d.Tokens[k].Kind == segment.Number {
		return false
	}
	for j := k + 1; j < last && j <= k+10; j++ {
		if x.d.Tokens[j].Kind != segment.Word || x.d.Tokens[j].Has(segment.FlagInQuote) {
			return false
		}
		if x.lower(j) == "to" {
			return j+1 < last && x.d.Tokens[j+1].Kind == segment.Word && !x.d.Tokens[j+1].Has(segment.FlagCap) && !isDeterminerWord(x.lower(j+1))
		}
	}
	return false
}

// praiseBlame verbs judge in words what their object did or is.
func praiseBlame(w string) bool {
	switch w {
	case "lauded", "lauds", "commended", "commends", "decried", "decries", "lambasted", "lambasts", "derided", "derides":
		return true
	}
	return false
}

// passiveSpeech verbs name their speaker after "by" in the passive: "the
// claim was denied by X", "his death was announced by X", "the plan was
// described by X as ...". Not "confirmed": "was confirmed by the
// Senate" is a vote.
func passiveSpeech(w string) bool {
	switch w {
	case "denied", "announced", "described", "condemned", "criticised", "criticized", "praised":
		return true
	}
	return false
}

// declinedComment: "declined to comment", "declined comment", "refused to
// be drawn" after the verb at v.
func (x *extractor) declinedComment(v int) bool {
	switch x.lower(v + 1) {
	case "comment":
		return true
	case "to":
		return x.lower(v+2) == "comment" || x.lower(v+2) == "be" && x.lower(v+3) == "drawn"
	}
	return false
}

// obligation: a modal of duty or possibility before the verb at v, over
// adverbs ("should personally make clear", "could make it clear"): what
// someone ought to say, not what was said.
func (x *extractor) obligation(v int) bool {
	k := v - 1
	for k >= 0 && strings.HasSuffix(x.lower(k), "ly") && len(x.lower(k)) > 4 {
		k--
	}
	switch x.lower(k) {
	case "should", "must", "could", "might", "may", "ought":
		return true
	}
	return false
}

// proposedThat: "proposed that ...", "proposed on Saturday that",
// "proposed in a letter to X that": the clause of what was put forward,
// right after the verb or after an adverb or a prepositional phrase
// (not "proposed new rules that would ...", where "that" opens a
// relative clause of the thing proposed).
func (x *extractor) proposedThat(v, last int) bool {
	k := v + 1
	if k < last && x.lower(k) != "that" {
		w := x.lower(k)
		if !isPreposition(w) && w != "to" && !(strings.HasSuffix(w, "ly") && len(w) > 4) {
			return false
		}
	}
	for ; k < last && k <= v+15; k++ {
		if x.lower(k) == "that" {
			return !x.d.Tokens[k].Has(segment.FlagInQuote)
		}
		if x.text(k) == "," || x.text(k) == ";" || x.d.Tokens[k].Kind == segment.Quote {
			return false
		}
	}
	return false
}

// countryInName reports a country's mention mi right after a capitalised
// word that no list knows and that is no stop word ("Athletics
// Ireland"), or right after a possessive ("AGA's German"): the
// last word of a body's or a person's name, not the country.
func (x *extractor) countryInName(si, mi int) bool {
	m := &x.md.Mentions[mi]
	p := int(m.First) - 1
	if p < x.d.Sentences[si].First {
		return false
	}
	if t := x.text(p); t == "'s" || t == "’s" {
		return true
	}
	tk := x.d.Tokens[p]
	if pm := x.mentionAt(p); pm >= 0 && x.md.Mentions[pm].Kind != mentions.Surname {
		return false
	}
	w := x.text(p)
	return tk.Kind == segment.Word && tk.Has(segment.FlagCap) && !tk.Has(segment.FlagAllCaps) && !tk.Has(segment.FlagInQuote) && !x.g.IsStop(w) && x.g.Month(w) == 0 && x.g.Weekday(w) == 0 && !isDeterminerWord(x.lower(p))
}

// speechObject: the object of the verb at v (over a particle such as
// "off", "aside", "down", and up to three modifiers: "the", "these
// latest", "Labour's", "such") is a noun for words said: "claims",
// "suggestions", "reports", "allegations", "criticism", "speculation".
func (x *extractor) speechObject(v, last int) bool {
	k := v + 1
	switch x.lower(k) {
	case "off", "aside", "down":
		k++
	}
	for n := 0; k < last && n <= 3; k, n = k+1, n+1 {
		if x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		switch x.lower(k) {
		case "claims", "claim", "suggestions", "suggestion", "reports", "report", "allegations", "allegation", "accusations", "accusation",
			"criticism", "criticisms", "charges", "speculation", "rumours", "rumors", "rumour", "rumor", "remarks", "comments", "statements", "assertions", "fears", "concerns", "warnings", "calls":
			return true
		}
	}
	return false
}

// restatedWords: what "reaffirmed"/"repeated" at v takes is words: a
// clause ("that"), or a possessive or article before a noun for a
// stance ("its commitment", "his call", "the government's opposition").
func (x *extractor) restatedWords(v int) bool {
	k := v + 1
	if x.lower(k) == "that" {
		// "repeated that the plan ...", not "repeats that in Madrid"
		return k+1 < len(x.d.Tokens) && (x.d.Tokens[k+1].Kind == segment.Word || x.d.Tokens[k+1].Has(segment.FlagOpen)) && !isPreposition(x.lower(k+1))
	}
	for n := 0; n <= 3 && k < len(x.d.Tokens); k, n = k+1, n+1 {
		if x.d.Tokens[k].Kind != segment.Word && x.text(k) != "'s" && x.text(k) != "’s" {
			return false
		}
		switch x.lower(k) {
		case "call", "calls", "demand", "demands", "view", "views", "pledge", "warning", "warnings", "claim", "claims", "criticism", "opposition",
			"support", "position", "stance", "commitment", "assurance", "assurances", "offer", "belief", "insistence", "denial", "appeal", "promise", "threat":
			return true
		}
	}
	return false
}

// bareSuffix: a company's legal ending at token k that is no name of its
// own (no mention, or only the lone head word "Corp").
func (x *extractor) bareSuffix(k int) bool {
	if !mentions.LegalSuffix(x.text(k)) {
		return false
	}
	mi := x.mentionAt(k)
	return mi < 0 || x.md.Mentions[mi].ShortForm && x.md.Mentions[mi].Last == k+1 && x.md.Mentions[mi].First == k
}

// tradeNoun: nouns that name a company by its trade ("the airline", "the
// carmaker", "the retailer").
func tradeNoun(w string) bool {
	switch w {
	case "airline", "carrier", "insurer", "retailer", "carmaker", "automaker", "manufacturer", "maker", "producer", "supplier", "operator",
		"broadcaster", "publisher", "brewer", "miner", "chipmaker", "drugmaker", "utility", "lender", "developer", "distributor", "conglomerate":
		return true
	}
	return false
}

// sayingDate reports a day that opens a content with no "that" right
// after the verb of saying ("X indicated on Monday the chances were
// slim"): news prose puts the time of the saying there, so it dates the
// saying, not what is said, when it is a day of the month up to the
// story's date. A day ahead or long past ("said on April 10 it will
// redeem", "said on February 1 the average value stood at") is what is
// said; so is a possessive ("Monday's talks").
func (x *extractor) sayingDate(e timex.Expr, cf, cl int) bool {
	on := e.First
	if x.lower(on) != "on" {
		on--
	}
	if on != cf || x.lower(on) != "on" || e.Last >= cl || e.Rel != timex.At || e.Date.Precision() != kg.PrecisionDay || !x.recentPast(e.Date) {
		return false
	}
	if on == 0 || !mentions.IsSpeechVerb(x.lower(on-1)) {
		return false
	}
	return !x.d.Tokens[e.Last-1].Has(segment.FlagPossessive) && x.lower(e.Last) != "that"
}

// frameWord: the words that findFrames' verb cases compare the word
// with. Any other word (and not a speech, quote, "as", inform or future
// speech verb) matches no case, so it skips the switch, which otherwise
// runs for every word outside quotations. A word added to a case belongs
// here too (TestFrameWordCoversTheSwitch checks).
func frameWord(w string) bool {
	switch w {
	case "accused", "agreed", "agrees", "alleged", "alleges", "apologised", "apologized", "appealed", "blamed", "blames", "brushed", "brushes", "call", "called", "calls", "cited", "cites", "claim", "claimed", "claims", "concluded", "concludes", "congratulated", "contended", "contends", "criticised", "criticized", "declined", "declines", "demanded", "denies", "described", "describes", "disclosed", "discloses", "dismissed", "dismisses", "downplayed", "echoed", "encouraged", "endorsed", "endorses", "expressed", "expresses", "hailed", "hinted", "hints", "hit", "made", "make", "makes", "observed", "paid", "pays", "played", "plays", "pledging", "pointed", "praised", "promising", "lauded", "lauds", "commended", "commends", "decried", "decries", "lambasted", "lambasts", "derided", "derides", "referred", "refers", "proposed", "proposes", "protested", "questioned", "questions", "reaffirmed", "reaffirms", "refused", "refuses", "rejected", "rejects", "repeated", "repeats", "reported", "reports", "retorted", "revealed", "reveals", "ruled", "rules", "speaks", "speculated", "spoke", "talked", "testified", "testifies", "thanked", "voiced", "vowing", "welcomed", "welcomes", "went":
		return true
	}
	return false
}

// reportedClause: the words after "reported" at v are a clause of what
// was said: "that" (after a time or a venue at most: "reported on Monday
// that"), or a subject and a finite verb ("reported the tremor came
// ..."). "Reported to", "reported a loss of" and "reports said" (the
// noun) are none.
func (x *extractor) reportedClause(v, last int) bool {
	if v+1 >= last || mentions.IsSpeechVerb(x.lower(v+1)) {
		return false
	}
	if x.lower(v) == "reports" {
		// the noun: "Tanjug reports showed ...", "told Reuters reports
		// that ...", "other Acme reports"
		switch x.lower(v + 1) {
		case "show", "showed", "shows", "suggest", "suggested", "suggests", "indicate", "indicated", "indicates", "were", "are", "have", "had":
			return false
		}
		if mi := x.mentionAt(v - 1); mi >= 0 && x.md.Mentions[mi].Last == v {
			if f := x.md.Mentions[mi].TitledFirst(); f > 0 {
				switch p := x.lower(f - 1); {
				case mentions.IsSpeechVerb(p), p == "other", p == "recent", p == "earlier", p == "these", p == "those", p == "several", p == "many", p == "some", p == "such", p == "two", p == "three":
					return false
				}
			}
		}
	}
	for k := v + 1; k < last && k <= v+6; k++ {
		if x.lower(k) == "that" && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			return true
		}
		if !x.skippable(k) || x.lower(k) == "to" {
			break
		}
	}
	return x.finiteAhead(v, last)
}

// personBeforePhrase returns the person whose name opens the clause and
// is followed by "of", "from" or "at" and a phrase of the body or place
// that ends at token k, right before the verb, or -1: "X of the city's
// water authority said", "X of the University of Y in Z also said", "X
// of Rogaland Fire and Rescue said". The phrase holds no comma,
// quotation, clause word or other person; a possessive before a noun
// for a person ("X of Acme's lawyer") makes that one the subject.
func (x *extractor) personBeforePhrase(si, k int) int {
	s := x.d.Sentences[si]
	if k-1 > s.First && x.text(k) == "," && x.text(k-1) == ")" {
		k-- // "X of the Y Institute (YI), announced": a stray comma
	}
	for j := k; j >= s.First && j > k-16; j-- {
		t := x.d.Tokens[j]
		if pm := x.mentionAt(j); pm >= 0 {
			p := &x.md.Mentions[pm]
			if p.Kind != mentions.Person && p.Kind != mentions.Pronoun {
				j = p.First
				continue
			}
			if p.Kind != mentions.Person || p.InQuote || p.Possessive || p.Last > k {
				return -1
			}
			switch x.lower(p.Last) {
			case "of", "from", "at":
			default:
				return -1
			}
			if n := p.Last + 1; x.lower(n) != "the" && !x.d.Tokens[n].Has(segment.FlagCap) {
				return -1 // "X from time to time said"
			}
			start := x.nameFirst(p, s.First)
			if start > s.First && !x.clauseOpens(s.First, start) {
				return -1
			}
			return int(pm)
		}
		if t.Has(segment.FlagInQuote) {
			return -1
		}
		w := x.lower(j)
		switch {
		case w == "'s" || w == "’s":
			if unnamedPerson(x.lower(j + 1)) {
				return -1 // "X of Acme's lawyer said": the lawyer speaks
			}
		case w == "(" || w == ")" || w == "&" || w == "-":
		case t.Kind == segment.Number:
		case t.Kind != segment.Word:
			return -1
		case w == "who" || w == "which" || w == "that" || w == "whose" || w == "when" || w == "while" || mentions.IsSpeechVerb(w):
			return -1
		case auxiliary(w):
			return -1 // "X from Y had the most pledged delegates": a clause of its own
		case !t.Has(segment.FlagCap) && len(w) > 4 && strings.HasSuffix(w, "ed") && !isDeterminerWord(x.lower(j-1)):
			return -1 // a past verb, not "the combined group"
		}
	}
	return -1
}

// auxiliary: a verb that opens a verb phrase of its own ("X from Y had
// ..."): a phrase of a body read back from the verb stops there.
func auxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do", "be", "been", "being":
		return true
	}
	return false
}

// passiveQuotedAs reads "X was quoted (by Y, on Sunday) as saying ...",
// the passive of "Y quoted X as saying": the subject speaks. The words
// are before the attribution or after "saying".
func (x *extractor) passiveQuotedAs(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	as := -1
	for k := v + 1; k+1 < s.Last && k <= v+14; k++ {
		if t := x.d.Tokens[k]; t.Kind == segment.Quote || t.Has(segment.FlagInQuote) || x.text(k) == "," || x.text(k) == ";" || x.text(k) == ":" {
			break
		}
		if x.lower(k) == "as" && asSaying(x.lower(k+1)) {
			as = k
			break
		}
	}
	if as < 0 {
		return frame{}, false
	}
	subj := x.subjectMention(si, v)
	if subj < 0 {
		return frame{}, false
	}
	e := x.actor(subj)
	if e < 0 {
		return frame{}, false
	}
	m := &x.md.Mentions[subj]
	first := x.nameFirst(m, s.First)
	return frame{speaker: e, speakerMi: subj, attrFirst: first, attrLast: as + 2, verb: v, rule: "statement:quoted-as-saying", personLike: x.isPerson(e)}, true
}

// nameFirst returns the first token of mention m with its title and its
// honorific ("Mr", "Dr": the honorific's tokens lie before TitledFirst),
// not before token floor: where a clause the name opens begins.
func (x *extractor) nameFirst(m *mentions.Mention, floor int) int {
	first := m.TitledFirst()
	if m.Hon != "" {
		for first > floor && int(x.d.Tokens[first-1].Start) >= m.HonStart {
			first--
		}
	}
	return first
}

// closedOfPhrase returns the last token of the body or place that ends a
// person's "of" phrase right before the comma at token c ("Senator X of
// New Jersey, said", "X of the Y Institute (YI), said"), when the person
// opens the sentence or follows a comma, else -1. The comma then closes
// the person's apposition or description, not a clause of its own.
func (x *extractor) closedOfPhrase(si, c int) int {
	s := x.d.Sentences[si]
	k := c - 1
	if k > s.First && x.text(k) == ")" {
		// "(NIAID)": the body's short form in parentheses
		for j := k - 1; j > s.First && j >= k-4; j-- {
			if x.text(j) == "(" {
				k = j - 1
				break
			}
		}
	}
	if k <= s.First {
		return -1
	}
	bm := x.mentionAt(k)
	if bm < 0 {
		return -1
	}
	b := &x.md.Mentions[bm]
	if b.Last != k+1 || b.Possessive || b.InQuote || (b.Kind != mentions.Org && b.Kind != mentions.Country && b.Kind != mentions.Place) {
		return -1
	}
	of := b.First - 1
	if cm := x.mentionAt(of); of > s.First && cm >= 0 && x.md.Mentions[cm].Last == b.First && !x.md.Mentions[cm].Possessive &&
		(x.md.Mentions[cm].Kind == mentions.Country || x.md.Mentions[cm].Kind == mentions.Place) {
		// "of the United States National Institute of ...": the
		// country word before the body's name
		of = x.md.Mentions[cm].First - 1
	}
	if x.lower(of) == "the" {
		of--
	}
	if of-1 < s.First || x.lower(of) != "of" {
		return -1
	}
	pm := x.mentionAt(of - 1)
	if pm < 0 {
		return -1
	}
	p := &x.md.Mentions[pm]
	if p.Kind != mentions.Person || p.Last != of || p.InQuote || p.InTitle || p.Possessive {
		return -1
	}
	if first := x.skipAdverbials(s.First, p.First-1); !(p.First == s.First || first < s.First || x.commaBefore(si, p.First)) {
		return -1
	}
	return k
}

// subjectBodyBefore: "the company said", "the airline announced" opening
// a clause is the body that is the subject of one of the two sentences
// before, when the noun fits it and no other body it fits is named from
// there on ("Acme recalled 500 cars. The company said ..."; GUIDELINES
// 19.24: a class noun pointing back to a body named as subject is read
// like a pronoun). -1 otherwise.
func (x *extractor) subjectBodyBefore(si, the int, head string) int {
	if x.d.Tokens[the].Has(segment.FlagInQuote) {
		return -1
	}
	for k := the + 1; k < the+4 && k < len(x.d.Tokens); k++ {
		if w := x.lower(k); w == head {
			if nx := x.lower(k + 1); nx == "daily" || nx == "weekly" || nx == "monthly" {
				return -1 // "the party daily said": a newspaper
			}
			break
		}
	}
	return x.bodyBefore(si, the, 2, func(e *coref.Entity) bool { return bodyFits(head, e) })
}

// itSubjectBody: "It said" opening a sentence right after one whose
// subject is a body or country is that body, on the terms of
// subjectBodyBefore ("The Fed kept rates low on Wednesday. It announced
// ..."), when nothing has spoken before for lastBody to go on with.
func (x *extractor) itSubjectBody(si, k int) int {
	s := x.d.Sentences[si]
	if k != s.First || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return -1
	}
	if v := x.skipAdverbialsFwd(k + 1); x.lower(v) == "added" || x.lower(v) == "adds" {
		return -1 // "It added reserves": with no one speaking before, more often an act than words
	}
	return x.bodyBefore(si, k, 1, func(e *coref.Entity) bool {
		return e.Kind == kg.KindOrganization || e.Kind == kg.KindCountry
	})
}

// bodyBefore is the body fits accepts that is the subject of one of the
// back sentences before sentence si, with no other such body named from
// there to token the, none that spoke before, nobody else speaking in
// that sentence, and no background "X is a ..." in it; else -1.
func (x *extractor) bodyBefore(si, the, back int, fits func(e *coref.Entity) bool) int {
	s := x.d.Sentences[si]
	if !x.opensClause(s.First, the) {
		return -1
	}
	e, from := -1, -1
	for j := si - 1; j >= 0 && j >= si-back; j-- {
		sub := x.sentenceSubject(j, x.d.Sentences[j].Last)
		if sub < 0 {
			continue
		}
		a := x.actor(sub)
		if a < 0 || !fits(&x.cr.Entities[a]) {
			return -1
		}
		if be := x.md.Mentions[sub].Last; (x.lower(be) == "is" || x.lower(be) == "was") && isDeterminerWord(x.lower(be+1)) {
			return -1 // "Beta is a family-owned firm ...": background on another body
		}
		if m := &x.md.Mentions[sub]; m.Kind == mentions.Country {
			// "The US firm is thought to ...", "The U.S. private sector
			// should ...": a country word before a noun is no subject
			if nx := x.lower(m.Last); !(nx == "government" || auxiliary(nx) || strings.HasSuffix(nx, "ed") || strings.HasSuffix(nx, "s") || x.d.Tokens[m.Last].Kind != segment.Word) {
				return -1
			}
		}
		e, from = a, j
		break
	}
	if e < 0 {
		return -1
	}
	spoke := false
	for i := range x.out.Statements {
		st := &x.out.Statements[i]
		if sp := st.Speaker; sp != e && fits(&x.cr.Entities[sp]) {
			return -1 // "Acme said it sold Beta Corp. Beta makes ... The company said": Acme may go on
		}
		if st.Speaker == e && st.Span.First <= from && from <= st.Span.Last {
			spoke = true
		}
	}
	if !spoke {
		// "Beta will underwrite the issue, it said": someone else speaks
		// in the subject's sentence
		ps := x.d.Sentences[from]
		for k := ps.First; k < ps.Last; k++ {
			if t := x.d.Tokens[k]; t.Kind == segment.Word && !t.Has(segment.FlagInQuote) && mentions.IsSpeechVerb(x.lower(k)) {
				return -1
			}
		}
	}
	// no other body the noun fits named since: "the company" could be it
	for j := from; j <= si; j++ {
		for _, mi := range x.bySent[j] {
			m := &x.md.Mentions[mi]
			if j == si && m.First >= the {
				break
			}
			if a := x.actor(mi); a >= 0 && a != e && fits(&x.cr.Entities[a]) {
				return -1
			}
		}
	}
	return e
}

// skipAdverbialsFwd walks right from token k over the auxiliaries and
// adverbs skipAdverbials passes over ("it has also added"), to the verb.
func (x *extractor) skipAdverbialsFwd(k int) int {
	for k < len(x.d.Tokens) {
		w := x.lower(k)
		if !(auxiliary(w) || w == "also" || w == "then" || w == "later" || len(w) > 4 && strings.HasSuffix(w, "ly")) {
			break
		}
		k++
	}
	return k
}

// pairHead maps the plural nouns "the two ..." or "both ..." use for two
// bodies to the singular bodyFits knows ("" for countries).
func pairHead(w string) (string, bool) {
	switch w {
	case "companies":
		return "company", true
	case "agencies":
		return "agency", true
	case "ministries":
		return "ministry", true
	case "firms", "banks", "groups", "exchanges", "unions", "organisations", "organizations":
		return strings.TrimSuffix(w, "s"), true
	case "airlines", "carriers", "utilities", "insurers", "carmakers", "automakers", "retailers":
		return "company", true
	case "countries", "nations", "governments":
		return "", true
	}
	return "", false
}

// bodyPairFrame reads "The two companies said", "Both banks said" opening
// a clause: when the sentence and the two before name exactly two bodies
// the noun fits, each speaks.
func (x *extractor) bodyPairFrame(si, v int) (frame, bool) {
	s := x.d.Sentences[si]
	k := x.skipAdverbials(s.First, v-1)
	if k-1 < s.First || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return frame{}, false
	}
	if mi := x.mentionAt(k); mi >= 0 && x.md.Mentions[mi].Kind != mentions.Pair {
		return frame{}, false // the mention finder reads "the two companies" as a pair for meetings
	}
	head, ok := pairHead(x.lower(k))
	if !ok {
		return frame{}, false
	}
	open := k - 1
	switch {
	case x.lower(k-1) == "both":
	case x.lower(k-1) == "two" && k-2 >= s.First && x.lower(k-2) == "the":
		open = k - 2
	default:
		return frame{}, false
	}
	if !x.opensClause(s.First, open) {
		return frame{}, false
	}
	var ents []int
	for j := max(0, si-2); j <= si; j++ {
		for _, mi := range x.bySent[j] {
			m := &x.md.Mentions[mi]
			if j == si && m.First >= open {
				break
			}
			if m.InQuote || m.InTitle {
				continue
			}
			a := x.actor(mi)
			if a < 0 {
				continue
			}
			e := &x.cr.Entities[a]
			if head == "" && e.Kind != kg.KindCountry || head != "" && !bodyFits(head, e) {
				continue
			}
			ents = addUniqueInt(ents, a)
		}
	}
	if len(ents) != 2 {
		return frame{}, false
	}
	for _, a := range ents {
		if n := x.cr.Entities[a].Name; strings.Contains(n, " and ") && firmName(n[:strings.Index(n, " and ")]) {
			return frame{}, false // "Acme Corp and Beta Inc" read as one name: two firms, one of them lost
		}
	}
	for j := max(0, si-2); j <= si; j++ {
		ps := x.d.Sentences[j]
		for k := ps.First + 1; k < ps.Last && (j < si || k < open); k++ {
			if x.mentionAt(k) < 0 && x.d.Tokens[k-1].Has(segment.FlagCap) && x.mentionAt(k-1) < 0 {
				switch strings.TrimSuffix(x.text(k), ".") {
				case "Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "Corporation":
					return frame{}, false // "Beta Ltd": a firm the lists do not know may be one of the two
				}
			}
		}
	}
	return frame{speaker: ents[0], also: ents[1:], speakerMi: -1, attrFirst: open, attrLast: v + 1, verb: v, rule: "statement:body-pair"}, true
}

// emphaticSpeech: a verb of speech in its plain form after an emphatic
// "did" or "does" ("X did admit that ...", "Y does stress that ..."): the
// past or present form the lists know, said with emphasis. "Did not
// admit" has "not" between and stays out.
func (x *extractor) emphaticSpeech(v int) bool {
	if d := x.lower(v - 1); d != "did" && d != "does" {
		return false
	}
	w := x.lower(v)
	switch w {
	case "admit", "acknowledge", "concede", "confirm", "warn", "insist", "deny", "predict", "promise", "suggest", "urge", "stress", "announce", "argue", "explain", "note", "state", "declare", "tell", "reiterate", "emphasise", "emphasize":
		return true
	}
	return false
}

// possessiveDescribed reads "X's agent Y", "the network's spokesman Y",
// "Huber's longtime partner Y" from token k: a possessive name, up to five
// lower-case words, then a person's name. It returns that person and the
// token after the name and its mention, else -1.
func (x *extractor) possessiveDescribed(si, k int) (int, int, int) {
	s := x.d.Sentences[si]
	if x.lower(k) == "the" {
		k++
	}
	pm := x.mentionAt(k)
	j := -1
	if pm >= 0 {
		if m := &x.md.Mentions[pm]; m.Possessive && !m.InQuote && int(m.First) == k {
			j = m.Last
			if w := x.lower(j); w == "'s" || w == "’s" || w == "'" || w == "’" {
				j++
			}
		}
	} else if k+1 < s.Last && (x.lower(k+1) == "'s" || x.lower(k+1) == "’s") && x.d.Tokens[k].Kind == segment.Word {
		j = k + 2 // "the network's spokesman Y"
	}
	if j < 0 {
		return -1, -1, -1
	}
	for n := 0; j < s.Last && n <= 5; j, n = j+1, n+1 {
		if qm := x.mentionAt(j); qm >= 0 {
			m := &x.md.Mentions[qm]
			if m.Kind != mentions.Person || m.InQuote || m.Possessive || n == 0 {
				return -1, -1, -1 // a description must come between
			}
			if a := x.actor(int(qm)); a >= 0 && x.isPerson(a) {
				return a, m.Last, int(qm)
			}
			return -1, -1, -1
		}
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || functionWord(x.lower(j)) && x.lower(j) != "and" {
			return -1, -1, -1
		}
	}
	return -1, -1, -1
}

// opensClause reports that token k opens a clause of a sentence starting
// at first: the sentence's first word, or a word after a comma, "but",
// "and", "however", "meanwhile" or a closing quotation mark ("..., the
// company said"; "The two firms met, and both companies said").
func (x *extractor) opensClause(first, k int) bool {
	if k <= first {
		return true
	}
	switch w := x.lower(k - 1); {
	case w == "," || w == "but" || w == "and" || w == "however" || w == "meanwhile":
		return true
	case x.d.Tokens[k-1].Kind == segment.Quote || x.d.Tokens[k-1].Has(segment.FlagClose):
		return true
	}
	return false
}

// namedByNoun: "the airline said" in a story that has tied that very
// noun to one body's name before ("the Australian airline Qantas",
// "Qantas, the national airline,", "the airline, Qantas,"): that body,
// as a description the text attaches to a name in the same words is that
// name (GUIDELINES 16.5, 19.24). -1 when the noun is tied to no body or
// to two, or the noun at k is no class noun for bodies.
func (x *extractor) namedByNoun(si, the, k int) int {
	head := x.lower(k)
	if !(tradeNoun(head) || speakingBody(head) || classNounForBody(head)) || head == "company" || head == "group" || x.d.Tokens[the].Has(segment.FlagInQuote) || !x.opensClause(x.d.Sentences[si].First, the) {
		// "the company", "the group": any firm of a business story,
		// whatever noun the story tied to one of them (storyCompany's)
		return -1
	}
	if k-1 > the && (x.d.Tokens[k-1].Has(segment.FlagCap) || x.mentionAt(k-1) >= 0) {
		return -1 // "the NBC network said": the name is in the phrase
	}
	found := -1
	for j := 0; j < the; j++ {
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || x.lower(j) != head {
			continue
		}
		if j+1 < len(x.d.Tokens) && x.d.Tokens[j+1].Kind == segment.Word && mentions.IsSpeechVerb(x.lower(j+1)) {
			continue // "the company said": the noun speaks, names nothing
		}
		e := -1
		// the noun right before the name, or before it in commas
		n := j + 1
		if n < the && x.text(n) == "," {
			n++
		}
		if mi := x.mentionAt(n); n < the && mi >= 0 && x.md.Mentions[mi].First == n && x.md.Mentions[mi].Kind == mentions.Org {
			e = x.actor(int(mi))
		}
		// the name, a comma and a description ending in the noun that
		// closes there ("Qantas, the national airline, said"), not a
		// clause after the name ("with Acme, the company said")
		closes := j+1 < the && (x.text(j+1) == "," || x.text(j+1) == "." || x.lower(j+1) == "which" || x.lower(j+1) == "that")
		for p := j - 1; e < 0 && closes && p > 0 && p >= j-6; p-- {
			if x.d.Tokens[p].Kind == segment.Word && mentions.IsSpeechVerb(x.lower(p)) {
				break
			}
			if x.text(p) != "," {
				continue
			}
			if d := x.lower(p + 1); !(d == "a" || d == "an" || d == "the" || x.d.Tokens[p+1].Has(segment.FlagPossessive)) {
				break
			}
			if mi := x.mentionAt(p - 1); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && x.md.Mentions[mi].Last == p && !x.inPrepPhrase(int(mi)) {
				e = x.actor(int(mi))
			}
			break
		}
		if e < 0 {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// classNounForBody: nouns for a body by its class that namedByNoun reads
// beside tradeNoun's and speakingBody's.
func classNounForBody(w string) bool {
	switch w {
	case "organisation", "organization", "charity", "network", "newspaper", "website", "watchdog", "regulator", "bank", "carrier":
		return true
	}
	return false
}

// describedInCommas reports a person's name set off by commas with a
// description of its own before it inside them ("Lind's widow, former
// chess player Ann Roe, said", "His sister, the retired surgeon Ann Roe,
// said"): up to four lower-case words, an article first, between
// the opening comma and the name (or its title). Not a clause ("X, who
// met Ann Roe, said"): no function word, preposition or speech verb.
func (x *extractor) describedInCommas(si, first int) bool {
	s := x.d.Sentences[si]
	if m := x.mentionAt(first); m >= 0 {
		if mm := &x.md.Mentions[m]; mm.Title != nil && !mm.Title.Appositive && mm.Title.First < first {
			first = mm.Title.First
		}
	}
	for j := first - 1; j >= s.First && j >= first-5; j-- {
		t := x.d.Tokens[j]
		if x.text(j) == "," && !t.Has(segment.FlagInQuote) {
			return j < first-1 && j > s.First
		}
		w := x.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || x.mentionAt(j) >= 0 {
			return false
		}
		if (w == "a" || w == "an" || w == "the") && !(j-1 >= s.First && x.text(j-1) == ",") {
			return false // an article opens the description
		}
		if w != "a" && w != "an" && w != "the" && (functionWord(w) || isPreposition(w) || mentions.IsSpeechVerb(w)) {
			return false
		}
	}
	return false
}
