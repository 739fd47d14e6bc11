package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// ---- encounters in British news prose ----
//
// British political reporting names its people once ("Gordon Brown",
// "Mr Brown") and then by their posts ("the chancellor", "the prime
// minister"), often without ever writing the name and the title together.
// Coreference leaves such a post open when more than one person of the
// story could hold it. Inside one sentence that reports an encounter,
// the people the sentence names are not the post's holder ("Mr Blair told
// the chancellor" is someone else than Blair), which often leaves one.
//
// When a sentence has been read and gave no encounter, two more
// readings: the people placed at a meeting a named body convenes
// (bodyMeetings, GUIDELINES 16.3) and a person joined by another at an
// appearance (joinedBy, GUIDELINES 13.3).

// encounters prepares sentence si for reading its meetings: it resolves
// the definite national posts coreference left open to the person each
// can be in this sentence (postCandidates), and returns the function
// meetings defers: it reads what the sentence's triggers left
// (bodyMeetings, joinedBy) and undoes the resolution, so that roles and
// statements see coreference's own result for the posts. One reading
// stays: a pronoun of the sentence that coreference first resolves while
// the posts are set ("the prime minister said he had ...") takes the
// post's holder, and coreference keeps what it resolved. That is the
// same inference within the sentence, and it is what lets "he" be a
// party; on the three nogold files no statement, role or actor changed.
//
// A post with one candidate left is that person, and no other post of
// the sentence is ("the prime minister said he had discussed it with
// the chancellor": two people). Two different posts left with the same
// two candidates are those two people, in whichever order: the
// encounter between them has the same participants either way. A head
// of government's post with several candidates is the one the story
// names at least twice as often as any other, as coreference prefers
// the most-named for speakers (coref.CouldHold).
func (x *extractor) encounters(si int) func() {
	type post struct {
		mi    int
		cands []int
	}
	var posts []post
	encounter := -1 // whether the sentence has a meeting trigger, once asked
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.Kind != mentions.Descriptor || m.Entity >= 0 || !m.Definite || m.InQuote || !x.openPost(int(mi)) {
			continue
		}
		if encounter < 0 {
			encounter = b2i(x.hasTrigger(si))
		}
		if encounter == 0 {
			break // the candidates cost a pass over the article: only for encounters
		}
		if cs := x.postCandidates(si, int(mi)); len(cs) > 0 {
			posts = append(posts, post{int(mi), cs})
		}
	}
	if len(posts) == 0 {
		if !x.afterWords(si) {
			return noEncounters // most sentences: no allocation, no second pass
		}
		return func() { x.bodyMeetings(si) }
	}
	head := func(p post) string { return x.md.Mentions[p.mi].Title.Head.Name }
	holder := map[string]int{} // post head -> person
	taken := map[int]bool{}
	left := func(p post) []int {
		var out []int
		for _, e := range p.cands {
			if !taken[e] {
				out = append(out, e)
			}
		}
		return out
	}
	for changed := true; changed; {
		changed = false
		for _, p := range posts {
			if _, ok := holder[head(p)]; ok {
				continue
			}
			if l := left(p); len(l) == 1 {
				holder[head(p)], taken[l[0]] = l[0], true
				changed = true
			}
		}
	}
	// two different posts with the same two candidates left
	var open []post
	for _, p := range posts {
		if _, ok := holder[head(p)]; !ok && (len(open) == 0 || head(open[0]) != head(p)) {
			open = append(open, p)
		}
	}
	if len(open) == 2 {
		a, b := left(open[0]), left(open[1])
		if len(a) == 2 && len(b) == 2 && (a[0] == b[0] && a[1] == b[1] || a[0] == b[1] && a[1] == b[0]) {
			holder[head(open[0])], holder[head(open[1])] = a[0], a[1]
			open = nil
		}
	}
	if len(open) == 1 && x.md.Mentions[open[0].mi].Title.Head.Lead {
		if e := x.mostNamed(left(open[0])); e >= 0 {
			holder[head(open[0])] = e
		}
	}
	var set []int
	for _, p := range posts {
		if e, ok := holder[head(p)]; ok {
			x.md.Mentions[p.mi].Entity = e
			set = append(set, p.mi)
		}
	}
	return func() {
		x.bodyMeetings(si)
		for _, mi := range set {
			x.md.Mentions[mi].Entity = -1
		}
	}
}

// openPost reports a descriptor whose title is a national post or a
// head of government's, the posts coreference gives untitled people.
func (x *extractor) openPost(mi int) bool {
	t := x.md.Mentions[mi].Title
	return t != nil && t.Head != nil && t.Head.Class == gazetteer.Role && (t.Scope() == gazetteer.ScopeGov || t.Head.Lead) && !t.Former
}

