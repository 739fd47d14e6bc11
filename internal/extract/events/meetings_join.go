package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// laterJoiners adds to an encounter told earlier the parties a later
// sentence puts at it with "also": "A and B also attended the meeting",
// "C was also present at the talks", "the A-B meeting will also involve
// C". The same encounter told in several sentences is one meeting
// (GUIDELINES §7), and its participants are all the text places at it,
// so the later sentence completes the earlier meeting instead of
// standing alone. The definite encounter noun ("the", "their",
// "Monday's") is what ties the sentence to an encounter already told.
func (x *extractor) laterJoiners() {
	if len(x.out.Meetings) == 0 {
		return
	}
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		if s.Headline || s.Dateline {
			continue
		}
		for k := s.First + 1; k+2 < s.Last; k++ {
			if x.lower(k) != "also" || x.d.Tokens[k].Has(segment.FlagInQuote) {
				continue
			}
			var who []int
			noun := -1
			switch x.lower(k + 1) {
			case "attended", "attend", "attends", "joined", "join", "joins":
				// "X also attended the meeting"
				noun = x.definiteEncounter(si, k+2)
				who = x.subjectBefore(si, auxStart(x, s.First, k))
			case "participated", "participate", "participates":
				if x.lower(k+2) == "in" {
					noun = x.definiteEncounter(si, k+3)
					who = x.subjectBefore(si, auxStart(x, s.First, k))
				}
			case "took", "take", "takes":
				if x.lower(k+2) == "part" && x.lower(k+3) == "in" {
					noun = x.definiteEncounter(si, k+4)
					who = x.subjectBefore(si, auxStart(x, s.First, k))
				}
			case "at":
				// "C, who was also at the meeting"
				if b := k - 1; b > s.First && (x.lower(b) == "was" || x.lower(b) == "were") {
					noun = x.definiteEncounter(si, k+2)
					who = x.subjectBefore(si, auxStart(x, s.First, k))
				}
			case "present":
				// "X was also present at the talks"
				if x.lower(k+2) == "at" {
					if b := k - 1; b > s.First && (x.lower(b) == "was" || x.lower(b) == "were" || x.lower(b) == "be") {
						noun = x.definiteEncounter(si, k+3)
						who = x.subjectBefore(si, auxStart(x, s.First, k))
					}
				}
			case "involve", "involves", "include", "includes", "included", "involved":
				// "the A-B meeting, to be held in Rome, will also include
				// C": the encounter is the clause's subject
				noun = x.encounterSubject(si, k)
				who, _ = x.listAfter(si, k+2)
				if len(who) == 0 {
					who = x.countriesPosts(si, k+2)
				}
			}
			if noun < 0 || len(who) == 0 {
				continue
			}
			x.joinEncounter(si, k, noun, who)
		}
		x.groupAtEncounter(si)
		x.alsoPresentWere(si)
		x.attendedBy(si)
		x.spokeAtEncounter(si)
		x.sideNamedLater(si)
	}
}

// sideNamedLater puts the named people of a country's side in place of
// the country that stood in for it: "the negotiations, headed on the
// Greek side by P", "the Japanese aides here for the talks include P and Q".
// A country stands in only for a side that names no person (GUIDELINES
// §7); once a later sentence that takes the encounter up ("the talks")
// names the side's people, they are its parties.
func (x *extractor) sideNamedLater(si int) {
	s := x.d.Sentences[si]
	for k := s.First; k+3 < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		country, from := -1, -1
		switch w := x.lower(k); {
		case (w == "led" || w == "headed") && x.lower(k+1) == "on" && x.lower(k+2) == "the":
			// "headed on the Greek side by P"
			cm := x.mentionAt(k + 3)
			if cm < 0 || x.md.Mentions[cm].Kind != mentions.Country {
				continue
			}
			j := x.md.Mentions[cm].Last
			if x.lower(j) != "side" || x.lower(j+1) != "by" {
				continue
			}
			country, from = x.actor(int(cm)), j+2
		default:
			// "the Japanese delegation to the talks includes P", "the
			// Japanese aides for the talks were led by P"
			cm := x.mentionAt(k)
			if cm < 0 || x.md.Mentions[cm].Kind != mentions.Country && x.md.Mentions[cm].Kind != mentions.Org || int(x.md.Mentions[cm].First) != k || x.md.Mentions[cm].Possessive {
				continue
			}
			j := x.md.Mentions[cm].Last
			if !sideNoun(x.lower(j)) {
				continue
			}
			if x.text(j+1) == "," {
				j++ // "the IMF team, led by P,"
			}
			for v := j + 1; v < s.Last && v < j+9; v++ {
				if mi := x.mentionAt(v); mi >= 0 && x.actor(int(mi)) >= 0 {
					break
				}
				w := x.lower(v)
				if w == "include" || w == "includes" || w == "included" || w == "including" {
					from = v + 1
				} else if (w == "led" || w == "headed") && x.lower(v+1) == "by" {
					from = v + 2
				}
				if from >= 0 || w == "," || w == ";" {
					break
				}
			}
			country = x.actor(int(cm))
		}
		if country < 0 || from < 0 {
			continue
		}
		persons, _ := x.peopleAfter(si, from)
		if len(persons) == 0 || !x.takesUpEncounter(si) {
			continue
		}
		x.replaceSide(si, country, persons)
	}
}

