package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// ---- sides that name no person, and the speaker of ongoing talks ----
//
// Business and diplomatic reporting often puts a body's unnamed people
// at the head of a clause ("Bosses of A and B are to meet", "A executives
// have held talks with B", "Representatives from A met B"). GUIDELINES 7
// lets a body or country stand in for a side of an encounter that names
// no person, as the readers of a verb's object already do ("met USDA
// officials", "talks with officials from the IMF"); groupSubject reads
// the same shapes as the clause's subject.
//
// A company or an official also reports its own talks without being
// their grammatical subject: "talks with B are continuing, A said", "A
// said negotiations with B were under way". talksSpeaker reads the
// speaker as the side that talks.

// groupMember: a noun for a body's or country's unnamed people that
// heads a side ("bosses of", "officials from", "Renault executives"). As
// a subject, "leaders of" and "heads of" name the body's people too, where
// the object readers leave them to headOfState.
func groupMember(w string) bool {
	switch w {
	case "bosses", "chiefs", "leaders", "heads":
		return true
	}
	return unnamedPeople(w)
}

// standInAgents is meeting's last reading of the side that did the
// encounter when its clause named no one for it: the bodies whose unnamed
// people are the clause's subject (groupSubject). It marks them as
// standing in (participants keeps them next to named people).
func (x *extractor) standInAgents(si int, tr trigger, cs int) []int {
	if tr.kind == kg.MeetingVisit || tr.kind == kg.MeetingCall || tr.noun && tr.kind != kg.MeetingTalks && tr.kind != kg.MeetingMeeting {
		return nil
	}
	bodies, end := x.groupSubject(si, cs)
	if len(bodies) == 0 {
		bodies, end = x.groupSubjectMore(si, cs) // meetings_groupsubj.go
	}
	if len(bodies) == 0 {
		bodies, end = x.pairGroupSubject(si, cs) // meetings_pairgroup.go
	}
	if len(bodies) == 0 || !x.verbGroupTo(end, tr) {
		return nil
	}
	for _, b := range bodies {
		if x.cr.Entities[b].Kind == kg.KindOrganization && x.holderNear(si, b) {
			// "Bosses of A and B are to meet. A chief X is meeting B's
			// Y": the sides name their people next door
			return nil
		}
	}
	for _, b := range bodies {
		x.markGroupStandIn(b)
	}
	return bodies
}

// holderNear reports a person holding a post of body b named within two
// sentences of si.
func (x *extractor) holderNear(si, b int) bool {
	for sj := max(0, si-2); sj < len(x.bySent) && sj <= si+2; sj++ {
		for _, mi := range x.bySent[sj] {
			if e := x.actor(int(mi)); x.isPerson(e) && x.holdsPostOf(e, b) {
				return true
			}
		}
	}
	return false
}

// groupSubject reads, from the clause start cs, a subject made of a
// body's unnamed people: "[the] [senior] bosses of|from [the] A[, B] and
// [the] C" or "A[ and B] [senior] executives". It returns the bodies and
// the token after the subject. A possessive or a modifier in the list
// ("leaders of Italy's coalition parties", "officials of the Florida
// cane growers") names no side: nothing.
func (x *extractor) groupSubject(si, cs int) ([]int, int) {
	s := x.d.Sentences[si]
	j := cs
	for j < s.Last && j < cs+3 && (isDeterminerWord(x.lower(j)) || x.lower(j) == "senior" || x.lower(j) == "top" || x.lower(j) == "latest") {
		j++
	}
	if j+2 < s.Last && groupMember(x.lower(j)) && (x.lower(j+1) == "of" || x.lower(j+1) == "from") {
		return x.bodyList(si, j+2)
	}
	bodies, end := x.bodyList(si, cs)
	if len(bodies) == 0 {
		return nil, cs
	}
	for end < s.Last && end < cs+12 && (x.lower(end) == "senior" || x.lower(end) == "top" || mentions.PortfolioNoun(x.lower(end))) {
		end++
	}
	if end < s.Last && groupMember(x.lower(end)) && !x.d.Tokens[end].Has(segment.FlagCap) {
		return bodies, end + 1
	}
	return nil, cs
}

