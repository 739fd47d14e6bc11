package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// A capital names its country only when it stands for the government
// (GUIDELINES §4: "Washington argues", "talks with Ankara", "Moscow's
// cooperation"); a city alone is a place. In news prose most capitals
// are places or modifiers ("London coffee prices", "the London-based
// firm", "in Tokyo trading", a dateline), so a capital is a place unless
// one of these frames makes it act:
//   - the subject of a verb: "Washington argues", "Moscow has rejected",
//     "Washington and Tokyo agreed";
//   - the owner of a political noun: "Washington's refusal";
//   - the other side of relations or pressure: "talks with Ankara",
//     "friction between Washington and Tokyo", "pressure on Tokyo";
//   - the object of a verb of pressing or telling: "urged Tokyo to".

// capitalVerbs: verbs whose subject, written as a capital, is its
// government: speech, stance and policy verbs (IsSpeechVerb adds the
// reporting ones). Stems with their regular forms, and irregular forms.
var capitalVerbs = func() map[string]bool {
	m := map[string]bool{}
	stems := []string{"accuse", "reject", "refuse", "demand", "threaten", "hope", "expect", "impose", "approve", "back", "support", "oppose",
		"condemn", "protest", "retaliate", "recognise", "recognize", "want", "press", "push", "call", "offer", "propose", "decide", "plan",
		"intend", "consider", "believe", "fear", "worry", "blame", "criticise", "criticize", "welcome", "order", "expel", "sign",
		"veto", "block", "resist", "allow", "accept", "negotiate", "insist", "view", "regard", "sanction", "invade", "attack", "launch",
		"bomb", "deploy", "agree", "object", "seek", "respond", "request", "announce", "ban", "pressure", "lobby", "snub", "boycott",
		"recall", "dismiss", "deny", "warn", "urge", "claim", "argue", "say", "favour", "favor", "abandon", "endorse", "ratify",
		"withdraw", "promise", "pledge", "vow", "try", "attempt", "reply", "counter", "complain", "maintain", "present"}
	for _, s := range stems {
		m[s] = true
		switch {
		case strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ey") && !strings.HasSuffix(s, "ay"):
			m[s[:len(s)-1]+"ies"], m[s[:len(s)-1]+"ied"], m[s+"ing"] = true, true, true
		case strings.HasSuffix(s, "e"):
			m[s+"s"], m[s+"d"], m[s[:len(s)-1]+"ing"] = true, true, true
		case strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "ch"):
			m[s+"es"], m[s+"ed"], m[s+"ing"] = true, true, true
		default:
			m[s+"s"], m[s+"ed"], m[s+"ing"] = true, true, true
		}
	}
	for _, w := range []string{"sought", "said", "told", "sent", "banned", "banning", "planned", "planning", "vetoes", "vetoed",
		"withdrew", "withdrawn", "lobbies", "lobbied"} {
		m[w] = true
	}
	return m
}()

// capitalAux: auxiliaries and adverbs between a subject and its verb
// ("Washington has long argued", "Tokyo will not accept").
func capitalAux(w string) bool {
	switch w {
	case "has", "have", "had", "did", "does", "do",
		"is", "was", "are", "were", "been", "not", "n't", "also", "now", "still", "already", "reportedly", "apparently", "long", "repeatedly",
		"then", "so", "far", "again", "officially", "firmly", "strongly", "publicly", "recently", "yesterday", "today", "quickly", "further":
		return true
	}
	return false
}