// sideNoun: nouns for the people of one side of an encounter.
func sideNoun(w string) bool {
	switch w {
	case "delegation", "delegations", "side", "team", "mission", "aides", "officials", "negotiators", "delegates", "representatives":
		return true
	}
	return false
}

// takesUpEncounter reports a definite encounter noun in sentence si.
func (x *extractor) takesUpEncounter(si int) bool {
	s := x.d.Sentences[si]
	for j := s.First; j < s.Last; j++ {
		if x.definiteEncounter(si, j) >= 0 {
			return true
		}
	}
	return false
}

// replaceSide puts persons in place of country in the nearest encounter
// told before sentence si (within four sentences) that has the country
// as a party and none of its people.
func (x *extractor) replaceSide(si, country int, persons []int) {
	target := -1
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Span.First >= si || m.Span.Last < si-4 || !hasEntity(m.Participants, country) || x.sideNamed(m.Participants, country) {
			continue
		}
		if target < 0 || m.Span.First > x.out.Meetings[target].Span.First {
			target = i
		}
	}
	if target < 0 {
		return
	}
	t := x.out.Meetings[target]
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Status != t.Status || m.Span.First >= si || !sameParticipants(m.Participants, t.Participants) {
			continue
		}
		ps := make([]Participant, 0, len(m.Participants)+len(persons))
		for _, p := range m.Participants {
			if p.Entity == country {
				for _, e := range persons {
					if !hasEntity(ps, e) && !hasEntity(m.Participants, e) {
						ps = append(ps, Participant{Entity: e, Role: p.Role})
					}
				}
				continue
			}
			ps = append(ps, p)
		}
		m.Participants = ps
		m.Rule += "+side-named-later"
	}
}

// groupAtEncounter reads a later sentence that names the whole group of
// an encounter told before: "he, B and C had a useful discussion during
// their meeting on Monday" after "A's meeting with B on Monday". The
// group must hold every party of the earlier meeting and the sentence
// must take the encounter up with a definite noun ("their meeting",
// "the talks"); the others in the group join it.
func (x *extractor) groupAtEncounter(si int) {
	s := x.d.Sentences[si]
	for v := s.First + 1; v+1 < s.Last; v++ {
		if x.d.Tokens[v].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(v) {
		case "had", "held":
			if !x.encounterObject(v+1, s.Last) {
				continue
			}
		case "agreed", "discussed", "decided", "reviewed":
			// "A, B and C agreed at their meeting on Monday to ..."
		default:
			continue
		}
		who := x.subjectBefore(si, v)
		if len(who) < 3 {
			continue
		}
		noun := -1
		for j := s.First; j < s.Last && noun < 0; j++ {
			if d := x.definiteEncounter(si, j); d >= 0 {
				noun = d
			}
		}
		if noun < 0 {
			continue
		}
		x.joinGroup(si, v, noun, who)
	}
}

// encounterObject reports an encounter noun as the object from token j:
// "a very useful discussion", "talks", "their first meeting".
func (x *extractor) encounterObject(j, last int) bool {
	for k := j; k < last && k < j+5; k++ {
		w := x.lower(k)
		switch {
		case encounterClass(w) != "", w == "discussion", w == "conversation", w == "encounter":
			return true
		case x.d.Tokens[k].Kind != segment.Word, x.d.Tokens[k].Has(segment.FlagCap):
			return false
		}
	}
	return false
}

// joinGroup is joinEncounter for a group that must hold every party of
// the encounter it completes.
func (x *extractor) joinGroup(si, k, noun int, who []int) {
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Kind == kg.MeetingCall || m.Span.First >= si || m.Span.Last < si-4 {
			continue
		}
		all := true
		for _, p := range m.Participants {
			in := false
			for _, e := range who {
				in = in || e == p.Entity
			}
			all = all && in
		}
		if !all {
			return // the nearest encounters are of other parties
		}
	}
	x.joinEncounter(si, k, noun, who)
}