// bodyList reads organizations and countries named one after another
// from token j ("the X, Y and Z"), each an actor of its own, and returns
// them with the token after the list.
func (x *extractor) bodyList(si, j int) ([]int, int) {
	s := x.d.Sentences[si]
	var out []int
	for j < s.Last {
		mi, k := x.openingMention(j)
		if k >= s.Last || mi < 0 {
			break
		}
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Org && m.Kind != mentions.Country || m.Possessive || m.InQuote || m.InTitle {
			break
		}
		e := x.actor(int(mi))
		if e < 0 {
			break
		}
		out = append(out, e)
		j = m.Last
		if j < s.Last && (x.text(j) == "," || x.lower(j) == "and") {
			n := j + 1
			if x.text(j) == "," && x.lower(n) == "and" {
				n++
			}
			if nm := x.mentionAt(n); nm >= 0 || x.lower(n) == "the" {
				j = n
				continue
			}
		}
		break
	}
	if len(out) == 0 {
		return nil, j
	}
	if x.text(j-1) == "," || x.lower(j-1) == "and" {
		return nil, j // a list cut short is no subject
	}
	return out, j
}

// verbGroupTo reports that only the verb group of the encounter lies
// between the subject's end and the trigger: auxiliaries and adverbs
// before a verb ("are to meet", "have previously met"), or a verb of
// holding and its modifiers before a noun ("have held friendly talks",
// "are in talks").
func (x *extractor) verbGroupTo(end int, tr trigger) bool {
	if end > tr.first {
		return false
	}
	for k := end; k < tr.first; k++ {
		switch x.lower(k) {
		case "normally", "usually", "generally", "traditionally", "typically", "regularly", "often":
			return false // "A and B officials normally meet in the summer": a habit
		}
	}
	if !tr.noun {
		return x.skipAdverbialsTo(end, tr.first-1, true) < end
	}
	held := false
	for k := end; k < tr.first; k++ {
		if x.mentionAt(k) >= 0 && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		switch w := x.lower(k); w {
		case "held", "hold", "holds", "holding", "had", "has", "have", "began", "begin", "opened", "open", "resumed", "resume", "started", "start":
			held = true
		case "in":
			held = held || k > end && isBe(x.lower(k-1)) || k > end && (x.lower(k-1) == "was" || x.lower(k-1) == "were" || x.lower(k-1) == "been")
		case "that", "said", "of", "on", "about", "for", "after", "before", "when", "if", "whether":
			return false
		}
	}
	return held && tr.first-end <= 12
}

// talksSpeaker reads talks whose side the sentence names only as the
// speaker who reports them going on: "talks with B are continuing, A
// said", "A said negotiations with B were under way", "A revealed talks
// are under way with B". GUIDELINES 17.7: talks said to go on have
// begun, so they are OCCURRED. It runs once the sentence's triggers gave
// no encounter.
func (x *extractor) talksSpeaker(si int) bool {
	s := x.d.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		switch x.lower(i) {
		case "talks", "negotiations", "discussions", "consultations":
		default:
			continue
		}
		if x.d.Tokens[i].Has(segment.FlagInQuote) || x.negated(max(s.First, i-4), i) {
			continue
		}
		var with []int
		end := i + 1
		if x.lower(end) == "with" {
			with, end = x.sideAfter(si, end+1)
			if len(with) == 0 {
				// "talks with the regulator and with bidder B": the named one
				for j := end; j+2 < s.Last && j < end+6; j++ {
					if x.lower(j) == "and" && x.lower(j+1) == "with" {
						with, end = x.sideAfter(si, j+2)
						break
					}
				}
			}
			if len(with) == 0 {
				continue // "talks with officials": no one named on the other side
			}
		}
		ongoing, w2 := x.ongoingAfter(si, end)
		if ongoing < 0 {
			ongoing, w2 = x.ongoingMore(si, end) // "are in progress", "were being held"
		}
		if ongoing < 0 {
			continue
		}
		if len(with) == 0 && x.lower(w2) == "with" {
			// "talks are under way with B"
			with, _ = x.sideAfter(si, w2+1)
		}
		if len(with) == 0 {
			continue
		}
		speaker := x.speakerBefore(si, i)
		if speaker < 0 && x.headsSentence(si, i) {
			speaker = x.tailSpeaker(si, ongoing)
		}
		if speaker < 0 || x.isPress(si, speaker) {
			continue
		}
		var others []int
		for _, e := range with {
			if e != speaker && !x.isPress(si, e) {
				others = append(others, e)
			}
		}
		if len(others) == 0 {
			continue
		}
		before := len(x.out.Meetings)
		for _, ps := range x.participants([]int{speaker}, others, false, true) {
			x.addMeeting(Meeting{Kind: kg.MeetingTalks, Status: kg.StatusOccurred, Participants: ps, Date: kg.PartialDate{},
				Place: x.placeNear(si, i), Span: Span{si, si}, Rule: "talks:speaker-ongoing", agents: []int{speaker}})
		}
		if len(x.out.Meetings) > before {
			return true
		}
	}
	return false
}