// capitalPolitical: nouns for a government's stance, acts or agents,
// which a capital owning them stands for its country ("Moscow's
// cooperation", "Washington's refusal", "Tokyo's trade policy").
func capitalPolitical(w string) bool {
	switch w {
	case "government", "administration", "regime", "leadership", "leaders", "officials", "policy", "policies", "position", "stance",
		"decision", "refusal", "demand", "demands", "proposal", "proposals", "offer", "request", "response", "reaction", "role", "relations",
		"ties", "pressure", "efforts", "effort", "attempt", "attempts", "plan", "plans", "intention", "intentions", "insistence", "concern",
		"concerns", "objection", "objections", "allies", "ally", "envoy", "envoys", "ambassador", "delegation", "negotiator", "negotiators",
		"troops", "military", "forces", "army", "support", "opposition", "cooperation", "co-operation", "backing", "approval", "rejection", "veto",
		"threat", "threats", "sanctions", "involvement", "intervention", "commitment", "promise", "pledge", "approach", "strategy", "view",
		"views", "argument", "claim", "claims", "accusation", "accusations", "retaliation", "diplomacy", "crackdown", "hostility", "ultimatum",
		"warning", "warnings", "criticism", "complaint", "complaints", "invitation", "protest", "protests", "determination",
		"willingness", "reluctance", "failure", "readiness", "agreement", "consent", "blessing", "answer", "reply", "retaliatory", "patience":
		return true
	}
	return false
}

// capitalRelation: nouns of relations or pressure whose with-, between-
// or on-phrase names the other side ("talks with Ankara", "friction
// between Washington and Tokyo", "pressure on Tokyo").
func capitalRelation(w string) bool {
	switch w {
	case "talks", "relations", "ties", "negotiations", "dialogue", "dispute", "disputes", "row", "tension", "tensions", "friction", "conflict",
		"rift", "standoff", "stand-off", "feud", "war", "agreement", "deal", "accord", "treaty", "pact", "contacts", "cooperation", "co-operation",
		"pressure", "sanctions", "forces", "rapprochement", "detente", "relationship", "alliance", "quarrel", "confrontation", "hostilities", "differences",
		"disagreement", "disagreements", "consultations", "understanding", "summit", "meeting", "meetings", "discussions", "tariffs", "retaliation",
		"demands", "protest", "protests", "complaint", "complaints", "criticism":
		return true
	}
	return false
}

// capitalObjectVerb: verbs of pressing or telling whose object, written
// as a capital, is its government ("urged Tokyo to", "accused Moscow").
func capitalObjectVerb(w string) bool {
	switch w {
	case "urged", "urge", "urges", "urging", "accused", "accuse", "accuses", "accusing", "pressed", "press", "presses", "pressing", "warned", "warn", "warns", "warning",
		"told", "tell", "tells", "telling", "asked", "ask", "asks", "criticised", "criticized", "criticise", "criticize", "blamed", "blame", "blames", "condemned", "condemn",
		"pressured", "pressure", "pressuring", "lobbied", "lobby", "lobbying", "persuade", "persuaded", "convince", "convinced", "informed", "inform", "notified",
		"assured", "reassured", "thanked", "invited", "sanctioned", "punish", "punished", "forced", "allowed", "joined", "supported", "backed", "recognised", "recognized":
		return true
	}
	return false
}

// isCapitalLike reports a capital, seat or country name at token k.
func (f *finder) isCapitalLike(k int) (int, bool) {
	if k < f.first || k >= f.last || !f.isCap(k) {
		return 0, false
	}
	e, n := f.matchEntity(k, f.last)
	if e == nil {
		return 0, false
	}
	switch e.Kind {
	case gazetteer.Capital, gazetteer.Seat, gazetteer.Country:
		return n, true
	}
	return 0, false
}