// hasTrigger reports a meeting trigger in sentence si, read as
// meetings reads them.
func (x *extractor) hasTrigger(si int) bool {
	s := x.d.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		tk := x.d.Tokens[i]
		if tk.Kind != segment.Word || tk.Has(segment.FlagInQuote) && !x.scareQuote(i) {
			continue
		}
		if _, ok := x.findTrigger(i, s.Last); ok {
			return true
		}
	}
	return false
}

// noEncounters is encounters' undo for a sentence it changed nothing in
// and has nothing more to read in.
var noEncounters = func() {}

// afterWords reports a word bodyMeetings, joinedBy or talksSpeaker reads
// in sentence si ("meeting", "conference", "joined", "talks").
func (x *extractor) afterWords(si int) bool {
	s := x.d.Sentences[si]
	talks, ongoing := false, false
	gathering, attend := false, false // "attended the X conference"; "news conference" alone is none
	for i := s.First; i < s.Last; i++ {
		switch w := x.lower(i); w {
		case "meeting", "meetings", "joined":
			return true
		case "convention", "conference", "congress":
			gathering = true
		case "attend", "attends", "attended", "attending":
			attend = true
		case "talks", "negotiations", "discussions", "consultations":
			talks = true
		case "continuing", "continue", "continued", "continues", "ongoing", "underway", "progressing", "resuming", "way", "going", "taking":
			ongoing = true // talksSpeaker's verbs ("under way", "going on", "taking place")
		case "proceeding", "progress", "being":
			ongoing = true // ongoingMore's ("are proceeding", "in progress", "being held")
		default:
			if w == "said" || w == "says" || pressNoun(w) {
				// "said at", "told reporters during": pressBefore's
				if nx := x.lower(i + 1); nx == "at" || nx == "during" {
					attend = true
				}
			}
		}
	}
	return talks && ongoing || gathering && attend
}

// mostNamed is the person of es the story names at least twice as often
// as each other one, or -1.
func (x *extractor) mostNamed(es []int) int {
	count := map[int]int{}
	for k := range x.md.Mentions {
		if o := &x.md.Mentions[k]; o.Kind == mentions.Person && o.Entity >= 0 {
			count[o.Entity]++
		}
	}
	best, n, second := -1, 0, 0
	for _, e := range es {
		switch c := count[e]; {
		case c > n:
			best, second, n = e, n, c
		case c > second:
			second = c
		}
	}
	if n >= 2*second {
		return best // clearly the story's main figure, not one of two rivals
	}
	return -1
}

// postCandidates lists the people a definite national post mi of
// sentence si ("the chancellor") can be when coreference left it open:
// those named at least twice, first before the post, never given a
// title, of a fitting sex, and not named in the sentence itself, in
// entity order. The tests are coreference's own for a post no one is
// titled with (coref's holders), narrowed by the sentence.
func (x *extractor) postCandidates(si int, mi int) []int {
	t := x.md.Mentions[mi].Title
	// a post resolved elsewhere to someone is that person's: its holder
	// is no untitled person
	for k := range x.md.Mentions {
		o := &x.md.Mentions[k]
		if o.Kind == mentions.Descriptor && o.Entity >= 0 && o.Title != nil && o.Title.Head != nil && o.Title.Head.Name == t.Head.Name {
			return nil
		}
	}
	inSentence := func(e int) bool {
		for _, k := range x.bySent[si] {
			o := &x.md.Mentions[k]
			if o.Kind != mentions.Pronoun && o.Kind != mentions.Descriptor && x.actor(k) == e {
				return true
			}
		}
		return false
	}
	count := map[int]int{}
	titled := map[int]bool{}
	first := map[int]int{}
	for k := range x.md.Mentions {
		o := &x.md.Mentions[k]
		if o.Entity < 0 || o.Kind != mentions.Person && o.Kind != mentions.Descriptor {
			continue
		}
		if o.Title != nil || o.Appos != nil || o.Kind == mentions.Descriptor {
			titled[o.Entity] = true
		}
		if o.Kind == mentions.Person {
			if count[o.Entity] == 0 {
				first[o.Entity] = k
			}
			count[o.Entity]++
		}
	}
	var out []int
	for e := range x.cr.Entities {
		ent := &x.cr.Entities[e]
		if count[e] < 2 || titled[e] || ent.Kind != kg.KindPerson || first[e] > mi {
			continue
		}
		if g := t.Head.Gender; g != 0 && g != ent.Gender {
			continue
		}
		if !inSentence(e) {
			out = append(out, e)
		}
	}
	return out
}