// ongoingAfter finds, from token k to the clause's end, the verb phrase
// that says talks are going on ("are continuing", "will continue", "are
// under way", "were taking place", "are ongoing"): it returns the
// phrase's first token and the token after it, or -1. Only auxiliaries
// and adverbs may come first.
func (x *extractor) ongoingAfter(si, k int) (int, int) {
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+5; j++ {
		switch x.lower(j) {
		case "are", "is", "were", "was", "will", "would", "have", "has", "had", "been", "be", "still", "also", "now", "already":
			continue
		case "continuing", "continue", "continued", "continues", "ongoing", "underway", "progressing", "resuming":
			return k, j + 1
		case "under":
			if x.lower(j+1) == "way" {
				return k, j + 2
			}
		case "going":
			if x.lower(j+1) == "on" {
				return k, j + 2
			}
		case "taking":
			if x.lower(j+1) == "place" {
				return k, j + 2
			}
		}
		return -1, k
	}
	return -1, k
}

// speakerBefore reads the speaker of a verb of speech right before the
// talks at token i ("A said talks", "A said that merger talks", "A
// confirmed the negotiations"): the one actor the verb's subject names.
func (x *extractor) speakerBefore(si, i int) int {
	s := x.d.Sentences[si]
	v := i - 1
	for v > s.First && i-v <= 3 {
		w := x.lower(v)
		if w == "that" || w == "the" || w == "merger" || w == "further" || w == "preliminary" {
			v--
			continue
		}
		break
	}
	if w := x.lower(v); v <= s.First || !mentions.IsSpeechVerb(w) && w != "revealed" && w != "disclosed" || x.d.Tokens[v].Has(segment.FlagInQuote) {
		return -1
	}
	if subj := x.subjectBefore(si, v); len(subj) == 1 {
		return subj[0]
	}
	return -1
}

// tailSpeaker reads the attribution that closes the sentence after the
// talks' verb phrase at token from: ", A said", ", said A", ", A said in
// a statement". It returns the speaker, or -1.
func (x *extractor) tailSpeaker(si, from int) int {
	s := x.d.Sentences[si]
	c := -1
	for k := from; k < s.Last; k++ {
		if x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			c = k
		}
	}
	if c < 0 || c+2 >= s.Last {
		return -1
	}
	j := c + 1
	if mentions.IsSpeechVerb(x.lower(j)) {
		j++ // ", said A"
	} else if !x.attributionAt(si, j) {
		return -1
	}
	for ; j < s.Last && j < c+10; j++ {
		mi := x.mentionAt(j)
		if mi < 0 {
			continue
		}
		m := &x.md.Mentions[mi]
		if m.InTitle {
			j = m.Last - 1
			continue
		}
		if m.Possessive || m.InQuote {
			return -1 // "A's spokesman said": an unnamed speaker
		}
		return x.actor(int(mi))
	}
	return -1
}

// sideAfter reads the list of actors after token k as listAfter does,
// over a few lowercase nouns that describe the first of them ("rival
// bidder B", "the state oil company C").
func (x *extractor) sideAfter(si, k int) ([]int, int) {
	if ents, end := x.listAfter(si, k); len(ents) > 0 {
		return ents, end
	}
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+4; j++ {
		if mi := x.mentionAt(j); mi >= 0 {
			if x.md.Mentions[mi].First != j || x.md.Mentions[mi].Kind == mentions.Pronoun {
				break
			}
			return x.listAfter(si, j)
		}
		t := x.d.Tokens[j]
		if w := x.lower(j); t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(w) || isDeterminerWord(w) && j > k {
			break
		}
	}
	return nil, k
}

// headsSentence reports the talks at token i as the subject that opens
// the sentence ("Talks with B", "The merger discussions with B"), not a
// noun inside an opening phrase ("On the talks with B, A said ..."),
// whose speaker only comments on them.
func (x *extractor) headsSentence(si, i int) bool {
	for k := x.d.Sentences[si].First; k < i; k++ {
		if w := x.lower(k); !isDeterminerWord(w) && (functionWord(w) || x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) && k > x.d.Sentences[si].First) {
			return false
		}
	}
	return true
}