// capitalActs reports whether the capital at tokens [i, i+n) stands for
// its country's government in one of the frames above.
func (f *finder) capitalActs(i, n int) bool {
	j := i + n
	if f.capitalBefore(i) || j < f.last && f.nameGoesOn(j) {
		return false // "Real Madrid", "London Irish": inside a longer name
	}
	if j < f.last && (f.text(j) == "-" || f.text(j) == "‑") {
		return false // "London-based", "Paris-Tokyo flights"
	}
	if f.listedAfterLocative(i) {
		return false // "spokesmen in New York and Washington said": places, listed
	}
	// walk right over a coordination with another capital or country
	// ("Washington and Tokyo agreed")
	for j+1 < f.last && (f.lower(j) == "and" || f.lower(j) == "or") {
		k, ok := f.isCapitalLike(j + 1)
		if !ok {
			break
		}
		j += 1 + k
	}
	if j < f.last && f.tok(j).Has(segment.FlagPossessive) {
		// "Washington's refusal", "Tokyo's new trade policy"
		for k := j + 1; k < f.last && k <= j+3; k++ {
			if f.tok(k).Kind != segment.Word || f.isCap(k) {
				break
			}
			if capitalPolitical(f.lower(k)) {
				return true
			}
		}
		return false
	}
	if j < f.last && i+n == j {
		switch f.lower(j) {
		case "government", "administration", "regime", "leadership":
			return true // "the Oslo government said": the national government
		}
	}
	// subject of a verb, after auxiliaries and adverbs; or of a relative
	// clause ("Washington, which says")
	if j+1 < f.last && f.text(j) == "," && (f.lower(j+1) == "which" || f.lower(j+1) == "who") {
		j += 2
	}
	if !prepositionBefore(f.lower(i-1)) && f.subjectVerb(j, f.lower(i-1) == "with") {
		return true
	}
	// walk left over a coordination ("between Washington and Tokyo")
	p := i - 1
	for p-1 >= f.first && (f.lower(p) == "and" || f.lower(p) == "or" || f.text(p) == ",") {
		q := p - 1
		for q > f.first && f.isCap(q-1) {
			q-- // the start of a two-word name ("New Delhi")
		}
		if _, ok := f.isCapitalLike(q); !ok {
			break
		}
		p = q - 1
	}
	if p < f.first {
		return false
	}
	switch f.lower(p) {
	case "with", "between", "on", "against", "toward", "towards", "from", "by":
		// the relation noun before, over "the" and up to two adjectives;
		// after "by" the government's act ("efforts by Bonn and Tokyo")
		for k := p - 1; k >= f.first && k >= p-3; k-- {
			if f.tok(k).Kind != segment.Word || f.isCap(k) {
				break
			}
			if f.lower(p) == "by" {
				if capitalPolitical(f.lower(k)) {
					return true
				}
				continue
			}
			if capitalRelation(f.lower(k)) {
				return f.lower(p) != "from" || f.lower(k) == "pressure" || f.lower(k) == "demands"
			}
		}
		return false
	}
	return capitalObjectVerb(f.lower(p))
}

// listedAfterLocative reports a name at i that ends a list of names
// opened by a locative ("in New York and Washington", "to Paris, Rome
// and Madrid").
func (f *finder) listedAfterLocative(i int) bool {
	k, and := i-1, false
	for k > f.first && k >= i-12 {
		switch w := f.lower(k); {
		case w == "and" || w == "or" || w == ",":
			and = true
		case f.isCap(k):
		default:
			return and && locatives[w]
		}
		k--
	}
	return false
}