// bodyMeetings reads the people a sentence places at a meeting a named
// body convenes, when the sentence gave no encounter otherwise: "X is
// attending the G7 meeting", "A and B, at the Friday meeting of the
// Co-operative Party, ...", "X attended a meeting of the Y
// Commission". GUIDELINES 16.3 makes such a meeting a summit's kin: its
// participants are the named people placed at it and the convening
// body, so it is read as the summit rule reads a summit (the body before
// the noun or in an of-phrase after it; placed by "at", "during" or a
// verb of attending), and kept only with the body among its parties.
func (x *extractor) bodyMeetings(si int) {
	s := x.d.Sentences[si]
	n := len(x.out.Meetings)
	if n > 0 && x.out.Meetings[n-1].Span.First == si {
		return // the sentence's own encounter
	}
	if x.joinedBy(si) || x.talksSpeaker(si) {
		return
	}
	for i := s.First; i < s.Last; i++ {
		w := x.lower(i)
		if w != "meeting" && w != "meetings" && !gatheringNoun(w) || x.d.Tokens[i].Has(segment.FlagInQuote) {
			continue
		}
		var tr trigger
		ok := false
		if gatheringNoun(w) {
			// "X, attending the Y Association's annual convention", "X
			// attended the Z party conference": a body's gathering is its
			// meeting (GUIDELINES 16.3), but only for someone a verb of
			// attending places there; "at the conference" is as often a
			// speech or a news conference there
			tr, ok = trigger{first: i, last: i + 1, kind: kg.MeetingMeeting, noun: true, rule: "meeting:noun-meeting"}, x.attendedBefore(si, i) || x.pressBefore(si, i)
		} else {
			tr, ok = x.findTrigger(i, s.Last)
		}
		if !ok || tr.rule != "meeting:noun-meeting" {
			continue
		}
		body := x.conveningBody(si, i, i+1)
		if body < 0 || x.cr.Entities[body].Kind != kg.KindOrganization || x.passiveBefore(max(s.First, i-8), i) {
			continue // "the plan would be finalised at the meeting": no one placed there
		}
		if x.speechOrDoubt(max(s.First, i-16), i) {
			// "in her speech to a meeting of X": a speech to the body
			// (GUIDELINES 7); "asked if he would raise it at the next
			// meeting": a hypothetical attendance
			continue
		}
		body2 := x.coConvener(si, i, i+1, body) // a second body holding the meeting jointly, or -1
		tr.kind, tr.plural, tr.rule = kg.MeetingSummit, false, "meeting:body-attended"
		from := len(x.out.Meetings)
		standIn := x.standIns[body]
		x.meeting(si, tr)
		keep := x.out.Meetings[:from]
		for _, m := range x.out.Meetings[from:] {
			// the body and the people placed at it: a country or another
			// body "at a meeting of the X" is one of its members, not a
			// side named by the sentence
			with, people := false, true
			for _, p := range m.Participants {
				with = with || p.Entity == body
				people = people && (p.Entity == body || p.Entity == body2 && body2 >= 0 || x.isPerson(p.Entity))
			}
			if with && people && len(m.Participants) >= 2 {
				m.Kind = kg.MeetingMeeting
				keep = append(keep, m)
			}
		}
		x.out.Meetings = keep
		if len(keep) > from {
			return
		}
		if !standIn {
			delete(x.standIns, body) // no encounter read: the body stands in for no one
		}
	}
}

// gatheringNoun: nouns of a body's gathering other than "meeting" that
// bodyMeetings reads when someone attends one.
func gatheringNoun(w string) bool {
	return w == "convention" || w == "conference" || w == "congress"
}

// attendedBefore reports a verb of attending ("attended", "is
// attending", "to attend") right before the noun phrase that ends with
// the noun at token i: back over its body and modifiers, within six
// words, to the determiner or possessive, and the verb before it.
func (x *extractor) attendedBefore(si, i int) bool {
	s := x.d.Sentences[si]
	for k := i - 1; k >= s.First && k >= i-7; k-- {
		switch w := x.lower(k); w {
		case "attend", "attends", "attended", "attending":
			return true
		case ",", ";", "(", ")", "-", "–", "—", "and", "or", "at", "to", "in", "of", "for", "by", "with", "from", "on", "after", "before", "said", "told":
			return false
		}
	}
	return false
}

// passiveBefore reports a passive verb ("be finalised", "been taken")
// among the tokens [from, to).
func (x *extractor) passiveBefore(from, to int) bool {
	for k := from; k+1 < to; k++ {
		switch x.lower(k) {
		case "be", "been", "being":
			if w := x.lower(k + 1); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
				return true
			}
		}
	}
	return false
}

// speechOrDoubt reports, among the tokens [from, to), a speech given to
// the meeting ("in a speech at", "following his address to") or a
// hypothetical ("if", "whether", "unless").
func (x *extractor) speechOrDoubt(from, to int) bool {
	for k := from; k < to; k++ {
		switch x.lower(k) {
		case "speech", "speeches", "address", "keynote", "lecture", "if", "whether", "unless":
			return true
		}
	}
	return false
}