// attendedBy reads the passive "the meeting was (also) attended by A and
// B", "the talks, which will be attended by the ministers of X and Y":
// the encounter the definite subject takes up was attended by them.
func (x *extractor) attendedBy(si int) {
	s := x.d.Sentences[si]
	for k := s.First + 2; k+2 < s.Last; k++ {
		if x.lower(k) != "attended" || x.lower(k+1) != "by" || x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		b := k - 1
		if x.lower(b) == "also" {
			b--
		}
		if x.lower(b) == "being" {
			b--
		}
		switch x.lower(b) {
		case "was", "were", "is", "are", "be", "been":
		default:
			continue
		}
		noun := x.encounterSubject(si, b)
		if noun < 0 {
			continue
		}
		who, _ := x.listAfter(si, k+2)
		if len(who) == 0 {
			who = x.countriesPosts(si, k+2)
		}
		if len(who) > 0 {
			x.joinEncounter(si, k, noun, who)
		}
	}
}

// alsoPresentWere reads the inverted "Also present at the meeting were
// A and B", "Also at the talks was C".
func (x *extractor) alsoPresentWere(si int) {
	s := x.d.Sentences[si]
	k := s.First
	if x.lower(k) != "also" || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return
	}
	j := k + 1
	switch x.lower(j) {
	case "present", "attending", "participating":
		j++
	}
	if x.lower(j) != "at" && x.lower(j) != "in" {
		return
	}
	noun := x.definiteEncounter(si, j+1)
	if noun < 0 || noun+2 >= s.Last {
		return
	}
	v := noun + 1
	if x.text(v) == "," {
		v++
	}
	if w := x.lower(v); w != "was" && w != "were" && w != "are" && w != "is" && w != "will" {
		return
	}
	if x.lower(v) == "will" {
		if x.lower(v+1) != "be" {
			return
		}
		v++
	}
	who, _ := x.listAfter(si, v+1)
	if len(who) > 0 {
		x.joinEncounter(si, v, noun, who)
	}
}

// spokeAtEncounter reads a speaker placed at an encounter told before by
// what he said there: "C told the meeting", "C said at the same
// meeting", "quoted C as saying at the talks". Only the bare definite
// noun ("the meeting", "the same talks") takes the encounter up: "told
// the annual meeting of shareholders" names another gathering.
func (x *extractor) spokeAtEncounter(si int) {
	s := x.d.Sentences[si]
	for k := s.First + 1; k+2 < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		var who []int
		noun := -1
		switch x.lower(k) {
		case "told", "addressed":
			noun = x.bareEncounter(si, k+1)
			who = x.subjectBefore(si, auxStart(x, s.First, k))
		case "said", "saying", "stated":
			if x.lower(k+1) != "at" {
				continue
			}
			noun = x.bareEncounter(si, k+2)
			if x.lower(k) == "saying" && x.lower(k-1) == "as" {
				// "quoted C as saying at the meeting"
				if mi := x.mentionAt(k - 2); mi >= 0 {
					if e := x.actor(int(mi)); x.isPerson(e) {
						who = []int{e}
					}
				}
			} else if x.lower(k) != "saying" {
				who = x.subjectBefore(si, k)
			}
		}
		if noun < 0 || len(who) == 0 {
			continue
		}
		var ppl []int
		for _, e := range who {
			if x.isPerson(e) {
				ppl = append(ppl, e)
			}
		}
		if len(ppl) > 0 {
			x.joinEncounter(si, k, noun, ppl)
		}
	}
}

// bareEncounter returns the noun of "the meeting", "the same talks",
// "that session" at token j, with nothing after it that names another
// gathering ("the meeting of shareholders"), or -1.
func (x *extractor) bareEncounter(si, j int) int {
	switch x.lower(j) {
	case "the", "that":
	default:
		return -1
	}
	n := j + 1
	if x.lower(n) == "same" {
		n++
	}
	w := x.lower(n)
	if encounterClass(w) == "" {
		return -1
	}
	switch x.lower(n + 1) {
	case "of", "in", "at", "between", "with":
		return -1
	}
	return n
}