// subjectVerb reports a verb of capitalVerbs (or a speech verb) at
// token j, or after auxiliaries, adverbs and a time phrase ("has
// previously said", "last week announced"). After "with" the -ing form
// is the verb of an absolute clause ("with Baghdad saying").
func (f *finder) subjectVerb(j int, with bool) bool {
	modal, be := false, false
	for k := j; k < f.last && k <= j+4; k++ {
		w := f.lower(k)
		if f.tok(k).Kind != segment.Word {
			return false
		}
		if w == "declined" || w == "declines" {
			return f.lower(k+1) == "to" // "Madrid declined to", not "London declined 2 pct"
		}
		if capitalVerbs[w] || IsSpeechVerb(w) {
			if be && !strings.HasSuffix(w, "ing") {
				return false // "Delhi could be offered": the passive's subject is acted upon
			}
			if k > j {
				return true
			}
			// right after the name an -ing form may be a modifier ("the
			// London warning") and an -s form a plural noun ("London
			// protests"): the latter needs what a verb takes after it
			if strings.HasSuffix(w, "ing") {
				return with
			}
			return !capitalNounVerb(w) || f.verbFollows(k)
		}
		if isBe(w) {
			be = true
		}
		if modal && !be && !f.isCap(k) {
			// "Beijing can't have it both ways", "Rome must act": the
			// verb after a modal, unless it tells of a market or a city
			switch {
			case w == "have" && (strings.HasSuffix(f.lower(k+1), "ed") || strings.HasSuffix(f.lower(k+1), "en") || f.lower(k+1) == "been"):
				modal = false // "would have agreed": the participle decides
				continue
			case w == "not" || w == "n't" || w == "also" || w == "still" || strings.HasSuffix(w, "ly"):
				continue
			}
			return !placeVerb(w)
		}
		switch {
		case capitalModal(w):
			modal = true
		case isBe(w):
		case capitalAux(w), strings.HasSuffix(w, "ly") && len(w) > 4:
		case timeWord(w):
		default:
			return false
		}
	}
	return false
}

func isBe(w string) bool {
	switch w {
	case "be", "is", "was", "are", "were", "been", "being":
		return true
	}
	return false
}

// prepositionBefore: a preposition before the capital makes it its
// object, no subject ("the sale of Delhi would", "for Rome to"); after
// "with" an absolute clause may follow ("with Baghdad saying").
func prepositionBefore(w string) bool {
	switch w {
	case "of", "for", "by", "on", "over", "under", "about", "than", "like", "between", "against", "among", "without":
		return true
	}
	return false
}

// capitalModal: modal verbs, whose subject does what the verb after says.
func capitalModal(w string) bool {
	switch w {
	case "will", "would", "can", "could", "may", "might", "must", "should", "shall", "cannot", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't":
		return true
	}
	return false
}

// placeVerb: verbs after a modal that a city or its market does ("London
// will host", "Tokyo may open lower"), not its government.
func placeVerb(w string) bool {
	switch w {
	case "be", "become", "open", "close", "fall", "rise", "remain", "stay", "trade", "see", "host", "stage", "follow", "lead", "lag", "gain", "lose",
		"drop", "ease", "firm", "end", "start", "recover", "react", "get", "attract", "celebrate", "look", "feel", "seem", "appear", "continue", "go", "come", "move", "need", "suffer", "face":
		return true
	}
	return false
}

// timeWord: words of a short time phrase between a subject and its verb
// ("Washington last week announced", "Tokyo on Friday said").
func timeWord(w string) bool {
	switch w {
	case "last", "this", "week", "month", "year", "on", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// capitalNounVerb: -s forms of capitalVerbs that are as often plural
// nouns after a name ("London protests", "the Paris talks").
func capitalNounVerb(w string) bool {
	switch w {
	case "protests", "demands", "offers", "plans", "calls", "orders", "claims", "bans", "backs", "blocks", "views", "fears", "hopes", "worries",
		"vetoes", "objects", "requests", "sanctions", "counters", "attacks", "bombs", "launches", "pressures", "pushes", "presses", "supports",
		"welcomes", "pledges", "promises", "vows", "replies", "attempts", "tries", "signs", "recalls", "boycotts", "lobbies", "snubs", "presents",
		"states", "notes", "answers", "tweets", "estimates", "forecasts", "comments", "remarks", "warnings":
		return true
	}
	return false
}

// verbFollows reports, after a word that may be a plural noun or a verb
// ("claims", "plans"), a word that makes it the verb: a determiner, "to",
// "that" or a pronoun ("Washington plans to", "Moscow claims that").
func (f *finder) verbFollows(k int) bool {
	switch f.lower(k + 1) {
	case "to", "that", "the", "a", "an", "it", "its", "their", "his", "her", "this", "these", "those", "further", "new", "more", "on":
		return true
	}
	return k+1 < f.last && f.isCap(k+1) // "Washington urges Tokyo"
}