// joinedBy reads a named person joined by others at an appearance: "X
// was joined by Y at a school in Leeds", "at the launch, where X was
// joined by Y", "X was joined at the launch by Y", "X was joined on
// stage by Y". Joining someone at an appearance puts the two together
// (GUIDELINES 13.3). Only with the place or the occasion told ("at", "on
// stage", or a clause of place opened by "where"): "X was joined by Y in
// voting against it", "X was joined in the new party by Y" and "X was
// joined by Y." (in an opinion, a venture, a vote) join no one in person.
func (x *extractor) joinedBy(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First + 1; k+2 < s.Last; k++ {
		if x.lower(k) != "joined" || x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k - 1) {
		case "was", "were", "be", "been", "being":
		default:
			continue
		}
		b, placed := x.occasionBeforeBy(si, k+1)
		if b < 0 {
			continue
		}
		by, end := x.listAfter(si, b+1)
		if len(by) == 0 {
			continue
		}
		cs := x.clauseStart(si, k)
		if !placed && x.lower(end) != "at" && x.lower(cs) != "where" {
			continue
		}
		agents := x.subjectBefore(si, k-1)
		people := len(agents) > 0
		for _, e := range append(append([]int(nil), agents...), by...) {
			people = people && x.isPerson(e)
		}
		if !people {
			continue
		}
		status := kg.StatusOccurred
		if x.planned(cs, k) {
			status = kg.StatusPlanned
		}
		date := x.eventDate(si, k, status == kg.StatusPlanned, false)
		before := len(x.out.Meetings)
		for _, ps := range x.participants(agents, by, false, false) {
			x.addMeeting(Meeting{Kind: kg.MeetingMeeting, Status: status, Participants: ps, Date: date, Place: x.placeNear(si, k),
				Span: Span{si, si}, Rule: "meeting:joined-by", agents: agents})
		}
		if len(x.out.Meetings) > before {
			return true
		}
	}
	return false
}

// occasionBeforeBy returns the "by" that names who joined someone, read
// from token j right after "joined": j itself, or the "by" after a short
// phrase of the occasion ("at the launch", "at Friday's hearing", "on
// stage in Berlin"), which then places the two together (placed). A
// phrase of anything else ("in the new venture", "on the sidelines") or
// a clause break first gives -1.
func (x *extractor) occasionBeforeBy(si, j int) (by int, placed bool) {
	s := x.d.Sentences[si]
	switch {
	case x.lower(j) == "by":
		return j, false
	case x.lower(j) == "at", x.lower(j) == "on" && x.lower(j+1) == "stage":
	default:
		return -1, false
	}
	for k := j + 1; k < s.Last && k < j+8; k++ {
		switch w := x.lower(k); {
		case w == "by":
			return k, k > j+1
		case x.d.Tokens[k].Kind != segment.Word && !x.d.Tokens[k].Has(segment.FlagPossessive) && w != "'s" && w != "’s",
			w == "and", w == "who", w == "which", w == "where", w == "when":
			return -1, false
		}
	}
	return -1, false
}

// orgAfterNouns reads a body named after a country's or another body's
// descriptive noun: "UK bank Barclays", "French carmaker Renault", "Swiss
// insurer Zurich". listAfter reads the modifier as qualifying a post
// ("senior Citibank executive X"); when no person follows, the
// lowercase nouns describe the named body itself, which is then the side
// of the list. It returns the token the body starts at, or -1.
func (x *extractor) orgAfterNouns(k, last int) int {
	for j := k; j < last && j < k+4; j++ {
		if mi := x.mentionAt(j); mi >= 0 {
			m := &x.md.Mentions[mi]
			if j > k && m.First == j && m.Kind == mentions.Org && !m.InQuote && x.actor(int(mi)) >= 0 {
				return j
			}
			return -1
		}
		if j > k && x.text(j) == "<" {
			// "pharmaceuticals company <Acme SA>": Reuters' brackets round the name
			if bm := x.mentionAt(j + 1); bm >= 0 && x.md.Mentions[bm].First == j+1 && x.md.Mentions[bm].Kind == mentions.Org && x.actor(int(bm)) >= 0 {
				return j + 1
			}
			return -1
		}
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(x.lower(j)) || isDeterminerWord(x.lower(j)) {
			return -1
		}
	}
	return -1
}

// reportNoun reports a noun whose "that" clause tells what was reported
// ("reports that X had held talks", "rumours that X met Y"): the clause
// has its own subject, as after a speech verb (clauseStart), not the
// sentence's ("Mr A declined to comment on reports that B met C" tells
// nothing A did).
func reportNoun(w string) bool {
	switch w {
	case "report", "reports", "reported", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "speculation", "suggestion", "suggestions", "allegation", "allegations", "news":
		return true
	}
	return false
}