// auxStart returns the token a clause's subject ends after, read back
// from "also" at k over its auxiliaries ("will also", "was also").
func auxStart(x *extractor, first, k int) int {
	j := k
	for j-1 > first {
		switch x.lower(j - 1) {
		case "will", "would", "was", "were", "is", "are", "has", "have", "had", "did", "be", "been", "could", "may":
			j--
			continue
		}
		break
	}
	return j
}

// definiteEncounter returns the encounter noun of a definite phrase
// starting at token j ("the meeting", "the 30-minute meeting", "their
// talks", "Monday's session", "the A-B talks"), or -1.
func (x *extractor) definiteEncounter(si, j int) int {
	s := x.d.Sentences[si]
	if j >= s.Last {
		return -1
	}
	switch w := x.lower(j); {
	case w == "the", w == "their", w == "its", w == "that", w == "this", w == "these", w == "those":
	case x.d.Tokens[j].Has(segment.FlagPossessive):
	default:
		if x.lower(j+1) != "'s" && x.lower(j+1) != "’s" {
			return -1
		}
		j++
	}
	for k := j + 1; k < s.Last && k <= j+5; k++ {
		w := x.lower(k)
		if encounterClass(w) != "" || w == "encounter" {
			return k
		}
		if x.d.Tokens[k].Has(segment.FlagInQuote) || w == "," || w == "and" || w == "of" || w == "with" || w == "between" {
			return -1
		}
	}
	return -1
}

// encounterSubject returns the definite encounter noun that is the
// subject of the clause whose verb follows "also" at k ("the talks will
// also involve", "the meeting, which will also include"), or -1: the
// last encounter noun before k with no actor named between them.
func (x *extractor) encounterSubject(si, k int) int {
	s := x.d.Sentences[si]
	for j := k - 1; j >= s.First; j-- {
		if x.d.Tokens[j].Has(segment.FlagInQuote) {
			return -1
		}
		if mi := x.mentionAt(j); mi >= 0 && x.actor(int(mi)) >= 0 {
			return -1
		}
		w := x.lower(j)
		if encounterClass(w) != "" || w == "encounter" {
			for d := j - 1; d >= s.First && d >= j-5; d-- {
				if x.definiteEncounter(si, d) == j {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// joinEncounter adds who to the meeting the definite encounter noun at
// noun takes up: the one told nearest before sentence si (within four
// sentences), of the same status as the joining clause. Names modifying
// the noun ("the A-B meeting") must be its participants. When the
// nearest sentence tells several encounters of different parties, the
// noun takes up none of them.
func (x *extractor) joinEncounter(si, k, noun int, who []int) {
	status := kg.StatusOccurred
	if x.planned(x.clauseStart(si, k), k) {
		status = kg.StatusPlanned
	}
	target := -1
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Kind == kg.MeetingCall || m.Span.First >= si || m.Span.Last < si-4 {
			continue
		}
		if target < 0 || m.Span.First > x.out.Meetings[target].Span.First {
			target = i
		} else if m.Span.First == x.out.Meetings[target].Span.First && !sameParticipants(m.Participants, x.out.Meetings[target].Participants) {
			target = -2
			break
		}
	}
	if target < 0 {
		return
	}
	t := x.out.Meetings[target]
	// a later meeting of other parties in the same sentence as the target
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind != kg.MeetingVisit && m.Kind != kg.MeetingCall && m.Span.First == t.Span.First && !sameParticipants(m.Participants, t.Participants) {
			return
		}
	}
	if t.Status != status {
		return
	}
	// names in the noun phrase ("the A-B meeting") must be the target's
	for j := noun - 1; j >= noun-5 && j >= x.d.Sentences[si].First; j-- {
		if w := x.lower(j); w == "the" || w == "their" || w == "this" || w == "that" || w == "these" || w == "those" {
			break
		}
		mi := x.mentionAt(j)
		if mi < 0 {
			continue
		}
		if e := x.actor(int(mi)); e >= 0 && !hasEntity(t.Participants, e) {
			return
		}
	}
	var add []Participant
	for _, e := range who {
		if e < 0 || hasEntity(t.Participants, e) || x.cr.Entities[e].IsPlace() {
			continue
		}
		if !x.isPerson(e) && x.sideNamed(t.Participants, e) {
			continue // a country or body whose person already sits at the table
		}
		dup := false
		for _, p := range add {
			dup = dup || p.Entity == e
		}
		if !dup {
			add = append(add, Participant{Entity: e})
		}
	}
	if len(add) == 0 {
		return
	}
	place := x.placeNear(si, noun) // "the A-B talks, to be held in Rome, will also include C"
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Kind == kg.MeetingCall || m.Status != t.Status || m.Span.First >= si || !sameParticipants(m.Participants, t.Participants) {
			continue
		}
		ps := make([]Participant, 0, len(m.Participants)+len(add))
		ps = append(append(ps, m.Participants...), add...)
		m.Participants = ps
		m.Rule += "+joined-later"
		if m.Place < 0 {
			m.Place = place
		}
	}
}

// countriesPosts reads the unnamed office holders of named countries
// from token j: "the finance ministers of A, B and C", "officials from
// A and B". The countries stand in for sides that name no person
// (GUIDELINES §7).
func (x *extractor) countriesPosts(si, j int) []int {
	s := x.d.Sentences[si]
	if x.lower(j) == "the" {
		j++
	}
	for n := 0; n < 2 && j < s.Last && x.d.Tokens[j].Kind == segment.Word && !x.d.Tokens[j].Has(segment.FlagCap) && !postsNoun(x.lower(j)); n++ {
		j++ // "aerospace ministers", "senior trade officials"
	}
	if j+2 >= s.Last || !postsNoun(x.lower(j)) || x.lower(j+1) != "of" && x.lower(j+1) != "from" {
		return nil
	}
	var cs []int
	for k := j + 2; k < s.Last; {
		cm := x.mentionAt(k)
		if cm < 0 || x.md.Mentions[cm].Kind != mentions.Country {
			break
		}
		if e := x.actor(int(cm)); e >= 0 {
			cs = append(cs, e)
		}
		k = x.md.Mentions[cm].Last
		if k < s.Last && x.text(k) == "," {
			k++
		}
		if k < s.Last && x.lower(k) == "and" {
			k++
		}
	}
	return cs
}

// postsNoun: plural nouns for a country's unnamed office holders.
func postsNoun(w string) bool {
	switch w {
	case "ministers", "secretaries", "governors":
		return true
	}
	return headOfState(w) || unnamedPeople(w)
}

func hasEntity(ps []Participant, e int) bool {
	for _, p := range ps {
		if p.Entity == e {
			return true
		}
	}
	return false
}

// sideNamed reports a participant who is a person of country or body e.
func (x *extractor) sideNamed(ps []Participant, e int) bool {
	for _, p := range ps {
		if !x.isPerson(p.Entity) {
			continue
		}
		if c := x.personCountry(p.Entity); c == e {
			return true
		}
	}
	return false
}

// fewerNamed gives one encounter told twice, once with fewer of its
// parties, the whole set: "A met B on Monday" and "A, B and C met on
// Monday" are one meeting of A, B and C (GUIDELINES §7), which the
// builder then keeps once with the first sentence as evidence. Only on
// the same day, of the same status, within four sentences, when the
// extra parties are people and the fuller report is no summit: a
// bilateral on a summit's sidelines, or "separately", is an encounter of
// its own.
func (x *extractor) fewerNamed() {
	ms := x.out.Meetings
	for i := range ms {
		a := &ms[i]
		if !x.mergeable(a) {
			continue
		}
		for j := range ms {
			b := &ms[j]
			if j == i || !x.mergeable(b) || b.Kind == kg.MeetingSummit || a.Status != b.Status || a.Date != b.Date ||
				len(b.Participants) <= len(a.Participants) || abs(a.Span.First-b.Span.First) > 4 {
				continue
			}
			sub := true
			for _, p := range a.Participants {
				sub = sub && hasEntity(b.Participants, p.Entity)
			}
			for _, p := range b.Participants {
				sub = sub && (hasEntity(a.Participants, p.Entity) || x.isPerson(p.Entity))
			}
			if !sub || x.apartCue(a.Span.First) || x.apartCue(b.Span.First) {
				continue
			}
			a.Participants = append([]Participant(nil), b.Participants...)
			a.Rule += "+fuller-report"
			break
		}
	}
}

// mergeable: a face-to-face encounter dated to the day.
func (x *extractor) mergeable(m *Meeting) bool {
	return m.Kind != kg.MeetingVisit && m.Kind != kg.MeetingCall && len(m.Participants) >= 2 && m.Date.Precision() == kg.PrecisionDay
}

// apartCue reports a sentence that sets an encounter apart from another
// ("separately", "on the sidelines", "bilateral", "again").
func (x *extractor) apartCue(si int) bool {
	if si < 0 || si >= len(x.d.Sentences) {
		return true
	}
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch x.lower(k) {
		case "separately", "separate", "sidelines", "bilateral", "again", "privately", "later", "earlier", "one-on-one":
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
