package events

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/extract/timex"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// ---- meetings ----
//
// A meeting is read from a trigger (met, talks, visit, hosted, called by
// phone, summit...), its agents (the clause's subject, a possessive, "talks
// between A and B") and its counterparts (after "with", the object, the
// destination of a visit). Then, over the whole article: co-visitors
// ("accompanied by"), the visit a meeting abroad implies, and the host of a
// visit with no stated destination.

type trigger struct {
	along  int // "join X on a visit": the token of the shared trip, 0 when none
	with   int // token of the "with" that introduces the counterparts, when not right after the trigger
	kind   kg.MeetingKind
	noun   bool
	plural bool
	first  int // token range of the trigger words
	last   int
	rule   string
	tour   bool // "a tour of Japan and Korea", "toured Brazil": a visit to each country, by people only
}

// visitAdjective words make "visit" a noun: "a two-day visit", "his
// first official visit".
func visitAdjective(w string) bool {
	switch w {
	case "a", "an", "the", "state", "official", "’s", "'s", "his", "her", "their", "its", "first", "recent", "working", "private", "brief", "surprise",
		"historic", "rare", "planned", "upcoming", "last", "latest", "second", "third", "formal", "week-long", "weeklong", "two-day", "three-day", "four-day", "five-day", "one-day":
		return true
	}
	return strings.HasSuffix(w, "-day") || strings.HasSuffix(w, "-long") || strings.HasSuffix(w, "-nation")
}

// determinedNoun: a determiner and at most two lower-case modifiers
// before token i make it a noun ("a brief weekend visit").
func (x *extractor) determinedNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := x.d.Tokens[k]
		w := x.lower(k)
		switch w {
		case "a", "an", "the", "his", "her", "their", "its":
			return true
		}
		if (w == "week" || w == "month" || w == "day") && x.lower(k+1) == "long" {
			continue // "a week long visit", its hyphen left out
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(w) || fillers[w] || isPreposition(w) || w == "week" || w == "month" || w == "year" {
			return false // "will this week visit Chile": a verb
		}
	}
	return false
}

// possessiveModified: a possessive and one or two lower-case modifiers
// before token i make it a noun ("X's scheduled visit", "Y's long
// awaited visit"), where determinedNoun stops at words that also build
// a verb phrase ("is scheduled to visit").
func (x *extractor) possessiveModified(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		t := x.d.Tokens[k]
		if t.Has(segment.FlagPossessive) {
			return k < i-1
		}
		w := x.lower(k)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(w) || isPreposition(w) || isDeterminerWord(w) {
			return false
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// placeModifier reports a country or place name ending at token k that
// modifies a noun after it, after a determiner: "a U.S. visit", "his
// Moscow trip".
func (x *extractor) placeModifier(k int) bool {
	mi := x.mentionAt(k)
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	if m.Last != k+1 || m.Kind != mentions.Country && m.Kind != mentions.Place {
		return false
	}
	return visitAdjective(x.lower(m.First - 1))
}

// findTrigger reads a meeting trigger at token i.
func (x *extractor) findTrigger(i, last int) (trigger, bool) {
	w := x.lower(i)
	next := x.lower(i + 1)
	prev := x.lower(i - 1)
	t := trigger{first: i, last: i + 1}
	switch w {
	case "met", "meets", "meet":
		t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-met"
		if next == "up" && i+2 < last {
			// the phrasal verb: "met up with X", "will meet up on Friday"
			t.last = i + 2
			if x.lower(i+2) == "with" {
				t.last = i + 3
			}
		} else if next == "with" {
			t.last = i + 2
		}
		return t, true
	case "meeting", "meetings":
		switch prev {
		case "is", "was", "are", "were", "be", "been":
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-met"
			return t, true
		}
		if mi := x.mentionAt(i + 1); w == "meeting" && mi >= 0 && (x.md.Mentions[mi].Kind == mentions.Person || x.md.Mentions[mi].Kind == mentions.Descriptor) {
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-met" // "after meeting X", ", meeting X,"
			return t, true
		}
		if w == "meeting" && i+1 < last && x.titledPersonAt(x.d.SentenceAt(int(x.d.Tokens[i].Start)), i+1) >= 0 {
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-met" // "after meeting Canadian Prime Minister X"
			return t, true
		}
		t.kind, t.noun, t.plural, t.rule = kg.MeetingMeeting, true, w == "meetings", "meeting:noun-meeting"
		return t, true
	case "talks", "talk", "talked", "discussions", "negotiations", "consultations":
		// "consultations" is the diplomatic word for talks ("held
		// consultations with X", "asked for consultations with Y"); without
		// its counterpart it is as often a side's own deliberation ("A and
		// B confined their consultations to ...")
		if w == "talk" && prev != "a" || w == "consultations" && next != "with" && next != "between" {
			return t, false
		}
		t.kind, t.noun, t.rule = kg.MeetingTalks, w != "talked", "talks:noun-talks"
		if w == "talked" && x.talkedPersonInto(i) {
			return t, false
		}
		if w == "talked" {
			t.rule = "talks:verb-talked"
			// "talked to X by telephone", "talked by phone with X": a call
			for k := i + 1; k < last && k < i+12; k++ {
				if lk := x.lower(k); lk == "phone" || lk == "telephone" {
					t.kind, t.rule = kg.MeetingCall, "call:verb-spoke-by-phone"
					break
				} else if lk == "." || lk == ";" {
					break
				}
			}
		}
		return t, true
	case "visited", "visits", "visit", "visiting", "trip":
		t.kind, t.rule = kg.MeetingVisit, "visit:verb-visited"
		if w == "visiting" && x.hereCountry() >= 0 && (prev == "" || !x.d.Tokens[i-1].Has(segment.FlagCap) && prev != "is" && prev != "are" && prev != "was" && prev != "were" && prev != "be" && prev != "been" && prev != "after" && prev != "before" && prev != "while" && prev != "when" && prev != "of" && prev != "by" && prev != "for" && prev != ",") {
			// "visiting U.S. Trade Representative X said": the titled
			// person named right after the adjective is on a visit to the
			// country the story is filed from
			if pm := x.titledPersonAt(x.d.SentenceAt(int(x.d.Tokens[i].Start)), i+1); pm >= 0 && x.md.Mentions[pm].Title.First == i+1 {
				t.rule = "visit:visiting-titled"
				t.last = i + 1
				return t, true
			}
		}
		switch {
		case w == "trip":
			t.noun = true
			t.rule = "visit:noun-visit"
		case w == "visit" && (visitAdjective(prev) || i > 0 && x.d.Tokens[i-1].Has(segment.FlagPossessive) || x.placeModifier(i-1) || x.determinedNoun(i) || x.possessiveModified(i) || x.bareApostrophe(i-1)),
			w == "visits" && (prev == "state" || prev == "official"):
			t.noun = true
			t.rule = "visit:noun-visit"
		}
		return t, true
	case "spent", "spend", "spends", "spending":
		return x.spentStayTrigger(i, last, t) // meetings_stay.go: "spent three days in Kenya"
	case "stop", "stops", "stopped", "stopping":
		return x.stopInTrigger(i, last, t) // meetings_stay.go: "will then stop in Oslo"
	case "way":
		return x.onWayTrigger(i, last, t) // meetings_onway.go: "on her way to Peru", "on her way back from Oslo"
	case "stopover", "stopovers", "stop-over":
		// "during a stopover in Lima": a short visit, its place after "in"
		if next == "in" {
			t.kind, t.noun, t.rule = kg.MeetingVisit, true, "visit:noun-visit"
			return t, true
		}
	case "tour", "toured", "touring", "tours":
		// "a two-week tour of Japan and Korea", "toured Brazil": a visit to
		// each country named (GUIDELINES §7: a continent's tour is none)
		t.kind, t.tour = kg.MeetingVisit, true
		if w == "tour" && next == "of" && (visitAdjective(prev) || i > 0 && x.d.Tokens[i-1].Has(segment.FlagPossessive) || x.determinedNoun(i) || x.possessiveModified(i)) {
			t.noun, t.rule = true, "visit:noun-visit"
			return t, true
		}
		if w != "tour" || prev == "to" || prev == "will" {
			if mi := x.mentionAt(i + 1); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Country || w == "touring" && next == "the" {
				t.rule = "visit:verb-visited"
				return t, true
			}
		}
		return t, false
	case "travelled", "traveled", "travelling", "traveling", "travels", "travel", "flew", "flies", "fly", "flown", "flying", "arrived", "arrives", "arrive", "arriving", "landed", "lands",
		"goes", "went", "go", "heads", "headed", "heading", "left", "leaves", "leave", "leaving", "departed", "departs", "depart", "departing",
		"came", "comes", "coming":
		// "travelled to France", "arrived in Riyadh", "travelling this week
		// to France", "left for Washington", "was heading for Tokyo": a
		// visit when the place is abroad and the traveller holds a post
		// (checked once the visitor is known)
		leaving := strings.HasPrefix(w, "le") || strings.HasPrefix(w, "dep")
		if strings.HasPrefix(w, "arriv") && x.hereCountry() >= 0 && x.arrivalWithoutPlace(i+1, last) {
			// "an IMF team arrived yesterday to study X", "when
			// he arrives for talks": no place named, so the dateline's
			t.kind, t.rule = kg.MeetingVisit, "visit:arrived-here"
			return t, true
		}
		for j := i + 1; j < last && j < i+6; j++ {
			if leaving && j == i+1 {
				// "left Tokyo yesterday for Seoul": the place left, then
				// the destination
				if mi := x.mentionAt(j); mi >= 0 {
					if m := &x.md.Mentions[mi]; m.First == j && !m.Possessive && m.Entry != nil && m.Entry.ISO != "" && (m.Kind == mentions.Country || m.Kind == mentions.Place) {
						j = m.Last - 1
						continue
					}
				}
			}
			switch x.lower(j) {
			case "here":
				if !leaving && x.hereCountry() >= 0 && (strings.HasPrefix(w, "arriv") || strings.HasPrefix(w, "fl") || strings.HasPrefix(w, "trav")) {
					t.kind, t.rule = kg.MeetingVisit, "visit:arrived-here"
					t.last = j + 1
					return t, true
				}
				return t, false
			case "for":
				if !leaving && !strings.HasPrefix(w, "head") {
					return t, false // "flew for the first time"
				}
				t.kind, t.rule = kg.MeetingVisit, "visit:verb-left-for"
				t.last = j
				return t, true
			case "to", "in", "into":
				if leaving {
					return t, false // "left to his deputy", "leave in place"
				}
				if x.lower(j) != "to" && (w == "goes" || w == "went" || w == "go" || strings.HasPrefix(w, "head") || strings.HasPrefix(w, "com") || w == "came") {
					return t, false // "went into recession"
				}
				t.kind, t.rule = kg.MeetingVisit, "visit:verb-travelled"
				t.last = j
				return t, true
			case "this", "last", "next", "week", "month", "today", "yesterday", "on", "overnight", "later", "earlier", "tomorrow", "tonight", "morning", "afternoon", "evening", "night":
				continue
			case "at", "the", "weekend":
				if leaving {
					continue // "left at the weekend for X"
				}
			}
			if x.g.Weekday(x.text(j)) > 0 {
				continue
			}
			break
		}
	case "returned", "returning", "returns", "return":
		// "X returned from Washington", "on his return from Moscow",
		// "after returning home from Japan": X had been there, so the
		// visit happened (or is under way: "when X returns from Tokyo")
		j := i + 1
		if next == "home" {
			j++
		}
		if x.lower(j) != "from" || j >= last {
			return t, false
		}
		if w == "return" {
			switch {
			case prev == "his" || prev == "her":
				// "on his return from Moscow"; "their return" is often a
				// group's with unnamed members, no one's official trip
				t.noun = true
			case prev == "will" || prev == "would" || prev == "to" && (x.lower(i-2) == "due" || x.lower(i-2) == "expected" || x.lower(i-2) == "scheduled"):
				// "is due to return from Oslo on Friday": there now; "asked
				// the envoy to return from X" is a recall, no visit
			default:
				return t, false
			}
		}
		t.kind, t.rule = kg.MeetingVisit, "visit:returned-from"
		t.last = j
		return t, true
	case "sending", "send", "sends", "sent", "dispatched", "dispatching":
		// "is sending Foreign Minister X to Ottawa": X's visit
		if ents, end := x.listAfter(x.d.SentenceAt(int(x.d.Tokens[i].Start)), i+1); len(ents) == 1 && x.isPerson(ents[0]) && end < last && x.lower(end) == "to" {
			t.kind, t.rule = kg.MeetingVisit, "visit:sent"
			t.last = end
			return t, true
		}
	case "discussed", "discusses", "discussing", "discuss":
		// "X discussed trade with Y": talks, when a "with" follows in the clause
	scan:
		for j := i + 1; j < last && j < i+10; j++ {
			switch x.lower(j) {
			case "with":
				if w == "discuss" {
					break scan // the infinitive's subject is read with the pair below
				}
				if p := x.lower(j - 1); j-1 > i && strings.HasSuffix(p, "ed") && !x.d.Tokens[j-1].Has(segment.FlagCap) {
					// "discussed an amendment to an accord signed with Y":
					// "with" belongs to the participle, Y to the accord
					return t, false
				}
				t.kind, t.rule = kg.MeetingTalks, "talks:verb-discussed"
				t.last = i + 1
				t.with = j
				return t, true
			case ",", ";", ".", "that", "whether":
				break scan
			}
		}
		// "A and B will discuss the loan at a meeting on Tuesday", "A and
		// B are discussing a merger": a pair as the verb's subject talk
		// with each other (meeting keeps it only for such a pair)
		b := i - 1
		for b > 0 && (x.lower(b) == "also" || x.lower(b) == "now" || x.lower(b) == "still" || x.lower(b) == "already") {
			b--
		}
		if pb := x.lower(b); w != "discussing" || isBe(pb) || pb == "were" || pb == "was" || pb == "be" || pb == "been" {
			t.kind, t.rule = kg.MeetingTalks, "talks:verb-discussed-pair"
			return t, true
		}
	case "hosted", "hosts", "host", "received", "welcomed", "welcomes", "greeted", "greets":
		t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-hosted"
		return t, true
	case "phoned", "telephoned", "called", "rang":
		if w == "called" && next == "on" {
			// "called on X in Ottawa": a visit paid to a person; "called on
			// X to resign" is an appeal
			si := x.d.SentenceAt(int(x.d.Tokens[i].Start))
			if ents, end := x.listAfter(si, i+2); len(ents) > 0 && end < last && !x.appealAfter(end, last) {
				for _, e := range ents {
					if !x.isPerson(e) {
						return t, false
					}
				}
				t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-called-on"
				t.last = i + 2
				return t, true
			}
			return t, false
		}
		if w == "called" || w == "rang" {
			// "called the deal lousy", "called Nevada": a call only when
			// the sentence speaks of a phone
			phone := false
			for k := i + 1; k < last && k < i+12; k++ {
				if lk := x.lower(k); lk == "phone" || lk == "telephone" || lk == "phone," {
					phone = true
				}
			}
			if !phone {
				return t, false
			}
		}
		t.kind, t.rule = kg.MeetingCall, "call:verb-called"
		return t, true
	case "call", "conversation", "calls", "conversations", "conference":
		if (w == "call" || w == "calls") && next == "on" {
			// "is to call on President X", "paid a courtesy call on X"
			// (meetings_callon.go); "a phone call on Friday" reads on
			if ct, ok := x.callOnTrigger(i, last, t); ok {
				return ct, true
			}
		}
		if prev == "phone" || prev == "telephone" || prev == "video" || prev == "a" && w == "call" || w == "call" && prev == "conference" {
			t.kind, t.noun, t.rule = kg.MeetingCall, true, "call:noun-call"
			if w == "conference" && next == "call" {
				return t, false // "video conference call": the call is the trigger
			}
			return t, true
		}
	case "calling":
		if next == "on" {
			if ct, ok := x.callOnTrigger(i, last, t); ok {
				return ct, true
			}
		}
	case "videoconference":
		t.kind, t.noun, t.rule = kg.MeetingCall, true, "call:noun-call"
		return t, true
	case "spoke", "speaks", "spoken", "talking", "speaking":
		// "spoke by phone with", "spoke to X by telephone"
		for k := i + 1; k < last && k < i+12; k++ {
			lk := x.lower(k)
			if lk == "phone" || lk == "telephone" {
				t.kind, t.rule = kg.MeetingCall, "call:verb-spoke-by-phone"
				return t, true
			}
			if lk == "." || lk == ";" {
				break
			}
		}
	case "audience":
		// "had an audience with the Pope"
		if next == "with" {
			t.kind, t.noun, t.rule = kg.MeetingMeeting, true, "meeting:noun-meeting"
			return t, true
		}
	case "guest", "guests":
		// "in Rome as the guests of President X": staying with a host
		if next == "of" {
			t.kind, t.noun, t.rule = kg.MeetingMeeting, true, "meeting:noun-guest"
			t.plural = false
			return t, true
		}
	case "join", "joins", "joined", "joining":
		// "X is to join Y on a visit to Sheffield": the two meet
		if ents, end := x.listAfter(x.d.SentenceAt(int(x.d.Tokens[i].Start)), i+1); len(ents) == 1 && x.isPerson(ents[0]) && end+1 < last && (x.lower(end) == "in" || x.lower(end) == "on") {
			for j := end + 1; j < last && j < end+6; j++ {
				switch x.lower(j) {
				case "visit", "trip", "tour":
					t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-joined"
					t.last = i + 1
					t.along = j // the trip they share dates the meeting
					return t, true
				}
			}
		}
		if j := x.joinedAtAppearance(i, last); j > 0 {
			// "X will join Y and Z at a poster launch": one appearance
			// together (meetings_mbbc.go)
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-joined-appearance"
			t.last = i + 1
			t.along = j
			return t, true
		}
	case "alongside":
		// "X will line up alongside Y for the launch" (meetings_mbbc.go)
		if v := x.alongsideVerb(i); v >= 0 {
			if j := x.joinedAtAppearance(i, last); j > 0 {
				t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-joined-appearance"
				t.first, t.last, t.along = v, i+1, j
				return t, true
			}
		}
	case "summit", "summits":
		t.kind, t.noun, t.rule = kg.MeetingSummit, true, "summit:noun-summit"
		return t, true
	case "row", "spat", "confrontation", "altercation", "bust-up", "argument", "shouting-match", "clashed":
		return x.quarrelTrigger(i, last, t) // meetings_row.go: "a blazing row with X"
	case "conferred", "confers":
		// "conferred with X"
		if next == "with" {
			t.kind, t.rule = kg.MeetingTalks, "talks:verb-conferred"
			t.with = i + 1
			return t, true
		}
	case "negotiating", "negotiates", "negotiated", "negotiate":
		// "X is negotiating with Y", "X negotiated directly with Y":
		// talks, as the noun "negotiations" is. An infinitive is a plan
		// only after a verb of planning ("agreed to negotiate with Y");
		// "willing to", "ready to", "prefer to negotiate" are hypothetical
		// (GUIDELINES §7), and "a pact negotiated with Y" has no agent
		wi := i + 1
		if a := x.lower(wi); a == "directly" || a == "separately" || a == "bilaterally" || a == "jointly" {
			wi++
		}
		if x.lower(wi) != "with" {
			return t, false
		}
		if prev == "to" {
			switch x.lower(i - 2) {
			case "agreed", "agree", "agrees", "expected", "due", "scheduled", "set", "plans", "planned", "planning", "going", "decided", "decide", "decides", "begin", "began", "start", "started":
			default:
				return t, false
			}
		}
		if w == "negotiated" && i > 0 && !x.d.Tokens[i-1].Has(segment.FlagCap) {
			switch prev {
			case "has", "have", "had", "and", "also", "then", "successfully", "already":
			default:
				if x.mentionAt(i-1) < 0 {
					return t, false // "the pact negotiated with Y"
				}
			}
		}
		t.kind, t.rule = kg.MeetingTalks, "talks:verb-negotiated"
		t.with = wi
		return t, true
	case "shook", "shakes":
		// "A and B shook hands", "shook hands with X"
		if next == "hands" {
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-shook-hands"
			t.last = i + 2
			return t, true
		}
	case "sat", "sit", "sits", "sitting":
		// "sat down with X", "will sit down with X"
		if next == "down" && x.lower(i+2) == "with" {
			t.kind, t.rule = kg.MeetingMeeting, "meeting:verb-sat-down"
			t.with = i + 2
			return t, true
		}
	case "dinner", "lunch", "breakfast", "luncheon":
		// "had dinner with X", "hosted a lunch for X": an encounter over a meal
		switch prev {
		case "had", "a", "working", "state", "private", "official":
			for j := i + 1; j < last && j < i+5; j++ {
				if lj := x.lower(j); lj == "with" || lj == "for" && prev != "had" {
					t.kind, t.noun, t.rule = kg.MeetingMeeting, true, "meeting:noun-meal"
					return t, true
				} else if lj == "," || lj == "." {
					break
				}
			}
		}
		// "at a dinner hosted by Z": the host and the people the sentence
		// places there (a speaker and his listener) met
		if (prev == "a" || prev == "the") && x.lower(i-2) == "at" && (next == "hosted" || next == "given") && x.lower(i+2) == "by" {
			t.kind, t.noun, t.rule = kg.MeetingMeeting, true, "meeting:noun-meal-hosted"
			t.last = i + 3 // "hosted by" is no trigger of its own
			return t, true
		}
	case "is", "was", "are", "were", "be", "been":
		// "X is in the United Arab Emirates to discuss ...", "X will be in
		// Athens on Tuesday", "X has been in Japan exchanging views": on a
		// visit; "X is here for talks": in the dateline's country
		if tr, ok := x.dueTrigger(i, last, t); ok {
			return tr, true // meetings_stay.go: "X is due here on Friday", "is expected in Oslo next week"
		}
		if next == "here" && x.hereCountry() >= 0 {
			if a := x.lower(i + 2); a == "for" || a == "to" || a == "on" {
				t.kind, t.rule = kg.MeetingVisit, "visit:arrived-here"
				t.last = i + 2
				return t, true
			}
		}
		if next == "in" && x.stayAbroadAt(i+2, last) {
			t.kind, t.rule = kg.MeetingVisit, "visit:be-in-country"
			t.last = i + 1
			return t, true
		}
		// "X is currently in Damascus", "who is now in India", "was also
		// in Washington for talks": an adverb of the present stay makes
		// the place alone enough; "also" and "still" want the stay's
		// purpose or time as above
		if (next == "currently" || next == "now" || next == "also" || next == "still") && x.lower(i+2) == "in" && i+3 < last {
			if x.stayAbroadAt(i+3, last) || (next == "currently" || next == "now") && x.placeAt(i+3) {
				t.kind, t.rule = kg.MeetingVisit, "visit:be-in-country"
				t.last = i + 2
				return t, true
			}
		}
	case "in":
		// "X, in Brazil for talks with ..., said", "X, currently in
		// Iceland for a meeting, ...": the stay of the person the phrase
		// stands in apposition to
		j := i - 1
		if prev == "currently" || prev == "now" {
			j--
		}
		if j > 0 && x.text(j) == "," && x.appositiveOf(j) >= 0 && x.stayAbroadAt(i+1, last) {
			t.kind, t.rule = kg.MeetingVisit, "visit:appositive-in"
			return t, true
		}
	}
	if mt, ok := x.mealTrigger(i, last, t); ok {
		return mt, true // "dined with X", "at dinner with X"
	}
	return t, false
}

// stayAbroadAt reads, from token j on, a country or capital followed by
// the purpose or occasion of a stay there: "(is in) the UAE to discuss",
// "Oslo today and tomorrow for talks", "Japan exchanging views".
func (x *extractor) stayAbroadAt(j, last int) bool {
	if j >= last {
		return false
	}
	k := j
	if x.lower(k) == "the" {
		k++
	}
	mi := x.mentionAt(k)
	if mi < 0 || k >= last {
		return false
	}
	m := &x.md.Mentions[mi]
	if !(m.Kind == mentions.Country || m.Kind == mentions.Place && m.Entry != nil && m.Entry.Kind == gazetteer.Capital) || m.Entry == nil || m.Entry.ISO == "" {
		return false
	}
	a := x.lower(m.Last)
	if a == "on" && possessiveDeterminer(x.lower(m.Last+1)) && x.lower(m.Last+2) == "way" {
		return false // "in London on his way home": a stop in transit
	}
	if a == "today" || a == "this" && x.lower(m.Last+1) == "week" {
		n := m.Last + 1 + b2i(a == "this")
		if x.lower(n) == "and" && x.lower(n+1) == "tomorrow" {
			n += 2 // "is in Oslo today and tomorrow for talks"
		}
		a = x.lower(n) // "is in Washington today to meet"
	}
	if a == "to" || a == "for" || a == "on" || a == "(" || strings.HasSuffix(a, "ing") && len(a) > 5 && !x.d.Tokens[m.Last].Has(segment.FlagCap) {
		return true
	}
	// "will be in Oslo from May 2 to 5", "was in Ottawa last
	// week": the stay's time told as its complement, as "on Friday" is
	if t := x.lower(m.Last); m.Last < last && t != "today" && t != "tonight" && !x.d.Tokens[m.Last].Has(segment.FlagInQuote) {
		// ("is in Rome today" alone is a stay under way, read above
		// only with its purpose)
		k := m.Last
		if t == "from" || t == "until" || t == "between" {
			k++ // the date after the preposition read at m.Last
		}
		// k may pass the sentence's end ("is in Oslo from" at the end of
		// a text): no date then
		if k < last {
			if si := x.d.SentenceAt(int(x.d.Tokens[k].Start)); si >= 0 && x.dateStartingAt(si, k) >= 0 {
				return true
			}
		}
	}
	return false
}

// countryNamed reports a country entity e that the article names itself
// (by name, short name, demonym or seat), not only through its cities.
func (x *extractor) countryNamed(e int) bool {
	id := x.cr.Entities[e].ID
	for i := range x.md.Mentions {
		m := &x.md.Mentions[i]
		if m.Kind == mentions.Country && m.Entry != nil && m.Entry.Kind != gazetteer.Capital && kg.CountryID(m.Entry.ISO) == id {
			return true
		}
	}
	return false
}

// countryMentioned reports a country (by id) that the article refers to
// itself: by name, demonym, title or seat, or by its capital acting for
// it ("Washington argues"), all of them country mentions (GUIDELINES §4);
// a city named as a place is none.
func (x *extractor) countryMentioned(id string) bool {
	for i := range x.md.Mentions {
		m := &x.md.Mentions[i]
		if m.Kind == mentions.Country && m.Entry != nil && kg.CountryID(m.Entry.ISO) == id {
			if m.Entry.Kind != gazetteer.Capital || !x.capitalAsPlace(i) {
				return true
			}
		}
		if m.Kind == mentions.Place && m.Entry != nil && m.Entry.ISO == "GB" && kg.CountryID("GB") == id {
			switch m.Entry.Name {
			case "England", "Scotland", "Wales", "Northern Ireland":
				return true // GUIDELINES §4: the nations of the United Kingdom name it
			}
		}
		for _, t := range []*mentions.Title{m.Title, m.Appos} {
			if t != nil && t.OfISO != "" && kg.CountryID(t.OfISO) == id {
				return true // "U.S. Treasury Secretary": the country before its ministry's post
			}
		}
	}
	return false
}

// capitalAsPlace reports a capital (mention mi) read as a country that
// is still only a place: a destination or whereabouts ("left for
// Washington", "from Moscow") or a modifier ("London coffee prices", "a
// Washington meeting"). Only a capital acting ("Washington argues",
// "talks with Moscow") names its country (GUIDELINES §4).
func (x *extractor) capitalAsPlace(mi int) bool {
	m := &x.md.Mentions[mi]
	if m.AsPlace || x.modifier(mi) {
		return true
	}
	switch x.lower(m.First - 1) {
	case "for", "to", "from", "in", "at", "into", "via":
		return true
	}
	return false
}

// appositiveOf returns the person whose name ends right before the comma
// at token c ("Yeutter, in New Zealand ..."), or -1.
func (x *extractor) appositiveOf(c int) int {
	mi := x.mentionAt(c - 1)
	if mi < 0 {
		return -1
	}
	m := &x.md.Mentions[mi]
	if m.Last != c || m.Possessive || m.InTitle || m.Kind != mentions.Person && m.Kind != mentions.Surname {
		return -1
	}
	if e := x.actor(int(mi)); x.isPerson(e) {
		return e
	}
	return -1
}

func (x *extractor) meetings(si int) {
	s := x.d.Sentences[si]
	if x.text(s.Last-1) == "?" {
		return
	}
	defer x.encounters(si)() // encounters.go: posts resolved in the sentence, British encounter phrasings
	x.loadTriggers(si)       // the sentence's triggers first: a date belongs to the nearest one
	// loadTriggers read the sentence as this loop did; its triggers are
	// kept whole so the sentence is not read for them twice
	x.meetTrigs = append(x.meetTrigs[:0], x.trigFound...)
	for k := range x.meetTrigs {
		x.meeting(si, x.meetTrigs[k])
	}
	x.tourStops(si) // meetings_tourtake.go: "a tour that has taken X to A and B"
}

// scareQuote reports a token inside a quotation of at most four words
// the writer's own sentence goes on around: in "had been in "intensive
// talks" with X" the talks are the writer's fact.
func (x *extractor) scareQuote(i int) bool {
	q := x.d.QuoteAt(i)
	if q < 0 {
		return false
	}
	qt := x.d.Quotes[q]
	if qt.Close < 0 || qt.Close-qt.Open > 5 {
		return false
	}
	return true
}

// clauseStart finds where the clause holding token i begins: after a
// semicolon, colon or dash, after a relative pronoun ("..., who arrived
// from a meeting with X"), or after a verb of speech and its "that" ("X
// said Chile and Peru were moving towards talks").
func (x *extractor) clauseStart(si, i int) int {
	s := x.d.Sentences[si]
	for k := i - 1; k >= s.First; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch w := x.lower(k); w {
		case ";", ":", "—", "–":
			return k + 1
		case "who", "which", "where", "whom":
			if k > s.First {
				return k
			}
		case "that":
			if k > s.First && (mentions.IsSpeechVerb(x.lower(k-1)) || reportNoun(x.lower(k-1))) {
				return k + 1
			}
		case "hopes", "hoped", "believes", "believed", "thinks", "expects", "fears", "feared", "wants", "wanted":
			// "X hopes Y will make proposals at a meeting with Z": Y's
			// clause, when a name and its verb follow the wish
			// (over the title before the name: "Japanese Prime Minister Y")
			for j := k + 1; k > s.First && x.mentionAt(k) < 0 && j < i && j < k+6 && x.d.Tokens[j].Has(segment.FlagCap); j++ {
				nm := x.mentionAt(j)
				if nm < 0 {
					continue
				}
				m := &x.md.Mentions[nm]
				if m.Last >= i || m.Possessive {
					break
				}
				switch x.lower(m.Last) {
				case "will", "would", "could", "should", "can", "may", "might", "shall", "is", "was", "are", "were", "to":
					return k + 1
				}
				j = m.Last - 1
			}
		case "told", "tells", "telling":
			if e := x.warnedListener(k, i); e >= 0 && x.mentionAt(k) < 0 {
				return e // "told the Senate that talks with Y would resume": the listener is no subject
			}
			// "He told a news conference his office had talks with Y",
			// "told reporters that ...": a new clause after the listeners
			j := k + 1
			if w := x.lower(j); w == "a" || w == "the" {
				j++
			}
			n := j
			for j < i && listenerWord(x.lower(j)) {
				j++
			}
			if j > n && j < i {
				if x.lower(j) == "that" {
					return j + 1
				}
				if x.mentionAt(j) >= 0 || possessiveDeterminer(x.lower(j)) {
					return j
				}
			}
			if mentions.IsSpeechVerb(w) && k+1 < i && x.mentionAt(k) < 0 && !x.d.Tokens[k].Has(segment.FlagCap) {
				if nm := x.mentionAt(k + 1); nm >= 0 && x.md.Mentions[nm].Kind != mentions.Pronoun {
					// "told Reuters (in an interview) meetings with X ...": the listener is no subject
					if e := int(x.md.Mentions[nm].Last); e < i {
						return e
					}
				}
				if nm := x.mentionAt(k + 1); nm >= 0 || x.lower(k+1) == "the" && !x.triggerOpens(k+1, i) || x.complementAfter(k+1, i) {
					return k + 1
				}
			}
		default:
			if mentions.IsSpeechVerb(w) && k+1 < i && x.mentionAt(k) < 0 && !x.d.Tokens[k].Has(segment.FlagCap) && w != "agreed" && w != "urged" && w != "asked" {
				if e := x.warnedListener(k, i); e >= 0 {
					return e // "warned the Senate that a bill would hurt talks with Y": the listener is no subject
				}
				if nm := x.mentionAt(k + 1); nm >= 0 && (w == "told" || w == "tells") && x.md.Mentions[nm].Kind != mentions.Pronoun {
					// "told Reuters (in an interview) meetings with X ...": the listener is no subject
					if e := int(x.md.Mentions[nm].Last); e < i {
						return e
					}
				}
				if nm := x.mentionAt(k + 1); nm >= 0 || x.lower(k+1) == "the" && !x.triggerOpens(k+1, i) || x.complementAfter(k+1, i) {
					return k + 1 // "X said Turkey and Greece were ...", "X said progress was made in talks with Y"
				}
			}
		}
	}
	return s.First
}

// warnedListener: a verb of speech at token k that takes its listener as
// object ("warned the Senate", "told Japan", "reminded X") followed by
// that listener, named before token i: the listener's last token, where
// the clause of what was said begins, or -1.
func (x *extractor) warnedListener(k, i int) int {
	switch x.lower(k) {
	case "told", "tells", "telling", "warned", "warns", "warning", "assured", "assures", "reminded", "reminds", "cautioned", "cautions", "informed", "informs":
	default:
		return -1
	}
	nm, _ := x.openingMention(k + 1)
	if nm < 0 || x.md.Mentions[nm].Kind == mentions.Pronoun || x.md.Mentions[nm].Possessive {
		return -1
	}
	if e := int(x.md.Mentions[nm].Last); e < i {
		return e
	}
	return -1
}

// complementAfter reports a clause of its own starting at token k right
// after a verb of speech ("said progress was made ..."), as opposed to
// what still belongs to the speaker's clause: a time, a place, a
// listener or an opening conjunction ("said after talks with X", "told
// reporters in Oslo").
func (x *extractor) complementAfter(k, i int) bool {
	if k < len(x.d.Tokens) && x.d.Tokens[k].Kind == segment.Quote && x.d.Tokens[k].Has(segment.FlagOpen) {
		k++ // said "significant progress" was made
	}
	if k >= len(x.d.Tokens) || x.d.Tokens[k].Kind != segment.Word || x.triggerOpens(k, i) {
		return false
	}
	w := x.lower(k)
	if isPreposition(w) || functionWord(w) || fillers[w] || x.g.Weekday(x.text(k)) > 0 {
		return false
	}
	switch w {
	case "it", "they", "we", "reporters", "journalists", "parliament", "mps", "lawmakers", "a", "an", "his", "her", "their", "its", "yesterday", "today", "tonight", "earlier", "later", "last", "this", "separately", "afterwards", "afterward":
		return false
	}
	return true
}

// triggerOpens reports a noun trigger at token i that opens the clause
// starting at token k ("said eight hours of talks with X ended", "said
// recent talks with X were informal"): the speaker took part. Only
// determiners, modifiers and "of" may come between.
func (x *extractor) triggerOpens(k, i int) bool {
	if i < k || i-k > 5 {
		return false
	}
	for j := k; j < i; j++ {
		t := x.d.Tokens[j]
		w := x.lower(j)
		if t.Kind == segment.Number || w == "of" || isDeterminerWord(w) && w != "and" && w != "or" && w != "but" {
			continue
		}
		if t.Kind != segment.Word || x.mentionAt(j) >= 0 || functionWord(w) || fillers[w] || isPreposition(w) {
			return false
		}
	}
	return true
}

// relativeAntecedent returns the actor a relative clause starting at
// token k ("who", "where") is about: the mention just before it, or -1.
func (x *extractor) relativeAntecedent(si, k int) int {
	s := x.d.Sentences[si]
	j := k - 1
	if j >= s.First && x.text(j) == "," {
		j--
	}
	if j-2 >= s.First && x.text(j+1) == "," && x.d.Tokens[j].Kind == segment.Number && x.text(j-1) == "," {
		j -= 2 // "X, 61, who": an age between the name and the relative
	}
	if j < s.First {
		return -1
	}
	mi := x.mentionAt(j)
	if x.lower(k) == "who" && (mi < 0 || x.md.Mentions[mi].Kind == mentions.Descriptor && x.actor(int(mi)) < 0) {
		if am := x.appositiveAntecedent(si, j); am >= 0 {
			return am // meetings_possgroup.go: "X, a banker who"
		}
	}
	if mi < 0 || x.md.Mentions[mi].Last != j+1 {
		return -1
	}
	return int(mi)
}

var fillers = map[string]bool{"also": true, "later": true, "again": true, "then": true, "previously": true, "recently": true, "has": true, "had": true, "have": true, "reportedly": true, "already": true, "first": true, "last": true, "finally": true, "briefly": true, "separately": true, "subsequently": true, "once": true, "twice": true, "personally": true, "publicly": true, "privately": true, "formally": true, "officially": true, "jointly": true, "both": true, "all": true, "will": true, "would": true, "to": true, "is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "and": false, "would-be": false, "just": true, "had-": false, "also-": false, "said": false, "never": true, "not": true, "did": true, "does": true, "do": true, "expected": true, "scheduled": true, "due": true, "set": true, "plans": true, "planned": true, "planning": true, "hopes": true, "wants": true, "intends": true, "agreed": true, "going": true, "likely": true, "shall": true, "could": true, "may": true, "might": true, "can": true, "must": true, "should": true}

// subjectBefore returns the actor entities named just before token i
// (skipping adverbs, auxiliaries, a time phrase and an interjected ", ...
// ,"), with coordination ("A and B met"), or the antecedent of a relative
// pronoun ("X, who met Y").
func (x *extractor) subjectBefore(si, i int) []int {
	s := x.d.Sentences[si]
	if j := x.preparingTo(s.First, i); j >= 0 {
		i = j // "X prepares to visit": X's plan, like "X plans to visit"
	}
	k := x.skipAdverbialsTo(s.First, i-1, true)
	if k-2 >= s.First && (x.lower(k) == "said" || x.lower(k) == "says") {
		// "Y, whom he said recently spoke with Z": the relative's antecedent
		// does what the speaker reports
		j := k - 1
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Last == k {
			j = x.md.Mentions[mi].First - 1
			if w := x.lower(j); (w == "whom" || w == "who") && !x.d.Tokens[j].Has(segment.FlagInQuote) {
				if am := x.relativeAntecedent(si, j); am >= 0 {
					if e := x.actor(am); x.isPerson(e) {
						return []int{e}
					}
				}
			}
		}
	}
	if k >= s.First && (x.lower(k) == "who" || x.lower(k) == "where") && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		if x.lower(k) == "where" {
			return nil // "in Riyadh, where Y met": the subject follows "where"
		}
		if mi := x.relativeAntecedent(si, k); mi >= 0 {
			if e := x.actor(mi); e >= 0 {
				return []int{e}
			}
		}
		return nil
	}
	if k >= s.First && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
		if ps := x.appositiveName(si, k); ps != nil {
			return ps
		}
		if ps := x.relationAppositive(si, k); ps != nil {
			return ps
		}
		if pm := x.mentionAt(k - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Title != nil && x.md.Mentions[pm].Last == k && !x.inPrepPhrase(int(pm)) {
			// "Labour minister, Alfredo Franco, met": the titled name before
			// the comma; not one inside an interjection ("X, accompanied by
			// Foreign Minister Y, visited")
			k--
		} else if pm >= 0 && (x.md.Mentions[pm].Kind == mentions.Person) && x.md.Mentions[pm].Last == k && x.md.Mentions[pm].First-1 > s.First && x.text(x.md.Mentions[pm].First-1) == "," && !x.md.Mentions[pm].Possessive && !x.md.Mentions[pm].InQuote && x.mentionAt(x.md.Mentions[pm].First-2) < 0 && x.isPerson(x.actor(int(pm))) {
			// "his Mexican counterpart, minister of oil and mines, X,
			// should be in Lima": the name in apposition to a description
			// is the subject
			return []int{x.actor(int(pm))}
		} else {
			// "Xi, in return, pledged": jump over one interjection or appositive
			j := k - 1
			for j >= s.First && !(x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote)) && k-j < 30 {
				j--
			}
			if j >= s.First && x.text(j) == "," {
				k = j - 1
			}
			if k-1 > s.First && x.d.Tokens[k].Kind == segment.Number && x.text(k-1) == "," {
				k -= 2 // "X, 39, who has ..., met": an age before the interjection
			}
		}
	}
	if pm := x.mentionAt(k - 1); k >= s.First && (x.lower(k) == "and" || x.lower(k) == "but") && !x.d.Tokens[k].Has(segment.FlagInQuote) &&
		(pm < 0 || x.md.Mentions[pm].Kind == mentions.Place) {
		// "X and Y spent two days in Washington and will visit Britain":
		// the subject of the first verb
		if subj := x.sentenceSubject(si, k); subj >= 0 {
			if e := x.actor(subj); e >= 0 {
				out := []int{e}
				out = append(out, x.coordinatedAfter(si, subj, k)...)
				return out
			}
		}
		return nil
	}
	if k < s.First {
		return nil
	}
	var out []int
	for k >= s.First {
		mi := x.mentionAt(k)
		if mi < 0 {
			break
		}
		m := &x.md.Mentions[mi]
		if m.Owner >= 0 {
			// "President X of Pakistan met": the person
			mi, m = int32(m.Owner), &x.md.Mentions[m.Owner]
		}
		if m.InTitle {
			break
		}
		if m.Possessive || x.modifier(int(mi)) {
			break // "Putin's aides met", "UK firms met": not Putin, not the UK
		}
		if w := x.lower(m.Last - 1); m.Kind == mentions.Country && m.Entry != nil && m.Entry.Kind == gazetteer.Demonym && m.First > s.First && isDeterminerWord(x.lower(m.First-1)) && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i")) {
			// "the Chilean will meet X": a person the text does not name, not
			// Chile; the collective forms stay the country ("the Soviets",
			// "the French", "the Japanese")
			break
		}
		e := x.actor(int(mi))
		if e < 0 {
			break
		}
		out = append(out, e)
		if m.Kind == mentions.Pair {
			out = append(out, x.pair(int(mi))[1]) // "the two leaders met"
		}
		k = m.First - 1
		// a title before the name is part of it
		if m.Title != nil && !m.Title.Appositive && m.Title.First <= k {
			k = m.Title.First - 1
		}
		if m.Hon != "" {
			for k >= s.First && x.d.Tokens[k].Start >= int32(m.HonStart) {
				k--
			}
		}
		if len(out) == 1 {
			k = x.counterpartBefore(s.First, k) // "X and his Indian counterpart Y met"
		}
		if len(out) > 1 && k > s.First {
			if j := x.appositiveMemberBefore(s.First, k); j >= 0 {
				k = j // "A, the X minister, B and C met": A too
				continue
			}
		}
		// "A, B and C met": the last member joins with "and"; a comma
		// right before the subject closes an opening phrase instead
		if k >= s.First && x.lower(k) == "and" || k-1 >= s.First && x.text(k) == "," && (len(out) > 1 || x.lower(k-1) == "and") {
			k--
			if k >= s.First && x.lower(k) == "and" {
				k--
			}
			if k > s.First && x.text(k) == "," {
				if j := x.appositiveMemberBefore(s.First, k); j >= 0 {
					k = j // "A, the X minister, and B met": A too
				}
			}
			continue
		}
		if len(out) == 1 && x.isPerson(out[0]) && k > s.First && x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			// "A and the head of the national bank of Peru, B, met": the
			// name in apposition to a description joined by "and"
			if j := x.describedMemberAnd(s.First, k); j >= 0 {
				k = j
				continue
			}
		}
		if j := x.describedListAnd(s.First, k); j >= 0 {
			k = j // "A and major trade allies B, C and D met": A too
			continue
		}
		break
	}
	if len(out) > 0 {
		if rel, ok := x.relativeObject(si, k); ok {
			// "councillors who back X met Y": X is the relative verb's
			// object; the antecedent meets
			return rel
		}
	}
	if len(out) >= 1 && x.inPrepPhrase(x.mentionOf(si, out[len(out)-1], i)) && !x.subordinateSubject(x.mentionOf(si, out[len(out)-1], i), i) {
		out = nil // "talks with X met", "the heads of the banks of X and Y met": X is no subject
	}
	if len(out) == 0 {
		// "The mission, headed by X, met Y": the group's leader
		return x.ledBy(si, x.clauseStart(si, i), i)
	}
	return out
}

// subordinateSubject reports the name (mention mi) right before a finite
// verb at token v as the subject of a clause that "before", "after",
// "since" or "until" opens ("before X leaves for Washington for talks",
// "after X visited Bonn"): there the word is a conjunction, not the
// preposition of a phrase holding the name. Only adverbials may stand
// between the name and the verb, and the verb must be finite ("after X
// meeting", "until X meet" read no such clause).
func (x *extractor) subordinateSubject(mi, v int) bool {
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Person || m.Possessive || m.InQuote || v < m.Last || x.skipAdverbialsTo(m.Last, v-1, false) >= m.Last {
		return false
	}
	if !finiteVerb(x.lower(v)) {
		return false
	}
	start := x.nounPhraseStart(m)
	switch x.lower(start - 1) {
	case "before", "after", "since", "until":
		return !x.d.Tokens[start-1].Has(segment.FlagInQuote)
	}
	return false
}

// nounPhraseStart is the first token of mention m's noun phrase: its
// title, its honorific ("Mr", "Dr") and a "the" before them.
func (x *extractor) nounPhraseStart(m *mentions.Mention) int {
	start := x.nameFirst(m, 0)
	if x.lower(start-1) == "the" {
		start--
	}
	return start
}

// presentInTimeClause reports a trigger verb at token i in the simple
// present right after its subject, which a "when", "once", "until",
// "before" or "if" opens ("when Finance Minister X visits Washington",
// "once he meets Y"): such a clause tells what is still to come.
func (x *extractor) presentInTimeClause(i int) bool {
	switch x.lower(i) {
	case "visits", "meets", "goes", "flies", "arrives", "travels", "holds", "hosts", "receives":
	default:
		return false
	}
	mi := x.mentionAt(i - 1)
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	if m.Last != i || m.Possessive || m.InQuote {
		return false
	}
	switch m.Kind {
	case mentions.Person, mentions.Surname, mentions.Pronoun, mentions.Country, mentions.Org:
	default:
		return false
	}
	start := x.nounPhraseStart(m)
	if start-1 < 0 || x.d.Tokens[start-1].Has(segment.FlagInQuote) {
		return false
	}
	switch x.lower(start - 1) {
	case "when", "once", "until", "before", "if":
		return true
	}
	return false
}

// finiteVerb: the finite forms of the verbs that open a clause telling
// an encounter or a trip.
func finiteVerb(w string) bool {
	switch w {
	case "had", "has", "have", "was", "were", "is", "are", "will", "would", "met", "meets", "left", "leaves", "went", "goes", "flew", "flies",
		"arrived", "arrives", "visited", "visits", "travelled", "traveled", "travels", "held", "holds", "returned", "returns", "headed", "heads",
		"called", "phoned", "telephoned", "hosted", "hosts", "received", "receives", "spoke", "speaks", "talked", "talks":
		return true
	}
	return false
}

// describedMemberAnd finds, before the comma at token k that opens the
// apposition of a name, "and the (his, her) <description>" with no other
// comma or verb of its own: "A and the head of the bank of Mexico, B".
// It returns the token before that "and" (where A ends), or -1.
func (x *extractor) describedMemberAnd(first, k int) int {
	for j := k - 1; j > first && j >= k-12; j-- {
		t := x.d.Tokens[j]
		if t.Has(segment.FlagInQuote) || t.Kind == segment.Punct || t.Kind == segment.Quote {
			return -1
		}
		if w := x.lower(j); w == "and" {
			switch x.lower(j + 1) {
			case "the", "his", "her", "its", "their":
			default:
				return -1
			}
			if pm := x.mentionAt(j - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == j {
				return j - 1
			}
			return -1
		}
		if finiteVerb(x.lower(j)) || mentions.IsSpeechVerb(x.lower(j)) {
			return -1
		}
	}
	return -1
}

// describedListAnd finds, ending at token k right before a list of
// names, "<name> and <a few lower-case nouns>" ("the United States and
// major trade allies", "Peru and its neighbours"): the nouns describe
// the names that follow, and the name before "and" is one more member
// of the subject. It returns the last token of that name, or -1.
func (x *extractor) describedListAnd(first, k int) int {
	j := k
	for j >= first && k-j < 3 {
		t := x.d.Tokens[j]
		w := x.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || w == "and" || functionWord(w) || isDeterminerWord(w) || finiteVerb(w) || mentions.IsSpeechVerb(w) || x.mentionAt(j) >= 0 {
			break
		}
		j--
	}
	if j == k {
		return -1 // no description
	}
	if j >= first && (x.lower(j) == "its" || x.lower(j) == "their") {
		j-- // "Peru and its neighbours"
	}
	if j-1 < first || x.lower(j) != "and" || x.d.Tokens[j].Has(segment.FlagInQuote) {
		return -1
	}
	pm := x.mentionAt(j - 1)
	if pm < 0 || x.md.Mentions[pm].Last != j || x.md.Mentions[pm].Possessive || x.md.Mentions[pm].InTitle || x.inPrepPhrase(int(pm)) {
		return -1 // "prices fell in Peru and traders A and B met": Peru is no member
	}
	switch x.md.Mentions[pm].Kind {
	case mentions.Country, mentions.Org, mentions.Person:
		return j - 1
	}
	return -1
}

// whomBefore reads the person a relative "whom" before the subject e of
// a verb at token i stands for: "Y, whom X met": Y; else nil.
func (x *extractor) whomBefore(si, e, i int) []int {
	mi := x.mentionOf(si, e, i)
	if mi < 0 {
		return nil
	}
	m := &x.md.Mentions[mi]
	k := m.First - 1
	if m.Title != nil && !m.Title.Appositive && m.Title.First <= k {
		k = m.Title.First - 1
	}
	if w := x.lower(k); w != "whom" && !(w == "who" && x.md.Mentions[mi].Kind == mentions.Pronoun) {
		return nil // "Y, who he met": with its subject after it, "who" is the object too
	}
	if am := x.relativeAntecedent(si, k); am >= 0 {
		if a := x.actor(am); x.isPerson(a) && a != e {
			return []int{a}
		}
	}
	return nil
}

// appealAfter reports "to" and a verb, or "for", in the clause from token
// k on: "called on X (in a resolution) to retaliate", "called on X for
// restraint" are appeals, not visits.
func (x *extractor) appealAfter(k, last int) bool {
	for j := k; j < last && j < k+10; j++ {
		switch w := x.lower(j); w {
		case "for", "not":
			if j == k {
				return true
			}
		case "to":
			if j+1 < last && x.d.Tokens[j+1].Kind == segment.Word && !x.d.Tokens[j+1].Has(segment.FlagCap) {
				return true
			}
		case ",", ";", ".", "and", "but", "where", "who":
			return false
		}
	}
	return false
}

// dropVisitorsCountry drops from a visit's visitors a country that is
// only the post of a person among them: "a visit by Peru's trade
// minister X" is X's, Peru named as the possessor of the title.
func (x *extractor) dropVisitorsCountry(agents []int) []int {
	own := map[int]bool{}
	for _, a := range agents {
		if c := x.personCountry(a); c >= 0 {
			own[c] = true
		}
	}
	if len(own) == 0 {
		return agents
	}
	var out []int
	for _, a := range agents {
		if !own[a] {
			out = append(out, a)
		}
	}
	return out
}

// stayCountryAt returns the country entity named at token k (after "the")
// when a participle follows it, as in "is in Japan seeking support", or
// -1.
func (x *extractor) stayCountryAt(k int) int {
	mi, _ := x.openingMention(k)
	if mi < 0 {
		return -1
	}
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Country || m.Entity < 0 || m.Possessive || m.Last >= len(x.d.Tokens) {
		return -1
	}
	if w := x.lower(m.Last); len(w) <= 5 || !strings.HasSuffix(w, "ing") || x.d.Tokens[m.Last].Has(segment.FlagCap) {
		return -1
	}
	return m.Entity
}

// bareApostrophe: a bare apostrophe at token k closes a capitalised word
// before it as a possessive ("Shultz' visit"), the segmenter flagging it
// only after a final s.
func (x *extractor) bareApostrophe(k int) bool {
	if k < 1 || k >= len(x.d.Tokens) {
		return false
	}
	t := x.text(k)
	return (t == "'" || t == "’") && !x.d.Tokens[k].Has(segment.FlagSpaceBefore) && x.d.Tokens[k-1].Has(segment.FlagCap) && x.mentionAt(k-1) >= 0
}

// allPersons reports that every entity in es is a person.
func (x *extractor) allPersons(es []int) bool {
	for _, e := range es {
		if !x.isPerson(e) {
			return false
		}
	}
	return len(es) > 0
}

// relativeMission reads the body whose mission is the antecedent of a
// relative pronoun right before the visit verb at token i: "a study by a
// Fund team that toured X", "an IMF team, which arrived in Y". The
// antecedent is the verb's subject wherever the main clause puts it, so
// unlike missionSubject no clause start is needed.
func (x *extractor) relativeMission(si, i int) []int {
	s := x.d.Sentences[si]
	k := i - 1
	for k > s.First {
		switch x.lower(k) {
		case "has", "had", "have", "will", "would", "is", "was", "are", "were", "recently", "also", "just", "already", "last":
			k--
			continue
		}
		break
	}
	if w := x.lower(k); w != "which" && w != "that" || k-2 <= s.First {
		return nil
	}
	k--
	if x.text(k) == "," {
		k--
	}
	switch x.lower(k) {
	case "mission", "team", "delegation", "commission":
	default:
		return nil
	}
	mi := x.mentionAt(k - 1)
	if mi < 0 {
		return nil
	}
	m := &x.md.Mentions[mi]
	if m.Last != k || m.Kind != mentions.Org || m.Possessive || m.First <= s.First {
		return nil
	}
	if strings.Contains(x.d.Text[x.d.Tokens[m.First].Start:x.d.Tokens[m.Last-1].End], "-") {
		return nil // "IMF-World Bank": two bodies read as one name
	}
	e := x.actor(int(mi))
	if e < 0 || x.cr.Entities[e].Kind != kg.KindOrganization {
		return nil
	}
	// an indefinite or definite noun phrase: a determiner a few words
	// before the body ("an IMF commission", "a U.S.-backed X mission")
	for j := m.First - 1; j >= s.First && j >= m.First-4; j-- {
		if isDeterminerWord(x.lower(j)) {
			return []int{e}
		}
		if t := x.d.Tokens[j]; t.Kind != segment.Word && x.text(j) != "-" && x.text(j) != "." {
			return nil
		}
	}
	return nil
}

// visitStartsAhead reads a relative clause after a visit noun whose
// present tense tells a start still to come: "the visit of X, which
// starts on Friday", "a trip by Y, who arrives next week". Among tokens
// [from, to), within the noun phrase's reach.
func (x *extractor) visitStartsAhead(from, to int) bool {
	for k := from; k+1 < to && k < from+14; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		switch x.lower(k) {
		case ";", ".":
			return false
		case "which", "who", "that":
			switch x.lower(k + 1) {
			case "starts", "begins", "opens", "arrives":
				return true
			}
			return false
		}
	}
	return false
}

// placeAt reports a country or a capital named at token j (after "the"),
// one with a known country: the place of a stay.
func (x *extractor) placeAt(j int) bool {
	mi, _ := x.openingMention(j)
	if mi < 0 {
		return false
	}
	m := &x.md.Mentions[mi]
	if m.Possessive || m.Entry == nil || m.Entry.ISO == "" {
		return false
	}
	return m.Kind == mentions.Country || m.Kind == mentions.Place && m.Entry.Kind == gazetteer.Capital
}

// arrivalWithoutPlace reads what follows an arrival verb when it names
// no place: time words ("on Monday", "yesterday"), an occasion ("on a
// four-day official tour"), then the purpose ("for talks", "to review")
// or the clause's end. Among tokens [j, last).
func (x *extractor) arrivalWithoutPlace(j, last int) bool {
	for n := 0; j < last && n < 12; n++ {
		w := x.lower(j)
		switch {
		case w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow" || w == "late" || w == "early" || w == "earlier" || w == "later":
			j++
			continue
		case w == "last" && (x.lower(j+1) == "night" || x.lower(j+1) == "week"):
			j += 2
			continue
		case x.g.Weekday(x.text(j)) > 0:
			j++
			continue
		case w == "on" && j+1 < last && x.g.Weekday(x.text(j+1)) > 0:
			j += 2
			continue
		case w == "on" && (x.lower(j+1) == "a" || x.lower(j+1) == "an"):
			// "on a four-day official tour": up to the occasion noun
			k := j + 2
			for k < last && k < j+7 {
				if o := x.lower(k); o == "visit" || o == "tour" || o == "trip" || o == "mission" {
					break
				}
				if x.d.Tokens[k].Kind != segment.Word && x.text(k) != "-" {
					return false
				}
				k++
			}
			if k >= last || k >= j+7 {
				return false
			}
			j = k + 1
			continue
		case w == "for":
			return true // "arrives for talks"
		case w == "to":
			// "arrived to review": an infinitive, not a destination
			return j+1 < last && x.d.Tokens[j+1].Kind == segment.Word && !x.d.Tokens[j+1].Has(segment.FlagCap)
		case w == "." || w == ";":
			return n > 0
		}
		return false
	}
	return false
}

// hereBetween reports "here" among tokens [from, to): the adverb a verb
// visit's object position held ("will visit here in July").
func (x *extractor) hereBetween(from, to int) bool {
	for k := from; k < to && k < len(x.d.Tokens); k++ {
		if x.lower(k) == "here" {
			return true
		}
	}
	return false
}

// foreignVisitors: every visitor is known to come from a country other
// than host, as the dateline's "here" says nothing of who is abroad
// ("during a visit here" by a local official is travel at home): a
// person by the country of a post, a body by its country when it has one.
func (x *extractor) foreignVisitors(agents []int, host int) bool {
	if len(agents) == 0 {
		return false
	}
	hostID := x.cr.Entities[host].ID
	for _, a := range agents {
		if x.isPerson(a) {
			if c := x.personCountry(a); c < 0 || x.cr.Entities[c].ID == hostID {
				return false
			}
			continue
		}
		if e := &x.cr.Entities[a]; e.ID == hostID || e.CountryID == hostID {
			return false
		}
	}
	return true
}

// hereCountry is the country "here" stands for in a story with a
// dateline ("CARACAS, March 11 - X arrived here"): the dateline's
// country, when the text itself names it (GUIDELINES §13.2: a trip to a
// city is a visit to a country the article names); else -1.
func (x *extractor) hereCountry() int {
	// asked for every arrival or "visiting" token and every visit, and
	// named scans all mentions: read once per article
	if !x.hereSet {
		x.hereEnt, x.hereSet = -1, true
		if x.homeFromDateline && x.home != "" && x.homeNamed() {
			x.hereEnt = int32(x.country(x.home))
		}
	}
	return int(x.hereEnt)
}

func isBe(w string) bool { return w == "is" || w == "are" }

// toldIn reads "X told Y in a phone call", "X assured Y during a
// meeting": a noun trigger at token i inside an "in"/"during" phrase right
// after a verb of speech and its listener. It returns the speaker and the
// listener, or -1, -1.
func (x *extractor) toldIn(si, i int) (int, int) {
	s := x.d.Sentences[si]
	j := i - 1
	for j > s.First && i-j <= 3 && x.lower(j) != "in" && x.lower(j) != "during" && x.lower(j) != "at" {
		j--
	}
	if w := x.lower(j); w != "in" && w != "during" && w != "at" || j-1 <= s.First {
		return -1, -1
	}
	lm := x.mentionAt(j - 1)
	if lm < 0 || x.md.Mentions[lm].Last != j {
		return -1, -1
	}
	o := x.actor(int(lm))
	if !x.isPerson(o) {
		return -1, -1
	}
	v := x.md.Mentions[lm].First - 1
	if t := x.md.Mentions[lm].Title; t != nil && !t.Appositive && t.First <= v {
		v = t.First - 1
	}
	if x.md.Mentions[lm].Hon != "" {
		for v > s.First && x.d.Tokens[v].Start >= int32(x.md.Mentions[lm].HonStart) {
			v-- // "told Mr X"
		}
	}
	if x.md.Mentions[lm].Kind == mentions.Descriptor && x.lower(v) == "the" && v > s.First {
		v-- // "told the chancellor at a dinner": the post coreference gave its holder
	}
	switch x.lower(v) {
	case "told", "tells", "assured", "assures", "informed", "informs", "asked", "asks", "urged", "urges", "warned", "warns", "promised", "promises":
	default:
		return -1, -1
	}
	for _, a := range x.subjectBefore(si, v) {
		if x.isPerson(a) && a != o {
			return a, o
		}
	}
	return -1, -1
}

// appositiveName reads a subject whose name stands in apposition to a
// description before a verb, the comma at token k closing it: "the head
// of the Bank of Peru, Rosa Quispe, met", and coordinated with a
// person before: "A and the head of the Bank of Peru, B, met". It
// returns nil when the text before the comma is no such phrase.
func (x *extractor) appositiveName(si, k int) []int {
	s := x.d.Sentences[si]
	pm := x.mentionAt(k - 1)
	if pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || x.md.Mentions[pm].Last != k || x.md.Mentions[pm].Entity < 0 {
		return nil
	}
	c := x.md.Mentions[pm].First - 1
	if c <= s.First || x.text(c) != "," {
		return nil
	}
	// the description: determiner first, lower-case words and names, no comma
	j := c - 1
	for j > s.First && c-j <= 10 && x.lower(j-1) != "and" {
		w := x.lower(j)
		if w == "," || w == ";" || x.d.Tokens[j].Has(segment.FlagInQuote) || mentions.IsSpeechVerb(w) {
			return nil
		}
		j--
	}
	if w := x.lower(j); c-j > 10 || c-j < 3 || w != "the" && w != "his" && w != "her" && w != "its" {
		return nil
	}
	p := x.md.Mentions[pm].Entity
	if j == s.First {
		return []int{p}
	}
	if x.lower(j-1) != "and" {
		return nil
	}
	qm := x.mentionAt(j - 2)
	if qm < 0 || x.md.Mentions[qm].Kind != mentions.Person || x.md.Mentions[qm].Last != j-1 || x.md.Mentions[qm].Entity < 0 || x.md.Mentions[qm].InTitle {
		return nil
	}
	return []int{x.md.Mentions[qm].Entity, p}
}

// ledBy reads the leader of an unnamed group that is the subject before
// token i: "The delegation, led by X, ...", "a mission headed by X".
func (x *extractor) ledBy(si, cs, i int) []int {
	for k := cs; k+2 < i; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		if w := x.lower(k); (w == "led" || w == "headed") && x.lower(k+1) == "by" {
			if k-1 >= cs && x.mentionAt(k-1) >= 0 {
				return nil // "X headed by Y": a named body
			}
			if ents, _ := x.listAfter(si, k+2); len(ents) > 0 && x.isPerson(ents[0]) {
				return ents[:1]
			}
			return nil
		}
	}
	return nil
}

// subjectAfterOpener reads the subject of the main clause after an
// opening participle phrase ("After travelling ..., X hopes"): the first
// actor after the comma that closes the phrase.
func (x *extractor) subjectAfterOpener(si, cs, i int) []int {
	s := x.d.Sentences[si]
	// the phrase opens the sentence: a preposition or conjunction, then at
	// most a few words before the trigger ("During a phone call with", "In
	// talks with", "After meeting")
	open := false
	for k := s.First; k <= i && k < s.First+5; k++ {
		switch x.lower(k) {
		case "after", "before", "while", "since", "when", "during", "in", "at", "following", "on", "ahead":
			open = k == s.First || k == cs
			if k == s.First+1 {
				switch x.lower(s.First) {
				case "speaking", "talking", "commenting", "writing":
					open = true // "Speaking after talks with X, Y said"
				}
			}
		}
		if open {
			break
		}
	}
	open = open || x.speechOpener(si, i) || x.thatOpener(si, i)
	if !open && i != cs && i != s.First {
		return nil
	}
	for k := i + 1; k < s.Last && k < i+30; k++ {
		if x.text(k) != "," || x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		// the first mention after the comma: a person ("..., Finance
		// Minister X hopes") or a list member that continues the phrase
		for j := k + 1; j < s.Last && j < k+7; j++ {
			mi := x.mentionAt(j)
			if mi < 0 {
				continue
			}
			m := &x.md.Mentions[mi]
			if m.InTitle {
				continue
			}
			if m.Kind == mentions.Person || m.Kind == mentions.Pronoun || m.Kind == mentions.Descriptor {
				if e := x.actor(int(mi)); e >= 0 && x.isPerson(e) {
					return append([]int{e}, x.coordinatedAfter(si, int(mi), s.Last)...)
				}
				return nil
			}
			break
		}
	}
	return nil
}

// speechOpener reports a sentence that opens with a participle of speech
// and its listeners before the time phrase holding the trigger at token
// i: "Speaking to reporters after talks with X, Y said", "Talking to
// journalists before his meeting with X, Y denied". The main clause's
// subject is the one who spoke, and so took part.
func (x *extractor) speechOpener(si, i int) bool {
	s := x.d.Sentences[si]
	switch x.lower(s.First) {
	case "speaking", "talking", "commenting", "writing":
	default:
		return false
	}
	for k := s.First + 2; k < i && k < s.First+8; k++ {
		if x.text(k) == "," || x.d.Tokens[k].Has(segment.FlagInQuote) {
			return false
		}
		switch x.lower(k) {
		case "after", "before", "following", "during", "ahead":
			return true
		}
	}
	return false
}

// openerParties reads the two people of an encounter named by a noun
// trigger at token i in an opening "In ..." or "During ..." phrase: the
// main clause's subject, and the person it speaks to ("told", "urged",
// "asked") or is told by ("was told by"). The phrase runs at least to
// token after ("at a dinner hosted by Z he told Y": past the host). It
// returns -1, -1 otherwise.
func (x *extractor) openerParties(si, i, after int) (int, int) {
	s := x.d.Sentences[si]
	open := s.First // the phrase opens the sentence or a clause ("reported that, in a phone call ...")
	for j := i - 1; j > s.First && j >= i-4; j-- {
		if w := x.lower(j); (w == "in" || w == "during" || w == "at") && (x.text(j-1) == "," || x.lower(j-1) == "that") {
			open = j
			break
		}
	}
	if w := x.lower(open); w != "in" && w != "during" && w != "at" || i > open+3 {
		return -1, -1
	}
	i = max(i, after)
	k := i // the subject comes after the phrase's comma, or right after a short phrase
	comma := -1
	for j := i + 1; j < s.Last && j < i+12; j++ {
		if x.text(j) == "," {
			comma = j
			break
		}
	}
	if comma >= 0 {
		k = comma
	} else {
		for k+1 < s.Last && k < i+4 && x.mentionAt(k+1) < 0 {
			k++ // "At a meeting that week she was told"
		}
	}
	return x.toldClause(si, k, false)
}

// toldClause reads a clause after token k whose subject tells (asks,
// urges, ...) a person or is told by one: "he told Mr X", "Y was told by
// Z". descriptor admits a subject named by a resolved description ("the
// prime minister told X"). It returns the subject and the other person,
// or -1, -1.
func (x *extractor) toldClause(si, k int, descriptor bool) (int, int) {
	s := x.d.Sentences[si]
	mi := x.mentionAt(k + 1)
	if mi < 0 || x.md.Mentions[mi].InTitle || x.md.Mentions[mi].Kind == mentions.Surname && x.actor(int(mi)) < 0 {
		// the subject may come after its title: "..., Finance Minister X told"
		for j := k + 1; j < s.Last && j < k+6; j++ {
			if m := x.mentionAt(j); m >= 0 && (x.md.Mentions[m].Kind == mentions.Person || descriptor && x.md.Mentions[m].Kind == mentions.Descriptor) {
				mi = m
				break
			}
		}
	}
	if mi < 0 {
		return -1, -1
	}
	m := &x.md.Mentions[mi]
	if m.Kind != mentions.Person && m.Kind != mentions.Pronoun && !(descriptor && m.Kind == mentions.Descriptor) || m.Possessive {
		return -1, -1
	}
	a := x.actor(int(mi))
	if a < 0 || !x.isPerson(a) {
		return -1, -1
	}
	v := m.Last
	for v < s.Last && fillers[x.lower(v)] && x.lower(v) != "was" && x.lower(v) != "were" {
		v++
	}
	from := -1
	switch x.lower(v) {
	case "told", "asked", "urged", "encouraged", "assured", "informed", "thanked", "invited", "congratulated", "pressed", "warned", "promised", "reminded", "briefed":
		from = v + 1
	case "was", "were":
		if x.lower(v+1) == "told" || x.lower(v+1) == "informed" || x.lower(v+1) == "briefed" || x.lower(v+1) == "assured" {
			if x.lower(v+2) == "by" {
				from = v + 3
			}
		}
	}
	if from < 0 {
		return -1, -1
	}
	ents, _ := x.listAfter(si, from)
	if len(ents) != 1 || !x.isPerson(ents[0]) || ents[0] == a {
		return -1, -1
	}
	return a, ents[0]
}

// mealWhereTold reads a meal at token k and a relative clause of place
// after it in which one person tells another something: "a dinner in
// November 2003 where X told Y", "a lunch at which X told Y". It returns
// the two, or -1, -1.
func (x *extractor) mealWhereTold(si, k int) (int, int) {
	s := x.d.Sentences[si]
	if w := x.lower(k); w != "a" && w != "the" {
		return -1, -1
	}
	switch x.lower(k + 1) {
	case "dinner", "lunch", "breakfast", "luncheon":
	default:
		return -1, -1
	}
	for j := k + 2; j < s.Last && j < k+10; j++ {
		switch w := x.lower(j); {
		case w == "." || w == ";" || x.d.Tokens[j].Has(segment.FlagInQuote):
			return -1, -1
		case w == "where" || w == "which" && x.lower(j-1) == "at":
			return x.toldClause(si, j, true)
		}
	}
	return -1, -1
}

// inOpeningPhrase reports a trigger inside a phrase that opens the
// sentence and ends with a comma ("During his trip, ...", "In talks with
// X, ..."): the main clause after it says when.
func (x *extractor) inOpeningPhrase(si, i int) bool {
	s := x.d.Sentences[si]
	switch x.lower(s.First) {
	case "during", "in", "on", "at", "after", "before", "while", "following", "ahead", "since":
	default:
		return false
	}
	for k := s.First + 1; k < i; k++ {
		if x.text(k) == "," {
			return false // the phrase closed before the trigger
		}
	}
	for k := i + 1; k < s.Last && k < i+12; k++ {
		if x.text(k) == "," {
			return true
		}
	}
	return false
}

// tickerEnd reads a Reuters stock symbol in angle brackets at token k
// ("<ACM.N>", "<BLT>": capitals, digits and dots only, no space) and
// returns the token after its ">", or -1. A company name in brackets
// ("<Acme Corp>") is no symbol.
func (x *extractor) tickerEnd(k int) int {
	if k >= len(x.d.Tokens) || x.text(k) != "<" {
		return -1
	}
	start := int(x.d.Tokens[k].End)
	for j := k + 1; j < len(x.d.Tokens) && j < k+8; j++ {
		if x.text(j) == ">" {
			sym := x.d.Text[start:x.d.Tokens[j].Start]
			if len(sym) == 0 || len(sym) > 12 {
				return -1
			}
			for _, r := range sym {
				if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
					return -1
				}
			}
			return j + 1
		}
	}
	return -1
}

// holdsPostOf reports a person the article gives a post of entity of.
func (x *extractor) holdsPostOf(person, of int) bool {
	for _, r := range x.out.Roles {
		if r.Person == person && r.Of == of {
			return true
		}
	}
	return false
}

// holdsPost reports a person the article gives a title.
func (x *extractor) holdsPost(e int) bool {
	if e >= 0 && e < len(x.cr.Entities) && x.isPerson(e) && royalName(x.cr.Entities[e].Name) {
		return true // "Crown Prince Aldo": the rank is in the name (meetings_hostofficials.go)
	}
	for _, r := range x.out.Roles {
		if r.Person == e {
			return true
		}
	}
	for mi := range x.md.Mentions {
		m := &x.md.Mentions[mi]
		if m.Entity != e || m.Kind == mentions.Descriptor && !m.Definite {
			continue
		}
		for _, t := range []*mentions.Title{m.Title, m.Appos} {
			if t != nil && t.Head != nil && t.Head.Class == gazetteer.Role {
				return true
			}
		}
	}
	return false
}

// pair resolves "the two leaders" (mention mi): the two people of the
// last encounter reported before with two people, else the only two
// people named in the two sentences before; nil when unclear.
func (x *extractor) pair(mi int) []int {
	m := &x.md.Mentions[mi]
	body := byte(0)
	if x.bodyPairs {
		// only while meetings are read: statements read "the two
		// companies said" by bodyPairFrame, on terms of their own
		body = mentions.PairBodyNoun(x.lower(m.Last - 1))
	}
	if body == 'o' || body == 'c' {
		if p := x.bodyPair(mi, body); p != nil {
			return p // "the two banks": no people
		}
		if p := x.coordPair(mi, body); p != nil {
			return p // meetings_pairgroup.go
		}
		return x.widerBodyPair(mi, body)
	}
	for i := len(x.out.Meetings) - 1; i >= 0; i-- {
		mt := &x.out.Meetings[i]
		if mt.Span.Last > m.Sent {
			continue
		}
		var ps []int
		for _, p := range mt.Participants {
			if x.isPerson(p.Entity) {
				ps = append(ps, p.Entity)
			}
		}
		if len(ps) == 2 {
			return ps
		}
		break
	}
	var ps []int
	for j := mi - 1; j >= 0 && x.md.Mentions[j].Sent >= m.Sent-2; j-- {
		o := &x.md.Mentions[j]
		if o.Kind != mentions.Person || o.Entity < 0 || o.InQuote {
			continue
		}
		ps = addUniqueInt(ps, o.Entity)
	}
	if len(ps) == 2 {
		return []int{ps[1], ps[0]}
	}
	if x.bodyPairs && (body == 'b' || x.lower(m.Last-1) == "sides" || x.lower(m.Last-1) == "two") {
		// "the two sides", "the two parties", "the two held talks" with no
		// two people named: the two countries named instead; bodies are
		// too often named in passing ("during the X Bank meeting, he said
		// the two sides will meet") to be read as the sides, unless the
		// text joins two of them with "and" (meetings_pairgroup.go)
		if p := x.bodyPair(mi, 'c'); p != nil {
			return p
		}
		if p := x.coordPair(mi, 'b'); p != nil {
			return p
		}
		return x.widerBodyPair(mi, 'c')
	}
	return nil
}

// bodyPair reads "the two companies", "both countries" (kind 'o', 'c',
// or 'b' for either) as the two organizations or countries named in the
// sentence and the two before it, when exactly two are; a news medium
// ("the paper said") is a source, not one of the pair, and a body named
// only inside a person's title or a quotation is none.
func (x *extractor) bodyPair(mi int, kind byte) []int {
	m := &x.md.Mentions[mi]
	var bs []int
	for j := mi - 1; j >= 0 && x.md.Mentions[j].Sent >= m.Sent-2; j-- {
		o := &x.md.Mentions[j]
		if o.InQuote || o.InTitle || o.Entity < 0 || o.Portfolio {
			continue
		}
		switch {
		case o.Kind == mentions.Org && kind != 'c':
			if o.Entry != nil && o.Entry.OrgKind == "MEDIA" || x.cr.Entities[o.Entity].OrgKind == "MEDIA" {
				continue
			}
		case o.Kind == mentions.Country && kind != 'o':
			if o.Entry == nil || o.Entry.Kind != gazetteer.Country {
				continue // "Brussels", a demonym's people: not the state itself
			}
		default:
			continue
		}
		if e := x.actor(j); e >= 0 {
			bs = addUniqueInt(bs, e)
		}
	}
	if len(bs) == 2 {
		return []int{bs[1], bs[0]}
	}
	return nil
}

func addUniqueInt(list []int, e int) []int {
	for _, o := range list {
		if o == e {
			return list
		}
	}
	return append(list, e)
}

// coordinatedAfter reads the actors coordinated after a subject mention
// ("Funaro and Gros"), before token end.
func (x *extractor) coordinatedAfter(si, subj, end int) []int {
	var out []int
	k := x.md.Mentions[subj].Last
	for k+1 < end && (x.lower(k) == "and" || x.text(k) == ",") {
		j := k + 1
		if x.lower(j) == "the" {
			j++
		}
		nm := x.mentionAt(j)
		if nm < 0 || x.md.Mentions[nm].InTitle {
			// "and central bank president Francisco Gros": a titled name
			if pm := x.titledPersonAt(si, j); pm >= 0 {
				nm = int32(pm)
			}
		} else if x.md.Mentions[nm].First != j {
			break
		}
		if nm < 0 {
			break
		}
		o := x.actor(int(nm))
		if o < 0 || !x.isPerson(o) {
			break
		}
		out = append(out, o)
		k = x.md.Mentions[nm].Last
	}
	return out
}

// mentionOf returns the last mention of entity e in sentence si before
// token i, or -1.
func (x *extractor) mentionOf(si, e, i int) int {
	best := -1
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First >= i {
			break
		}
		if x.actor(mi) == e {
			best = mi
		}
	}
	return best
}

// peopleAfter is listAfter's people only ("a call to X", "including X
// and Y"; bodies and countries left out), with the token after the list.
func (x *extractor) peopleAfter(si, k int) ([]int, int) {
	ents, end := x.listAfter(si, k)
	var ps []int
	for _, e := range ents {
		if x.isPerson(e) {
			ps = append(ps, e)
		}
	}
	return ps, end
}

// listAfter reads the actors named from token k on: "Xi Jinping",
// "the party leader and Chilean President Ana Soto", "A, B and C",
// "the presidents of Sri Lanka and Indonesia" (the countries stand in for
// their unnamed presidents).
func (x *extractor) listAfter(si, k int) (ents []int, end int) {
	s := x.d.Sentences[si]
	for k < s.Last {
		w := x.lower(k)
		tk := x.d.Tokens[k]
		if tk.Has(segment.FlagInQuote) {
			break
		}
		if w == "<" && k+1 < s.Last {
			// "talks with <Acme Corp>": Reuters' brackets round a
			// company's name
			if bm := x.mentionAt(k + 1); bm >= 0 && x.md.Mentions[bm].First == k+1 && x.md.Mentions[bm].Kind == mentions.Org && x.text(x.md.Mentions[bm].Last) == ">" {
				k++
				continue
			}
		}
		mi := x.mentionAt(k)
		if mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.InTitle {
				k = m.Last
				if k < s.Last && x.d.Tokens[k].Has(segment.FlagPossessive) {
					k++ // "Saudi Arabia's Oil Minister X"
				}
				continue
			}
			if m.Kind == mentions.Place {
				if j := x.placeQualifiedTitle(int(mi), s.Last); j > k {
					k = j // "his Alberta counterpart, X": the place qualifies the post
					continue
				}
				break
			}
			if m.Kind == mentions.Descriptor && x.actor(int(mi)) < 0 {
				if j := x.nameAfterOfPhrase(m.Last, s.Last); j > 0 {
					k = j // "the president of the bank of Peru, Rosa Quispe"
					continue
				}
			}
			// "West German financial officials", "USDA officials": a side
			// that names no person, for which its country or body stands in
			if j := x.officialsAfter(m.Last, s.Last); j > 0 && (m.Kind == mentions.Country || m.Kind == mentions.Org) && !m.InQuote {
				if e := x.actor(int(mi)); e >= 0 {
					ents = append(ents, e)
					x.markGroupStandIn(e)
				}
				k = j
				goto sep
			}
			// "the British government", "the United Steelworkers union":
			// the side itself (meetings_mreut.go)
			if j, stand := x.sideNounAfter(mi, s.Last); j > 0 {
				if e := x.actor(int(mi)); e >= 0 {
					ents = append(ents, e)
					if stand {
						x.markGroupStandIn(e)
					}
				}
				k = j
				goto sep
			}
			// "senior CCP officials": a group of the body, not the body
			if m.Last < s.Last && groupNoun(x.lower(m.Last)) {
				k = m.Last + 1
				// "OPEC members Gabon, Algeria and Libya": the members named
				if nm := x.mentionAt(k); k < s.Last && nm >= 0 && x.md.Mentions[nm].First == k && (x.md.Mentions[nm].Kind == mentions.Country || x.md.Mentions[nm].Kind == mentions.Person) {
					continue
				}
				goto sep
			}
			if m.Possessive {
				// "GM's Rick Wagoner", "Britain's X", "Blair's X": the
				// person named right after the possessor
				if j := m.Last + 1; (m.Kind == mentions.Org || m.Kind == mentions.Country || m.Kind == mentions.Surname || m.Kind == mentions.Person) && !m.InQuote && j < s.Last {
					if pm := x.mentionAt(j); pm >= 0 && x.md.Mentions[pm].First == j && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Title == nil {
						k = j
						continue
					}
				}
				break // "Putin's aide"
			}
			if m.Kind == mentions.Surname && x.actor(int(mi)) < 0 && !m.InQuote {
				// "Blues boss X", "Lakers coach X": a capitalised word no
				// list knows, then the post it qualifies, then the person
				if pm := x.personAfterNouns(m.Last, s.Last); pm >= 0 {
					k = pm
					continue
				}
			}
			if j := m.Last; j+3 < s.Last && x.text(j) == "(" && x.text(j+2) == ")" && (m.Kind == mentions.Org || m.Kind == mentions.Country) {
				// "International Monetary Fund (IMF) head X": the acronym
				// in brackets leaves the body a modifier of the post
				if pm := x.personAfterNouns(j+3, s.Last); pm >= 0 {
					k = pm
					continue
				}
			}
			if x.modifier(int(mi)) {
				// "senior Citibank executive William Rhodes": the person the
				// body's post qualifies; "UK bank Barclays": neither
				if pm := x.personAfterNouns(m.Last, s.Last); pm >= 0 {
					k = pm
					continue
				}
				if om := x.orgAfterNouns(m.Last, s.Last); om >= 0 {
					k = om // "UK bank Barclays": the body the nouns describe
					continue
				}
				break
			}
			if j := m.Last; m.Kind == mentions.Country && m.Entry != nil && m.Entry.Kind == gazetteer.Demonym && !m.InQuote && j < s.Last && x.d.Tokens[j].Kind == segment.Word && x.d.Tokens[j].Has(segment.FlagCap) && !x.d.Tokens[j].Has(segment.FlagInQuote) {
				// "Frenchman Jean Dupont": the person; "the German Affairs
				// group": a name the demonym qualifies, not the country
				if nm := x.mentionAt(j); nm >= 0 && x.md.Mentions[nm].First == j && x.md.Mentions[nm].Kind == mentions.Person {
					k = j
					continue
				}
				if nm := x.mentionAt(j); (nm < 0 || x.md.Mentions[nm].Kind == mentions.Surname && x.actor(int(nm)) < 0) && x.g.Weekday(x.text(j)) == 0 && !segment.IsMonth(x.text(j)) {
					break
				}
			}
			if e := x.actor(int(mi)); e >= 0 {
				ents = append(ents, e)
			}
			k = m.Last
			goto sep
		}
		if w == "," && k+1 < s.Last && k > 0 {
			// "his French counterpart, Jean Dupont": the name after the title
			if e, _ := x.g.MatchTitle(x.d, k-1, k); e != nil {
				if nm := x.mentionAt(k + 1); nm >= 0 && x.md.Mentions[nm].Kind == mentions.Person && x.md.Mentions[nm].First == k+1 {
					k++
					continue
				}
			}
		}
		if pm := x.titledPersonAt(si, k); pm >= 0 {
			k = x.md.Mentions[pm].First // "Turkish Ambassador to Athens X": inside X's title
			continue
		}
		if e, n := x.g.MatchTitle(x.d, k, s.Last); e != nil {
			k += n
			if j := x.nameAfterOfPhrase(k, s.Last); j > 0 {
				k = j
			} else if pm := x.personAfterOfNouns(k-1, s.Last); pm >= 0 {
				k = pm // "director of public finance X"
			} else if pm := x.personAfterOfCaps(k, s.Last); pm >= 0 {
				k = pm // "Deputy Secretary of State X"
			}
			continue
		}
		if w == "leaders" && k+2 < s.Last && x.lower(k+1) == "of" && x.orgFirstAt(k+2) {
			// "leaders of the Senate and the House": the bodies stand in
			// for their unnamed leaders (meetings_memberlist.go)
			if bs, end := x.memberBodies(si, k+2); len(bs) > 0 {
				ents = append(ents, bs...)
				k = end
				goto sep
			}
		}
		if plural := headOfState(w); plural && k+2 < s.Last && x.lower(k+1) == "of" {
			// "the presidents of Sri Lanka and Indonesia"
			var cs []int
			j := k + 2
			for j < s.Last {
				cm := x.mentionAt(j)
				if cm < 0 || x.md.Mentions[cm].Kind != mentions.Country {
					break
				}
				if e := x.actor(int(cm)); e >= 0 {
					cs = append(cs, e)
				}
				j = x.md.Mentions[cm].Last
				if j < s.Last && (x.text(j) == "," || x.lower(j) == "and") {
					j++
					if j < s.Last && x.lower(j) == "and" {
						j++
					}
					continue
				}
				break
			}
			if len(cs) > 0 {
				ents = append(ents, cs...)
				if x.standIns == nil {
					x.standIns = map[int]bool{}
				}
				for _, c := range cs {
					x.standIns[c] = true
				}
				k = j
				goto sep
			}
		}
		// "members of the House Agriculture Committee", "officials from
		// the IMF": the body stands in for its unnamed people
		if memberNoun(w) && k+2 < s.Last && memberPrep(x.lower(k+1)) {
			// several bodies under the one noun (meetings_memberlist.go)
			if bs, end := x.memberBodies(si, k+2); len(bs) > 0 {
				ents = append(ents, bs...)
				k = end
				goto sep
			}
		}
		if w == "other" && len(ents) == 0 {
			// "talks with other Republicans and X": an unnamed group first,
			// then the named members of the list
			j := k + 1
			for j < s.Last && j < k+5 && x.d.Tokens[j].Kind == segment.Word && x.lower(j) != "and" && (x.mentionAt(j) < 0 || x.md.Mentions[x.mentionAt(j)].Kind != mentions.Person) {
				j++
			}
			if j < k+5 && j+1 < s.Last && x.lower(j) == "and" && j > k+1 {
				k = j + 1
				continue
			}
		}
		switch w {
		case "the", "a", "his", "her", "their", "its", "senior", "top", "former", "communist", "new", "visiting", "counterpart", "future", "fellow":
			k++
			continue
		case "delegation", "mission", "team":
			// "received a delegation led by X": the leader
			if k+2 < s.Last && (x.lower(k+1) == "led" || x.lower(k+1) == "headed") && x.lower(k+2) == "by" {
				k += 3
				continue
			}
		}
		if tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && !functionWord(w) && !isDeterminerWord(w) {
			if pm := x.personAfterNouns(k, s.Last); pm >= 0 {
				k = pm // "police officers A and B", "mines minister X": a post no title list holds
				continue
			}
			if om := x.orgAfterNouns(k, s.Last); om >= 0 && len(ents) == 0 && x.bodyPairs {
				// "with the dissident shareholder group X": the body the
				// nouns describe; for meetings only (bodyPairs is set while
				// they are read), the speakers' lists keep their own reading
				k = om
				continue
			}
		}
		if tk.Kind == segment.Word && tk.Has(segment.FlagCap) && x.g.Weekday(x.text(k)) == 0 {
			// "future Grateful Dead guitarist X": a name the word lists do
			// not know qualifies the post before the person
			j := k + 1
			for j < s.Last && j < k+3 && x.d.Tokens[j].Kind == segment.Word && x.d.Tokens[j].Has(segment.FlagCap) && x.mentionAt(j) < 0 {
				j++
			}
			if j < s.Last && x.d.Tokens[j].Kind == segment.Word && !x.d.Tokens[j].Has(segment.FlagCap) && !functionWord(x.lower(j)) && !isDeterminerWord(x.lower(j)) {
				if pm := x.personAfterNouns(j, s.Last); pm >= 0 {
					k = pm
					continue
				}
			}
		}
		if tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && !functionWord(w) && x.titleWithin(k+1, s.Last, 3) {
			k++ // "central bank governor Nguyen Minh Duc"
			continue
		}
		if len(ents) > 0 {
			if j := x.unnamedMemberAfter(k, s.Last); j > k {
				k = j // "with A, army chiefs and Energy Minister B": an unnamed group inside the list
				continue
			}
		}
		break
	sep:
		if k < s.Last && x.text(k) == ">" && k-1 >= 0 && x.mentionAt(k-1) >= 0 && x.text(x.md.Mentions[x.mentionAt(k-1)].First-1) == "<" {
			k++ // the closing bracket of "<Acme Corp>"
		}
		if j := x.tickerEnd(k); j > k {
			k = j // "Acme Corp <ACM.N> and Bolt Inc <BLT>": the stock symbols
		}
		if j := x.homeAfterName(ents, k, s.Last); j > k {
			k = j // "Sen. X of Connecticut, Y of Maine": the member's state or country
		}
		if len(ents) > 0 && x.isPerson(ents[len(ents)-1]) {
			if j := x.appositionBeforeAnd(si, k); j > k {
				k = j // "A, the head of the miners' union, and B": past A's description
			}
		}
		if k < s.Last && (x.text(k) == "," || x.lower(k) == "and") {
			j := k + 1
			if x.text(k) == "," && j < s.Last && x.lower(j) == "and" {
				j++
			}
			if x.text(k) == "," && x.attributionAt(si, j) {
				break // "... with X, Secretary Y told reporters": Y reports it
			}
			k = j
			continue
		}
		break
	}
	return ents, k
}

// appositionBeforeAnd reads, at a comma k after a person in a list, a
// description of that person set off by the comma ("A, the veteran
// leader of the X union, and B"; "A, its chairman and B") that ends at
// an "and" with a person named right after it (a title may come first).
// It returns the token of that "and" (or of the comma before it), or k.
// A clause ("A, who ...", "A, the bank said") is no description.
func (x *extractor) appositionBeforeAnd(si, k int) int {
	s := x.d.Sentences[si]
	if k+2 >= s.Last || x.text(k) != "," {
		return k
	}
	switch x.lower(k + 1) {
	case "the", "a", "an", "its", "his", "her", "their":
	default:
		return k
	}
	for j := k + 2; j < s.Last && j < k+16; j++ {
		w := x.lower(j)
		if x.d.Tokens[j].Has(segment.FlagInQuote) || mentions.IsSpeechVerb(w) {
			return k
		}
		switch w {
		case "who", "which", "that", "whose", "whom", ";":
			return k
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Person && !x.md.Mentions[mi].InTitle {
			return k // a person inside: no description of A alone
		}
		if w != "and" {
			continue
		}
		at := j
		if x.text(j-1) == "," {
			at = j - 1
		}
		// the person right after "and", perhaps behind a title
		n := j + 1
		if e, l := x.g.MatchTitle(x.d, n, s.Last); e != nil {
			n += l
		}
		if mi := x.mentionAt(n); mi >= 0 && n < s.Last && x.md.Mentions[mi].First == n && x.md.Mentions[mi].Kind == mentions.Person && x.isPerson(x.actor(int(mi))) {
			return at
		}
		return k
	}
	return k
}

// unnamedMemberAfter reads, at token k inside a list already holding a
// name, an unnamed group of one to three lower-case words ending in a
// plural ("army chiefs", "bankers") followed by a comma or "and" and a
// capitalised word: the list goes on after it with more named members.
// It returns the token after the separator, or k.
func (x *extractor) unnamedMemberAfter(k, last int) int {
	j := k
	for j < last && j < k+3 {
		t := x.d.Tokens[j]
		w := x.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || w == "and" || functionWord(w) || isDeterminerWord(w) || finiteVerb(w) || mentions.IsSpeechVerb(w) || x.mentionAt(j) >= 0 {
			break
		}
		j++
	}
	if j == k || j >= last || !strings.HasSuffix(x.lower(j-1), "s") {
		return k
	}
	if x.text(j) == "," {
		j++
		if j < last && x.lower(j) == "and" {
			j++
		}
	} else if x.lower(j) == "and" {
		j++
	} else {
		return k
	}
	if j >= last || x.d.Tokens[j].Kind != segment.Word || !x.d.Tokens[j].Has(segment.FlagCap) || x.d.Tokens[j].Has(segment.FlagInQuote) {
		return k
	}
	return j
}

// personAfterOfNouns reads, at token k, the last word of a post, "of"
// and one to three lower-case words ("director of public finance")
// right before a person's name: that name's token, or -1.
func (x *extractor) personAfterOfNouns(k, last int) int {
	if k+2 >= last || x.lower(k+1) != "of" {
		return -1
	}
	for j := k + 2; j < last && j < k+5; j++ {
		t := x.d.Tokens[j]
		w := x.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || functionWord(w) || isDeterminerWord(w) || finiteVerb(w) || x.mentionAt(j) >= 0 {
			return -1
		}
		if pm := x.mentionAt(j + 1); j > k+1 && pm >= 0 && x.md.Mentions[pm].First == j+1 && x.md.Mentions[pm].Kind == mentions.Person && !x.md.Mentions[pm].InQuote {
			return j + 1
		}
	}
	return -1
}

// personAfterOfCaps reads, at token k after a title, "of" and one to
// three capitalised words no mention claims ("Deputy Secretary of State
// X", "Undersecretary of State Affairs Y") right before a person's name:
// that name's token, or -1. The title lists hold "Secretary of State"
// whole but not each office built on it.
func (x *extractor) personAfterOfCaps(k, last int) int {
	if k+2 >= last || x.lower(k) != "of" {
		return -1
	}
	for j := k + 1; j < last && j < k+4; j++ {
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || !t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) {
			return -1
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].First == j && x.md.Mentions[mi].Kind == mentions.Person {
			if j == k+1 {
				return -1 // "of X": X is the title's holder-of, not a person after a field
			}
			return j
		}
		if x.mentionAt(j) >= 0 {
			return -1
		}
	}
	return -1
}

// homeAfterName skips "of" and a place or country written right after a
// person named last in ents, at token k ("Sen. X of Connecticut", "Y of
// Texas, Z of Maine"), so that a list of such members goes on past it.
// It returns the token after the place, or k.
func (x *extractor) homeAfterName(ents []int, k, last int) int {
	if len(ents) == 0 || k+1 >= last || x.lower(k) != "of" || !x.isPerson(ents[len(ents)-1]) {
		return k
	}
	pm := x.mentionAt(k - 1)
	if pm < 0 || x.md.Mentions[pm].Kind != mentions.Person || x.md.Mentions[pm].Last != k {
		return k
	}
	mi := x.mentionAt(k + 1)
	if mi < 0 {
		return k
	}
	m := &x.md.Mentions[mi]
	if m.First != k+1 || m.Possessive || m.Kind != mentions.Place && m.Kind != mentions.Country {
		return k
	}
	if j := m.Last; j < last && (x.text(j) == "," || x.lower(j) == "and" || x.text(j) == ".") || j == last {
		return j
	}
	return k
}

// nameAfterOfPhrase: "the president of the bank of Peru, Rosa
// Quispe": after a title at token k comes its of-phrase, a comma and the
// name; it returns where the name starts, or 0.
func (x *extractor) nameAfterOfPhrase(k, last int) int {
	if k >= last || x.lower(k) != "of" && x.lower(k) != "at" {
		return 0
	}
	for j := k + 1; j < last && j < k+9; j++ {
		if x.text(j) == "," {
			if nm := x.mentionAt(j + 1); nm >= 0 && x.md.Mentions[nm].Kind == mentions.Person && x.md.Mentions[nm].First == j+1 {
				return j + 1
			}
			return 0
		}
		if t := x.d.Tokens[j]; t.Kind != segment.Word && x.mentionAt(j) < 0 || functionWord(x.lower(j)) && x.lower(j) != "of" && x.lower(j) != "and" {
			return 0
		}
	}
	return 0
}

// includingAfter reads the named members of an unnamed group that
// follows a verb or "with": "met House leaders, including Congressman X",
// "talks with officials including X". It looks from token from (where
// the group starts) over a short noun phrase; it returns the members and
// the token after them, or nil and end.
func (x *extractor) includingAfter(si, from, end int) ([]int, int) {
	s := x.d.Sentences[si]
	for k := from; k < s.Last && k < from+10; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return nil, end
		}
		switch w := x.lower(k); w {
		case "including", "among", "notably":
			if w == "among" && x.lower(k+1) != "them" {
				return nil, end
			}
			j := k + 1
			if w == "among" {
				j += 2 // "among them X"
				if x.text(j-1) == "," {
					j++
				}
			}
			ps, e := x.peopleAfter(si, j)
			if len(ps) == 0 {
				return nil, end
			}
			return ps, e
		case ";", ":", "who", "which", "that", "to", "and", "but", "said", "says", "told":
			return nil, end
		}
		if mi := x.mentionAt(k); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Person && !x.md.Mentions[mi].InTitle {
			return nil, end // a name before any "including": not a group
		}
	}
	return nil, end
}

// personAfterNouns returns the token where a person's name starts after
// at most three lower-case nouns from token k ("executive William
// Rhodes", "trade negotiator X"), or -1.
func (x *extractor) personAfterNouns(k, last int) int {
	for j := k; j < last && j < k+5; j++ {
		if mi := x.mentionAt(j); mi >= 0 {
			m := &x.md.Mentions[mi]
			if j > k && m.First == j && m.Kind == mentions.Person && x.lower(j-1) != "and" {
				return j
			}
			return -1
		}
		t := x.d.Tokens[j]
		if w := x.lower(j); w == "and" && j > k && j+1 < last && x.d.Tokens[j+1].Kind == segment.Word && !x.d.Tokens[j+1].Has(segment.FlagCap) && !functionWord(x.lower(j+1)) {
			continue // "energy and mines minister X": coordinated nouns of one post
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || functionWord(x.lower(j)) || isDeterminerWord(x.lower(j)) {
			return -1
		}
	}
	return -1
}

// attributionAt reports a speaker and a verb of speech starting at token
// k: "Chief Cabinet Secretary Masaharu Gotoda told reporters".
func (x *extractor) attributionAt(si, k int) bool {
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+10; j++ {
		if mi := x.mentionAt(j); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.InTitle {
				j = m.Last - 1
				continue
			}
			e := m.Last
			for e < s.Last && fillers[x.lower(e)] {
				e++
			}
			return e < s.Last && mentions.IsSpeechVerb(x.lower(e))
		}
	}
	return false
}

// heldBy reports a noun trigger its clause's subject takes part in: the
// object of a verb like "held" or "began" ("X and Y held talks"), or after
// "in", "for", "during", "towards" ("X and Y were moving towards talks"),
// not a mere mention ("the talks would achieve little").
func (x *extractor) heldBy(si, cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-4; k-- {
		switch x.lower(k) {
		case "held", "hold", "holds", "holding", "had", "have", "has", "having", "began", "begin", "begun", "opened", "open", "resumed", "resume",
			"started", "start", "concluded", "conclude", "attended", "attend", "attending", "attends", "in", "for", "during", "towards", "toward", "into", "at", "joined", "join", "chaired", "chairing", "chair",
			"make", "made", "making", "makes", "pay", "paid", "paying", "pays", "on":
			return true
		case ",", ";", "the", "a", "an", "their", "his", "her", "its":
		}
	}
	return false
}

// skipAfterVerb skips what may stand between a verb and its object or
// its "with": adverbs and a date ("met separately with X", "met on
// Monday with X", "met this afternoon with X", "visited last week X").
func (x *extractor) skipAfterVerb(si, k int) int {
	s := x.d.Sentences[si]
	for k < s.Last {
		if j := x.dateStartingAt(si, k); j > k {
			k = j
			continue
		}
		switch x.lower(k) {
		case "separately", "privately", "briefly", "again", "also", "here", "there", "today", "yesterday", "tonight", "secretly", "informally", "formally", "jointly", "later", "earlier",
			"soon", "shortly", "personally", "directly": // "is expected to meet soon with X"
			k++
			continue
		case "this", "next", "last":
			switch x.lower(k + 1) {
			case "week", "month", "year", "weekend":
				k += 2 // "a visit later this month by X"
				continue
			}
		}
		break
	}
	return k
}

// speakerAfter reads the speaker of "X said after talks with Y": a noun
// trigger at token i after "after" or "following" (over a determiner and
// a few modifiers) right behind a verb of speech (and its listener or a
// time word); it returns the person who speaks, or nil.
func (x *extractor) speakerAfter(si, i int) []int {
	s := x.d.Sentences[si]
	j := i - 1
	for j > s.First && i-j <= 4 && x.lower(j) != "after" && x.lower(j) != "following" {
		t := x.d.Tokens[j]
		if t.Kind != segment.Word || x.mentionAt(j) >= 0 && !x.d.Tokens[j].Has(segment.FlagPossessive) && x.lower(j) != "his" && x.lower(j) != "her" {
			if mi := x.mentionAt(j); mi < 0 || x.md.Mentions[mi].Kind != mentions.Pronoun {
				return nil
			}
		}
		j--
	}
	if w := x.lower(j); w != "after" && w != "following" {
		return nil
	}
	v := j - 1
	for v > s.First && j-v <= 3 {
		switch x.lower(v) {
		case "today", "yesterday", "tonight", "later", "earlier", "reporters", "journalists", "on":
			v--
			continue
		}
		if x.g.Weekday(x.text(v)) > 0 {
			v--
			continue
		}
		break
	}
	w := x.lower(v)
	if !mentions.IsSpeechVerb(w) || x.d.Tokens[v].Has(segment.FlagInQuote) {
		return nil
	}
	var out []int
	for _, e := range x.subjectBefore(si, v) {
		if x.isPerson(e) {
			out = append(out, e)
		}
	}
	return out
}

// withAfterSetting: after a verb of meeting, a phrase of place or time
// ("in the White House residence", "at his office shortly after the
// vote") may stand before the "with" that names the counterpart. It
// returns the token of that "with", or k when token k opens no such phrase
// or a clause break, a verb of speech or another named actor comes first.
func (x *extractor) withAfterSetting(si, k int) int {
	s := x.d.Sentences[si]
	switch x.lower(k) {
	case "in", "at", "on", "during", "over", "shortly", "after", "inside", "behind":
	default:
		return k
	}
	for j := k + 1; j < s.Last && j < k+14; j++ {
		t := x.d.Tokens[j]
		if t.Kind == segment.Punct || t.Kind == segment.Quote || t.Has(segment.FlagInQuote) {
			return k
		}
		w := x.lower(j)
		if w == "with" {
			return j
		}
		if w == "and" || w == "but" || w == "who" || w == "which" || w == "that" || w == "to" || mentions.IsSpeechVerb(w) {
			return k
		}
		if mi := x.mentionAt(j); mi >= 0 {
			switch x.md.Mentions[mi].Kind {
			case mentions.Place, mentions.Country:
				j = x.md.Mentions[mi].Last - 1
				continue
			}
			return k
		}
	}
	return k
}

// possessorBefore reads whose encounter a noun trigger at token i is:
// a possessive name before it, over a few modifiers ("Putin's first
// visit", "Shultz' Moscow talks"). It returns the possessor and a country
// named among the modifiers (a visit's host), or -1.
func (x *extractor) possessorBefore(si, i int) (int, int) {
	s := x.d.Sentences[si]
	where := -1
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		t := x.d.Tokens[k]
		// "Shultz' Moscow talks": a bare apostrophe after a plural-looking name
		bare := (x.text(k) == "'" || x.text(k) == "’") && !t.Has(segment.FlagSpaceBefore) && k-1 >= s.First && x.d.Tokens[k-1].Has(segment.FlagCap)
		if (t.Has(segment.FlagPossessive) || bare) && x.mentionAt(k) < 0 {
			if mi := x.mentionAt(k - 1); mi >= 0 && x.md.Mentions[mi].Last == k {
				return x.actor(int(mi)), where
			}
			return -1, -1
		}
		if mi := x.mentionAt(k); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.Possessive && m.Last == k+1 {
				return x.actor(int(mi)), where // a name whose possessive mark is its own
			}
			if m.Kind == mentions.Country || m.Kind == mentions.Place {
				if m.Entry != nil && m.Entry.ISO != "" && where < 0 {
					where = x.country(m.Entry.ISO)
				}
				k = m.First
				continue
			}
			return -1, -1
		}
		if t.Kind == segment.Word && !t.Has(segment.FlagCap) && (visitAdjective(x.lower(k)) || !functionWord(x.lower(k)) && !isDeterminerWord(x.lower(k))) {
			if x.lower(k) == "the" || x.lower(k) == "a" || x.lower(k) == "an" {
				return -1, -1
			}
			continue
		}
		return -1, -1
	}
	return -1, -1
}

// conveningBody returns the body a summit at token i belongs to: an
// organization named right before it ("the EU summit", "July's G8
// summit") or in its of-phrase ("a summit of EC leaders"), or -1.
func (x *extractor) conveningBody(si, i, k int) int {
	s := x.d.Sentences[si]
	if mi := x.bodyBeforeOccasion(si, i); mi >= 0 {
		// "at the close of the XYZ yearly meeting", "attended the OPEC
		// ministerial meeting", "the ADB's annual meeting": the body before
		// the adjectives of the occasion (whether someone is placed there
		// is the caller's test)
		return x.actor(mi)
	}
	if mi := x.mentionAt(i - 1); i-1 >= s.First && mi >= 0 {
		m := &x.md.Mentions[mi]
		if m.Kind == mentions.Org && m.Last == i && !m.Possessive {
			return x.actor(int(mi))
		}
	}
	if k < s.Last && x.lower(k) == "of" {
		j := k + 1
		if x.lower(j) == "the" {
			j++
		}
		if mi := x.mentionAt(j); j < s.Last && mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && x.md.Mentions[mi].First == j {
			return x.actor(int(mi))
		}
	}
	if k+2 < s.Last && x.lower(k+1) == "by" {
		// "a meeting organised by the X Forum": the body that convenes it
		switch x.lower(k) {
		case "organised", "organized", "convened", "sponsored", "hosted", "called":
			j := k + 2
			if x.lower(j) == "the" {
				j++
			}
			if mi := x.mentionAt(j); j < s.Last && mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && x.md.Mentions[mi].First == j {
				return x.actor(int(mi))
			}
		}
	}
	return -1
}

// travelPurpose reports a meeting noun phrase starting at token at that
// is the purpose of a journey or a stay told before it in the clause:
// "flew to Vienna for the OPEC meeting", "will be in Lima on May 3 for
// the plenary meeting of the X Bank", "went to Nairobi for a session
// convened by Y". The traveller is placed at the meeting; "the outlook
// for the X meeting" travels nowhere.
func (x *extractor) travelPurpose(cs, at int) bool {
	f := -1
	for k := at - 1; k >= cs && k >= at-4; k-- {
		if x.lower(k) == "for" {
			f = k
			break
		}
	}
	if f < 0 {
		return false
	}
	if x.motionVerbBefore(cs, f) >= 0 {
		return true
	}
	for k := f - 1; k >= cs && k >= f-12; k-- {
		switch x.lower(k) {
		case "left", "leave", "leaves", "leaving", "heading", "arriving", "coming", "returning", "travelling", "traveling":
			return true
		case ";":
			return false
		}
	}
	return false
}

// purposeFor: "for" right before a noun trigger over its modifiers
// ("flew to Tokyo for farm talks"), not over a verb ("for sabotaging
// negotiations").
func (x *extractor) purposeFor(cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-3; k-- {
		w := x.lower(k)
		if w == "for" {
			return true
		}
		if strings.HasSuffix(w, "ing") || x.d.Tokens[k].Kind != segment.Word || functionWord(w) {
			return false
		}
	}
	return false
}

// chairs reports a verb of chairing or hosting right before a noun
// trigger at token i: "chairing a meeting of", "hosted an informal
// meeting of".
func (x *extractor) chairs(cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-4; k-- {
		switch x.lower(k) {
		case "chaired", "chairing", "chair", "chairs", "hosted", "hosting", "host", "hosts", "convened", "convening", "convene", "presided", "presiding":
			return true
		}
	}
	return false
}

// proposedTo reads "propose(s, d) to A" (or "suggest") right before a
// noun trigger at token i, at most a few words of the noun phrase
// between: the parties A it is proposed to, and true; else nil, false.
func (x *extractor) proposedTo(si, cs, i int) ([]int, bool) {
	for v := i - 1; v >= cs && v >= i-12; v-- {
		switch x.lower(v) {
		case "propose", "proposes", "proposed", "proposing", "suggest", "suggests", "suggested", "suggesting":
			if x.lower(v+1) != "to" {
				return nil, false
			}
			ents, end := x.listAfter(si, v+2)
			if len(ents) == 0 {
				for end < i && x.d.Tokens[end].Kind == segment.Word && x.d.Tokens[end].Has(segment.FlagCap) {
					end++ // a body the word lists do not know
				}
			}
			for end < i && (x.lower(end) == "countries" || x.lower(end) == "members" || x.lower(end) == "governments" || x.lower(end) == "leaders") {
				end++
			}
			if end+3 < i {
				return nil, false // the noun is not the object proposed
			}
			return ents, true
		case ".", ";", ",":
			return nil, false
		}
	}
	return nil, false
}

// chairedBy reads the person a summit or meeting noun ending before token
// k is chaired or hosted by, after a place or a dash: "the G8 summit in
// Gleneagles - chaired by X -", "a meeting, hosted by X,". It returns the
// person and where the phrase ends, or -1.
func (x *extractor) chairedBy(si, k int) (int, int) {
	s := x.d.Sentences[si]
	for j := k; j+2 < s.Last && j < k+6; j++ {
		switch w := x.lower(j); w {
		case "chaired", "hosted", "convened":
			if x.lower(j+1) != "by" {
				return -1, 0
			}
			ents, end := x.listAfter(si, j+2)
			if len(ents) == 1 && x.isPerson(ents[0]) {
				return ents[0], end
			}
			return -1, 0
		case "-", "–", "—", ",", "in", "at":
			continue
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Place {
			j = x.md.Mentions[mi].Last - 1
			continue
		}
		return -1, 0
	}
	return -1, 0
}

// heldFirmly reports a noun trigger that is the object of a verb of
// holding right before it ("held talks", "is to hold two days of
// meetings", "was in talks"), unlike a mere mention ("progress in talks
// with Y", "the outcome of talks with Y").
func (x *extractor) heldFirmly(cs, i int) bool {
	low := i - 4
	for k := i - 1; k >= cs && k >= low; k-- {
		switch w := x.lower(k); w {
		case "held", "hold", "holds", "holding", "had", "have", "has", "having", "began", "begin", "begins", "begun", "opened", "open", "resumed", "resume",
			"started", "start", "concluded", "conclude", "attended", "attend", "attending", "attends", "joined", "join", "chaired", "chairing", "chair", "hosted", "hosting":
			return true
		case "in":
			// "is in talks with", "were in intensive talks"
			switch x.lower(k - 1) {
			case "is", "are", "was", "were", "been", "be":
				return true
			case "part":
				// "will take part in the X summit": attending it
				switch x.lower(k - 2) {
				case "take", "takes", "took", "taking", "taken":
					return true
				}
			case "participate", "participates", "participated", "participating":
				return true
			}
			return false
		case "of":
			// "held four days of talks", "began a second round of
			// negotiations": a measure of the talks, held all the same
			if k-1 >= cs && measureNoun(x.lower(k-1)) && low == i-4 {
				low = k - 4
				k--
				continue
			}
			return false
		case "on", "at", "about", "for", "to", "from", "that", ",":
			return false
		}
	}
	return false
}

// sidesAtOccasion reports a noun trigger at token i that only places
// the clause's subject at the talks: a preposition of place or purpose
// ("at the London talks", "for the breakdown in the negotiations") or a
// participle of another act ("for sabotaging negotiations") right before
// its phrase, with no "their" ("the failure of their talks") and no
// "is in talks". A measure ("two rounds of talks") is looked past.
func (x *extractor) sidesAtOccasion(cs, i int) bool {
	low := i - 4
	for k := i - 1; k >= cs && k >= low; k-- {
		if x.mentionAt(k) >= 0 {
			continue // "at the London talks", "the ICO negotiations"
		}
		switch w := x.lower(k); w {
		case "their", "bilateral", "towards", "toward", "but", "and", ",", ";":
			return false // theirs, or another clause ("but the talks broke off")
		case "in":
			switch x.lower(k - 1) {
			case "is", "are", "was", "were", "been", "be", "still", "remain", "remained", "remains":
				return false // "are in talks": theirs
			}
			return !x.jointOutcomeIn(cs, k)
		case "at", "during", "for", "over", "throughout":
			return !x.jointOutcomeIn(cs, k)
		case "of":
			if k-1 >= cs && measureNoun(x.lower(k-1)) && low == i-4 {
				low = k - 4
				k--
				continue
			}
			return false
		default:
			if strings.HasSuffix(w, "ing") && len(w) > 5 && !x.d.Tokens[k].Has(segment.FlagCap) {
				switch w {
				case "holding", "having", "opening", "beginning", "resuming", "starting", "concluding", "continuing", "entering", "conducting", "discussing", "negotiating", "meeting", "upcoming", "ongoing", "during":
					return false
				}
				return true // "obstructing talks", "sabotaging negotiations"
			}
		}
	}
	return false
}

// talksContinue reports a form of "continue" governing a talks noun at
// token i: right before it and its modifiers ("continue negotiations
// with", "will be continuing its merger talks") or as the verb of the talks phrase ending at k
// ("talks with X will continue").
func (x *extractor) talksContinue(cs, i, k, last int) bool {
	for j := i - 1; j >= cs && j >= i-3; j-- {
		w := x.lower(j)
		if strings.HasPrefix(w, "continu") {
			return true
		}
		if isPreposition(w) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || x.d.Tokens[j].Kind != segment.Word {
			break // "continue to press for talks": what continues is the pressing
		}
	}
	for j := k; j < last && j < k+3; j++ {
		w := x.lower(j)
		if strings.HasPrefix(w, "continu") {
			return true
		}
		switch w {
		case "will", "would", "are", "were", "is", "was", "to", "should", "could", "may", "might":
			continue
		}
		break
	}
	return false
}

// jointOutcomeIn reports a joint outcome among tokens [cs, k): "A and B
// agreed to a truce during talks" are the sides of those talks.
func (x *extractor) jointOutcomeIn(cs, k int) bool {
	for j := cs; j < k; j++ {
		if jointOutcome(x.lower(j)) {
			return true
		}
	}
	return false
}

// jointOutcome: what two sides reach together at talks ("agreed at the
// talks", "reached a deal at the talks"), which makes the talks theirs.
func jointOutcome(w string) bool {
	switch w {
	case "agreed", "agree", "agrees", "reached", "signed", "sign", "signs", "settled", "agreement", "agreements", "accord", "deal", "pact":
		return true
	}
	return false
}

// measureNoun: nouns that measure talks out ("two days of talks", "a
// round of negotiations").
func measureNoun(w string) bool {
	switch w {
	case "day", "days", "week", "weeks", "hours", "months", "round", "rounds", "session", "sessions", "series":
		return true
	}
	return false
}

// heldTogether reports a verb of holding right before a noun trigger at
// token i, whose coordinated subject are the parties: "A and B held
// talks", "had a meeting", "began negotiations" (attending or joining one
// says nothing of who else was there).
func (x *extractor) heldTogether(si int, agents []int, cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-4; k-- {
		switch x.lower(k) {
		case "held", "hold", "holds", "holding", "had", "have", "has", "having", "began", "begin", "begins", "begun", "opened", "open", "resumed", "resume",
			"started", "start", "concluded", "conclude":
			// the subject's own verb: no one else named in between
			// ("A and B asked Japan to begin negotiations": Japan's)
			last := x.mentionOf(si, agents[len(agents)-1], k)
			if last < 0 {
				return false
			}
			for j := x.md.Mentions[last].Last; j < k; j++ {
				if mi := x.mentionAt(j); mi >= 0 && x.actor(int(mi)) >= 0 {
					return false
				}
			}
			return true
		case "of", "on", "at", "about", "for", "to", "from", "that", ",", "in", "attended", "attend", "attending", "attends", "joined", "join":
			return false
		}
	}
	return false
}

// pairBefore reports "the two" or "both men" among the mentions of
// sentence si in [cs, i): parties by their own word.
func (x *extractor) pairBefore(si, cs, i int) bool {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First >= cs && m.First < i && m.Kind == mentions.Pair {
			return true
		}
	}
	return false
}

// sentBefore: "sending X to Moscow for talks": X is the one who talks.
func (x *extractor) sentBefore(si, cs, i int) []int {
	for k := cs; k < i; k++ {
		if isSendVerb(x.lower(k)) {
			if ents, _ := x.listAfter(si, k+1); len(ents) > 0 && x.isPerson(ents[0]) {
				return ents[:1]
			}
		}
	}
	return nil
}

func isSendVerb(w string) bool {
	switch w {
	case "sending", "send", "sends", "sent", "dispatched", "dispatch", "dispatching":
		return true
	}
	return false
}

// titledPersonAt returns the person mention whose title (before the
// name) covers token k, or -1.
func (x *extractor) titledPersonAt(si, k int) int {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First <= k {
			continue
		}
		if m.Kind == mentions.Person && m.Title != nil && !m.Title.Appositive && m.Title.First <= k {
			return mi
		}
		if m.First > k+12 {
			break
		}
	}
	return -1
}

// officialsAfter reads the unnamed officials a body or country qualifies
// ("officials", "financial officials", "trade negotiators"); it returns
// the token after them, or 0. Counterparts and leaders are left out: the
// text often names some of them elsewhere.
func (x *extractor) officialsAfter(k, last int) int {
	for j := k; j < last && j < k+3; j++ {
		t := x.d.Tokens[j]
		w := x.lower(j)
		switch w {
		case "officials", "negotiators", "representatives", "delegation", "delegates", "diplomats", "envoys",
			"official", "negotiator", "representative", "diplomat", "envoy":
			return j + 1
		}
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || !(mentions.PortfolioNoun(w) || w == "financial" || w == "senior" || w == "government" || w == "trade" || w == "top" || w == "monetary" || w == "economic") {
			return 0
		}
	}
	return 0
}

// markGroupStandIn records a body or country standing in for its
// unnamed officials.
func (x *extractor) markGroupStandIn(e int) {
	if x.groupStandIns == nil {
		x.groupStandIns = map[int]bool{}
	}
	x.groupStandIns[e] = true
}

// memberNoun: the unnamed people of a body as the object of an
// encounter ("members of", "officials from").
func memberNoun(w string) bool {
	switch w {
	case "members", "staff":
		return true
	}
	return unnamedPeople(w)
}

// unnamedPeople: the nouns for a body's unnamed people that both the
// subject (groupMember) and the object (memberNoun) readers accept.
func unnamedPeople(w string) bool {
	switch w {
	case "officials", "representatives", "delegates", "delegation", "envoys", "negotiators", "diplomats", "executives":
		return true
	}
	return false
}

// headOfState: plural posts that, with "of" and countries, stand for the
// countries themselves.
func headOfState(w string) bool {
	switch w {
	case "presidents", "leaders", "premiers", "kings", "heads", "chancellors":
		return true
	}
	return false
}

// modifier reports a country or organization named only to qualify the
// noun after it ("South African bank", "UK officials").
func (x *extractor) modifier(mi int) bool {
	m := &x.md.Mentions[mi]
	if (m.Kind == mentions.Person || m.Kind == mentions.Surname) && !m.Possessive && m.Last < len(x.d.Tokens) && !x.d.Tokens[m.Last].Has(segment.FlagCap) && staffNoun(x.lower(m.Last)) {
		// "members of Taft management", "Smith stockholders": the name
		// qualifies a body's people, the person is none of them by it
		return true
	}
	if m.Kind != mentions.Country && m.Kind != mentions.Org {
		return false
	}
	k := m.Last
	if k >= len(x.d.Tokens) {
		return false
	}
	if x.text(k) == "<" {
		// Reuters marks company names: "U.S. <McDonnell Douglas Corp>"; a
		// stock symbol after a name ("Acme Corp <ACM.N>") qualifies nothing
		return x.tickerEnd(k) < 0
	}
	if t := x.text(k); t == "-" || t == "‑" {
		switch x.lower(k + 1) {
		case "based", "owned", "backed", "led", "controlled", "registered", "listed", "made":
			return true // "a U.S.-based investors group": a group, not the country
		}
	}
	if om := x.mentionAt(k); om >= 0 && x.md.Mentions[om].Kind == mentions.Org && m.Kind == mentions.Country && x.md.Mentions[om].First == k {
		return true // "U.S. Federal Reserve": the body, not the country
	}
	if x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) && x.mentionAt(k) < 0 && k+1 < len(x.d.Tokens) &&
		x.d.Tokens[k+1].Kind == segment.Word && !x.d.Tokens[k+1].Has(segment.FlagCap) && !functionWord(x.lower(k+1)) {
		return true // "U.S. Congressional leaders"
	}
	if x.d.Tokens[k].Kind != segment.Word || x.d.Tokens[k].Has(segment.FlagCap) {
		return false
	}
	if x.verbAfterName(m, k) {
		return false // "talks with Nigeria aimed at ...", "a visit to Japan starting next week"
	}
	if x.talksVerbAfterName(mi, k) {
		return false // "France began talks with Y": the clause's subject
	}
	switch x.lower(k) {
	case "he", "she", "they", "we", "it":
		return false // "back from a visit to Japan he said": a new clause's subject
	case "tomorrow", "soon", "shortly", "overnight":
		return false // "will visit Norway tomorrow": a time adverb, not a noun the name qualifies
	case "early", "late":
		// "will visit Norway early next week", "late this month": the
		// adverb of a time phrase; "Norway late payments" stays a modifier
		if n := x.lower(k + 1); n == "next" || n == "this" || n == "last" || n == "in" || n == "on" || n == "tomorrow" || n == "today" {
			return false
		}
	}
	// a preposition opens a phrase of its own: "talks with Peru despite
	// the dispute", "a visit to Chile including a stop";
	// "U.S. under secretary X" keeps "under" a post's word
	return !functionWord(x.lower(k)) && (!isPreposition(x.lower(k)) || x.lower(k) == "under")
}

// staffNoun: the people of a body as a group, a noun a name before it
// qualifies ("Acme management", "Smith shareholders").
func staffNoun(w string) bool {
	switch w {
	case "management", "stockholders", "shareholders", "executives", "employees", "staff", "directors":
		return true
	}
	return false
}

// verbAfterName reports a participle or past tense at token k, after
// the name m, that opens a phrase of its own rather than qualifying a
// noun: a function word, a determiner, a number, a name or punctuation
// follows ("Japan starting next week", "Nigeria aimed at"), unlike "U.S.
// trading partners" or "U.S. feed grains". An -ing word after a
// determined name is a noun ("the OPEC meeting in Vienna", "the SEC
// filing,").
func (x *extractor) verbAfterName(m *mentions.Mention, k int) bool {
	w := x.lower(k)
	if len(w) < 5 || strings.HasSuffix(w, "eed") || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "based", "owned", "backed", "led", "controlled", "registered", "listed", "made":
		return false // "Cyprus based media", written without its hyphen
	}
	determined := m.First > 0 && (isDeterminerWord(x.lower(m.First-1)) || x.d.Tokens[m.First-1].Has(segment.FlagPossessive))
	if strings.HasSuffix(w, "ing") && determined {
		return false
	}
	if k+1 >= len(x.d.Tokens) {
		return true
	}
	n := x.d.Tokens[k+1]
	if n.Kind != segment.Word || n.Has(segment.FlagCap) {
		return true
	}
	nw := x.lower(k + 1)
	if nw == "that" {
		return false // "The Daily Post reported that ...": a clause this reading leaves to the speech rules
	}
	return functionWord(nw) || isDeterminerWord(nw)
}

func functionWord(w string) bool {
	switch w {
	case "and", "or", "but", "on", "in", "at", "over", "about", "to", "for", "from", "of", "by", "with", "without", "last", "this", "next", "yesterday", "today", "tonight",
		"earlier", "later", "after", "before", "since", "during", "amid", "as", "when", "while", "which", "who", "that", "than", "if", "because",
		"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
		"said", "says", "told", "met", "meets", "visited", "held", "hosted", "also", "again", "then", "not", "never", "still", "already", "itself", "themselves",
		"agreed", "signed", "announced", "warned", "urged", "called", "spoke", "talked", "received", "accused", "denied", "insisted", "added", "argued", "plans", "wants", "hopes",
		"too", "alone", "together", "instead", "against", "into", "under", "between", "among", "through", "until", "via", "where", "whose", "whom":
		return true
	}
	return false
}

func (x *extractor) titleWithin(k, last, n int) bool {
	for j := k; j < last && j < k+n; j++ {
		if e, _ := x.g.MatchTitle(x.d, j, last); e != nil {
			return true
		}
		if x.d.Tokens[j].Kind != segment.Word {
			return false
		}
	}
	return false
}

func groupNoun(w string) bool {
	switch w {
	case "officials", "leaders", "ministers", "diplomats", "representatives", "delegates", "delegation", "executives", "lawmakers", "members", "officers", "envoys", "negotiators", "counterparts", "troops", "forces", "soldiers", "authorities", "workers", "staff", "aides", "advisers", "leadership", "counterpart", "official", "spokesman", "spokeswoman", "ambassador", "minister", "president", "leader", "chief", "head", "team", "side", "government", "officials’", "supporters", "critics", "citizens", "people", "companies", "firms", "banks", "market", "markets", "cars", "vehicles", "products", "goods", "exports", "imports":
		return true
	}
	return false
}

// planned reports cues of a future, planned or cancelled encounter among
// tokens [from, to), outside quotations.
func (x *extractor) planned(from, to int) bool {
	for k := from; k < to; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		// case matters: "May 16" is no modal
		switch x.text(k) {
		case "will", "’ll", "'ll", "shall", "would", "plans", "planned", "planning", "plan", "scheduled", "expected", "due", "upcoming", "forthcoming", "next", "proposed", "intends", "intend", "hopes", "hope", "wants", "want", "cancelled", "canceled", "postponed", "scrapped", "invited", "invitation", "going", "seeks", "sought", "could", "might", "may", "aims", "set", "to", "towards", "toward",
			"sending", "send", "sends", "arrange", "arranging", "arranged", "seek", "seeking", "try", "trying", "tried", "offer", "offered", "offering", "request", "requested", "requesting", "propose", "proposing", "proposes", "called", "urged", "demanded", "invite", "inviting", "should", "must", "ready", "willing", "prospects", "Prospects", "prospect", "possibility", "possible", "proposal",
			"probable", "likely", "agreed", "agree", "agrees", "decided", "decide", "decides",
			"groundwork", "prepare", "prepares", "preparing", "preparation", "preparations":
			w := x.text(k)
			switch w {
			case "groundwork", "prepare", "prepares", "preparing", "preparation", "preparations":
				// "laying the groundwork for talks", "preparing for a visit":
				// the encounter prepared for is still to come
				if k < to-4 {
					continue
				}
			case "possible", "probable":
				// "a possible meeting", "probable talks": the trigger's own
				// adjective, not "possible changes ... under discussion"
				if k < to-3 {
					continue
				}
			case "proposed", "propose", "proposes", "proposing", "proposal":
				// "proposed talks", "proposed to meet", "proposed that they
				// meet"; not "X proposed a fund during a trip"
				if k < to-3 && x.lower(k+1) != "to" && x.lower(k+1) != "that" {
					continue
				}
			case "planned", "expected", "scheduled":
				// "its planned expansion", "the expected rise in costs": the
				// adjective of another noun, not of the trigger ("the
				// planned talks", "a planned visit to X")
				if k < to-3 && (isDeterminerWord(x.lower(k-1)) || x.lower(k-1) == "whose") && x.lower(k+1) != "to" && x.lower(k+1) != "for" {
					continue
				}
			case "offer":
				// "Gorbachev's new offer was consistent with the position at
				// the summit": a noun of its own, not "an offer to meet"
				if k < to-3 && x.lower(k+1) != "to" && x.lower(k+1) != "of" {
					continue
				}
			case "likely":
				// "a likely meeting", "is likely to meet"
				if k < to-3 && x.lower(k+1) != "to" {
					continue
				}
			case "agreed", "agree", "agrees", "decided", "decide", "decides":
				// "agreed to hold talks", "decided to open negotiations":
				// the encounter is still to come; "agreed at the talks" is not
				if x.lower(k+1) != "to" || !holdVerb(x.lower(k+2)) {
					continue
				}
			}
			if w == "to" {
				// "to meet", "to visit": infinitive of the trigger itself;
				// "is to host a summit", "are to hold talks": a plan ("was to brief X on
				// Y's visit" is not)
				if (k+1 < to || !x.isVerbTrigger(k+1)) && !(k+1 < to && isBe(x.lower(k-1)) && x.d.Tokens[k+1].Kind == segment.Word && !x.d.Tokens[k+1].Has(segment.FlagCap)) {
					continue
				}
			}
			if w == "set" && x.text(k+1) != "to" && x.text(k+1) != "for" {
				continue
			}
			if w == "due" && x.causeAfterDue(k) {
				continue // "held up due to a strike": a cause, not a schedule
			}
			if x.closedRelative(k, to) {
				continue // "X, who will step down next year, met Y": the stepping down's
			}
			if x.closedSubordinate(from, k, to) {
				continue // "while X could not yet announce it, it was holding talks": the announcing's
			}
			switch w {
			case "plans", "plan", "hopes", "hope", "wants", "want", "intends", "intend", "aims", "seeks", "seek":
				// "plans to visit", not "ONGC's plans" or "hopes of a deal"
				if nx := x.lower(k + 1); nx != "to" && !(w == "hopes" || w == "hope") || (w == "hopes" || w == "hope") && nx != "to" && nx != "for" {
					continue
				}
			}
			if w == "invitation" {
				continue // "at the invitation of": an accepted invitation
			}
			if (w == "towards" || w == "toward") && x.lower(k-1) != "moving" && x.lower(k-1) != "move" && x.lower(k-1) != "working" {
				continue
			}
			if (w == "called" || w == "urged" || w == "demanded") && x.lower(k+1) != "off" && x.lower(k+1) != "for" {
				continue // "called off", "called for talks", "urged talks": not held
			}
			return true
		}
	}
	return false
}

// subjectNoun: a noun trigger at token i opens its clause (only
// determiners, modifiers, names and possessives before it), so the
// clause's verb after it says when: "The Armacost discussions with X will
// focus on aid".
func (x *extractor) subjectNoun(cs, i int) bool {
	if i-cs > 6 {
		return false
	}
	for k := cs; k < i; k++ {
		t := x.d.Tokens[k]
		w := x.lower(k)
		if x.mentionAt(k) >= 0 || t.Has(segment.FlagPossessive) || isDeterminerWord(w) && w != "and" && w != "or" && w != "but" || t.Kind == segment.Number {
			continue
		}
		if t.Kind != segment.Word || functionWord(w) || fillers[w] || isPreposition(w) || mentions.IsSpeechVerb(w) {
			return false
		}
	}
	return true
}

// modalAfter: the first verb after a noun trigger's phrase is a modal or
// "is to" of what is to come.
func (x *extractor) modalAfter(from, to int) bool {
	for k := from; k < to && k < from+15; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "will", "’ll", "'ll", "shall":
			return true
		case "is", "are":
			return x.lower(k+1) == "to" || x.lower(k+1) == "expected" || x.lower(k+1) == "due" || x.lower(k+1) == "scheduled"
		case ",":
			// "Talks this week between A and B, if successful, could ...":
			// an outcome still in doubt, so the talks are still to come
			return x.lower(k+1) == "if"
		case "if":
			if x.text(k-1) == "," {
				return true
			}
		case "was", "were", "has", "have", "had", "would", "could", "may", "might", ";", "who", "which", "that":
			return false
		}
		if mentions.IsSpeechVerb(x.lower(k)) {
			return false
		}
	}
	return false
}

// modalAhead: the main clause after an opening phrase speaks of what is
// to come ("After travelling to X, he hopes to ...", "During his trip, X
// will ..."): a modal or a verb of intent with its infinitive, before
// any verb of speech opens another clause.
func (x *extractor) modalAhead(from, to int) bool {
	for k := from; k < to; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w := x.text(k)
		switch w {
		case "will", "’ll", "'ll", "shall", "would":
			return true
		case "hopes", "hope", "plans", "plan", "intends", "intend", "expects", "expected", "due", "scheduled", "wants", "aims", "is", "are":
			if x.lower(k+1) == "to" && k+2 < to && !x.d.Tokens[k+2].Has(segment.FlagCap) {
				return true
			}
		}
		if mentions.IsSpeechVerb(x.lower(k)) && k > from {
			return false // "..., he said, he made a pitch for firms seeking to build": another clause
		}
		switch x.lower(k) {
		case "where", "who", "which", "whom", "when":
			if x.text(k-1) == "," && k > from {
				// "During his trip, which runs to April 29, X will ...": past
				// the relative clause set off by commas
				j := k + 1
				for j < to && x.text(j) != "," {
					j++
				}
				if j < to && j+1 < to && x.mentionAt(j+1) >= 0 {
					k = j
					continue
				}
			}
			return false // "..., X is travelling to Lima, where she lands on Monday"
		}
	}
	return false
}

// infinitiveCue: "is to meet", "are to visit" among tokens [from, to):
// an arrangement still to come.
func (x *extractor) infinitiveCue(from, to int) bool {
	for k := from + 1; k+1 < to; k++ {
		if x.lower(k) == "to" && x.isVerbTrigger(k+1) && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			switch x.lower(k - 1) {
			case "is", "are", "was", "were", "due", "expected", "set", "scheduled", "plans", "planned", "hopes", "wants":
				return true
			}
		}
	}
	return false
}

// pastPerfectPlan reports "had planned to", "had been scheduled to",
// "had hoped to" right before the trigger at token i.
func (x *extractor) pastPerfectPlan(cs, i int) bool {
	for k := i - 1; k >= cs && k >= i-5; k-- {
		if x.lower(k) == "had" {
			switch x.lower(k + 1) {
			case "planned", "hoped", "intended", "been", "wanted", "expected", "arranged":
				return true
			}
		}
	}
	return false
}

// closedRelative reports a token k inside a relative clause set off by
// commas (", who will step down next year,") that closes before token to.
func (x *extractor) closedRelative(k, to int) bool {
	si := x.d.SentenceAt(int(x.d.Tokens[k].Start))
	if si < 0 || !x.inRelative(si, k, false) {
		return false
	}
	for j := k + 1; j < to; j++ {
		if x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote) {
			return true
		}
	}
	return false
}

// closedSubordinate reports a token k inside a clause opened by
// "while", "although", "though", "whereas" or "because" after token from
// and closed by a comma before token to.
func (x *extractor) closedSubordinate(from, k, to int) bool {
	open := false
	for j := k - 1; j >= from; j-- {
		if x.d.Tokens[j].Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(j)
		if w == "," || w == ";" {
			return false
		}
		if w == "while" || w == "although" || w == "though" || w == "whereas" || w == "because" {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := k + 1; j < to; j++ {
		if x.text(j) == "," && !x.d.Tokens[j].Has(segment.FlagInQuote) {
			return true
		}
	}
	return false
}

// departureFor: the noun trigger at token i is the purpose ("for talks")
// of a departure or arrival told in the present ("leaves today for Ottawa
// for trade talks", "when he arrives for talks"): the talks are to come.
func (x *extractor) departureFor(cs, i int) bool {
	if !x.precededBy(i, cs, "for") {
		return false
	}
	for k := i - 1; k >= cs && k >= i-12; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "leaves", "departs", "heads", "arrives", "flies", "travels", "goes":
			return true
		case "leaving", "departing", "heading", "arriving", "flying", "travelling", "traveling", "going":
			if p := x.lower(k - 1); p == "is" || p == "are" {
				return true
			}
		case ",", ";", "said", "says":
			return false
		}
	}
	return false
}

// underConsideration: the noun trigger's clause says it is "under
// consideration" or "being considered" (up to a semicolon or a verb of
// saying): an encounter not yet decided.
func (x *extractor) underConsideration(from, to int) bool {
	for k := from; k < to && k < from+25; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(k)
		if w == ";" || mentions.IsSpeechVerb(w) {
			return false
		}
		if (w == "consideration" || w == "considered" || w == "studied") && (x.lower(k-1) == "under" || x.lower(k-1) == "being") {
			return true
		}
	}
	return false
}

// departureOn: the visit at token i is what someone "leaves on" or
// "sets off on", told in the present: not begun yet.
func (x *extractor) departureOn(cs, i int) bool {
	if !x.precededBy(i, cs, "on") {
		return false
	}
	for k := i - 1; k >= cs && k >= i-8; k-- {
		switch x.lower(k) {
		case "leaves", "departs", "sets":
			p := x.lower(k - 1)
			return p != "was" && p != "were" && p != "had"
		case ",", ";", "said", "says":
			return false
		}
	}
	return false
}

// plannedAfter reads cues after the trigger: "a meeting ..., scheduled
// for April 15, was called off".
func (x *extractor) plannedAfter(from, to int) bool {
	for k := from; k < to && k < from+14; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.text(k) {
		case "scheduled", "planned", "due", "cancelled", "canceled", "postponed", "scrapped", "expected", "proposed":
			if x.text(k) == "due" && x.causeAfterDue(k) {
				continue // "talks ... were terminated due to a failure to agree": a cause
			}
			return true
		case "called":
			if x.text(k+1) == "off" {
				return true
			}
		case "set":
			if x.text(k+1) == "for" {
				return true // "the talks are set for Friday"
			}
		case "to":
			if x.text(k+1) == "be" {
				switch x.text(k + 2) {
				case "held", "hosted", "convened", "chaired":
					return true // "the X-Y meeting, to be held in Vienna"
				}
			}
		case "yet":
			if x.lower(k+1) == "to" {
				switch x.lower(k + 2) {
				case "be", "take", "begin", "start", "open", "convene":
					// "the dates for the meeting have yet to be set", "talks
					// have yet to begin": not held; "the talks have yet to
					// produce a deal" were
					return true
				}
			}

		case ";", ".":
			return false
		case "and", "but":
			switch x.lower(k + 1) {
			case "is", "are", "was", "were", "will", "would", "has", "have", "had", "then", "later", "also":
				return false // "met X last week and is expected to meet Y": the next verb's
			}
		}
		if mentions.IsSpeechVerb(x.lower(k)) {
			return false // "..., said he expected ...": another clause
		}
	}
	return false
}

// progressiveWeekday: the trigger is in the present progressive ("is
// meeting", "are visiting", "is holding talks") and its clause names a
// weekday that is not a past one ("on Thursday", not "last Thursday"):
// an arrangement still to come, as "tomorrow" would make it.
func (x *extractor) progressiveWeekday(si, cs int, tr trigger) bool {
	v := tr.first
	if tr.noun {
		v = -1
		for j := tr.first - 1; j >= cs && j >= tr.first-3; j-- {
			if w := x.lower(j); w == "holding" || w == "having" || w == "hosting" {
				v = j
				break
			}
		}
		if v < 0 {
			return false
		}
	}
	if !strings.HasSuffix(x.lower(v), "ing") || x.d.Tokens[v].Has(segment.FlagInQuote) {
		return false
	}
	b := v - 1
	if x.lower(b) == "also" {
		b--
	}
	if b < cs || !isBe(x.lower(b)) {
		return false
	}
	// the weekday of the trigger's own phrase, before a comma or another
	// event's clause ("after talks in Seoul on Sunday", "where he arrived
	// on Sunday", "a spokesman said on Sunday" are not the encounter's)
	last := x.d.Sentences[si].Last
	for k := tr.last + 1; k < last && k <= tr.last+12; k++ {
		w := x.lower(k)
		if x.d.Tokens[k].Has(segment.FlagInQuote) || mentions.IsSpeechVerb(w) {
			return false
		}
		switch w {
		case ",", ";", ":", "after", "before", "since", "following", "until", "where", "when", "who", "which", "while", "and", "but":
			return false
		}
		switch x.text(k) {
		case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
			if x.lower(k-1) != "on" && x.lower(k-1) != "next" && x.lower(k-1) != "this" {
				return false
			}
			// the story's own day: under way
			return x.ref.Precision() != kg.PrecisionDay || x.ref.Start().Weekday().String() != x.text(k)
		}
	}
	return false
}

// causeAfterDue: "due" at token k opens "due to" and a noun phrase ("due
// to a failure to agree", "due to the strike"), the preposition of a
// cause, not "due to meet" or "due on Friday" of a schedule.
func (x *extractor) causeAfterDue(k int) bool {
	return x.lower(k+1) == "to" && (isDeterminerWord(x.lower(k+2)) && x.lower(k+2) != "and" && x.lower(k+2) != "or" && x.lower(k+2) != "but" || x.lower(k+2) == "lack")
}

// precededBy reports one of words within the three tokens before the
// trigger (and inside its clause).
func (x *extractor) precededBy(at, cs int, words ...string) bool {
	for k := at - 1; k >= cs && k >= at-4; k-- {
		w := x.lower(k)
		for _, o := range words {
			if w == o {
				return true
			}
		}
	}
	return false
}

// relativeObject: the words from token k back to a "who"/"that"/"which"
// are a relative clause's verb whose object is the name after token k
// ("two councillors who back X", "the firm that hired X"). It returns the
// relative's named antecedent (nil when unnamed) and true.
func (x *extractor) relativeObject(si, k int) ([]int, bool) {
	s := x.d.Sentences[si]
	for j := k; j >= s.First && j >= k-2; j-- {
		t := x.d.Tokens[j]
		if t.Has(segment.FlagInQuote) || t.Kind != segment.Word || x.mentionAt(j) >= 0 {
			return nil, false
		}
		switch x.lower(j) {
		case "who", "that", "which":
			if j == k {
				return nil, false // "who X met": X is the relative's subject
			}
			if mi := x.relativeAntecedent(si, j); mi >= 0 {
				if e := x.actor(mi); e >= 0 {
					return []int{e}, true
				}
			}
			return nil, true
		}
		if t.Has(segment.FlagCap) || functionWord(x.lower(j)) || isPreposition(x.lower(j)) || mentions.IsSpeechVerb(x.lower(j)) {
			return nil, false
		}
	}
	return nil, false
}

// listenerWord: the words of an unnamed audience after "told" ("a news
// conference", "reporters").
func listenerWord(w string) bool {
	switch w {
	case "news", "press", "conference", "briefing", "reporters", "journalists", "newsmen", "correspondents", "parliament", "lawmakers", "legislators":
		return true
	}
	return false
}

func possessiveDeterminer(w string) bool {
	return w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "my"
}

// objectAfterMeet: the verb "meet" ending before token k takes a thing as
// its object ("meet commitments", "met its targets", "meet the
// deadline"): a goal reached, not an encounter. Co-subjects meeting
// people, named or not, stay an encounter of theirs (the gold's
// "A and B met supporters' representatives").
func (x *extractor) objectAfterMeet(si, k int) bool {
	s := x.d.Sentences[si]
	j := x.skipAfterVerb(si, k)
	for n := 0; j < s.Last && n < 4; j, n = j+1, n+1 {
		t := x.d.Tokens[j]
		if t.Has(segment.FlagInQuote) || t.Kind != segment.Word || t.Has(segment.FlagCap) {
			return false
		}
		w := x.lower(j)
		if goalNoun(w) {
			return true
		}
		if isPreposition(w) || w == "and" || w == "or" || w == "but" || w == "with" {
			return false
		}
	}
	return false
}

// goalNoun words are what one meets without meeting anyone.
func goalNoun(w string) bool {
	switch w {
	case "commitment", "commitments", "target", "targets", "demand", "demands", "deadline", "deadlines", "need", "needs", "requirement", "requirements", "criteria", "criterion", "condition", "conditions", "expectation", "expectations", "obligation", "obligations", "cost", "costs", "goal", "goals", "standard", "standards", "payment", "payments", "terms", "quota", "quotas", "forecast", "forecasts", "challenge", "challenges", "shortfall", "request", "requests":
		return true
	}
	return false
}

// sportsFixture: the sentence speaks of a sporting contest ("in
// Saturday's match", "the semi-final", "a tense tie-break", "a four-match
// losing run"), where "meet" and "visit" mean playing against someone.
func (x *extractor) sportsFixture(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w := x.lower(k)
		switch w {
		case "match", "matches", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "fixture", "fixtures", "tie-break", "tiebreak", "derby", "play-off", "play-offs", "playoff", "playoffs", "rematch", "kick-off":
			return true
		}
		if strings.HasSuffix(w, "-match") {
			return true // "a four-match losing run"
		}
	}
	return false
}

// contestNear: the sentence or one of its neighbours (two before, one
// after) speaks of a contest in words no other story uses: a
// scoreline ("6-3"), a seeding ("eighth-seed", "seeded"), a
// tournament or a knockout round ("the quarter final"). There "a
// meeting with X" and "meet X" mean playing X (sports reports write
// "set up a meeting with X" for the next match). Quotes count: players
// speak of their tournaments.
func (x *extractor) contestNear(si int) bool {
	for n := max(0, si-2); n <= si+1 && n < len(x.d.Sentences); n++ {
		s := x.d.Sentences[n]
		for k := s.First; k < s.Last; k++ {
			t := x.d.Tokens[k]
			if t.Kind == segment.Number {
				if x.scorelineAt(k, s.Last) {
					return true
				}
				continue
			}
			switch w := x.lower(k); w {
			case "semi-final", "semi-finals", "quarter-final", "quarter-finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "tournament", "tournaments", "seeded", "tie-break", "tiebreak":
				return true
			case "quarter", "semi":
				if k+1 < s.Last && (x.lower(k+1) == "final" || x.lower(k+1) == "finals") {
					return true // "the quarter final"
				}
			default:
				if strings.HasSuffix(w, "-seed") || strings.HasSuffix(w, "-seeded") {
					return true // "eighth-seed X", "top-seeded X"
				}
			}
		}
	}
	return false
}

// scorelineAt: token k is a game's score: a scoreline next to another
// ("6-3 6-2") or to a word of winning and losing ("won 2-1", "a 3-0
// defeat"); a range of days or figures ("June 8-10", "8-10 pct") is
// none.
func (x *extractor) scorelineAt(k, last int) bool {
	if !scoreline(x.text(k)) {
		return false
	}
	if k+1 < last && x.d.Tokens[k+1].Kind == segment.Number && scoreline(x.text(k+1)) {
		return true
	}
	if k > 0 {
		switch x.lower(k - 1) {
		case "won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing", "drew", "draw", "defeated", "thrashed":
			return true
		}
	}
	if k+1 < last {
		switch x.lower(k + 1) {
		case "win", "victory", "defeat", "loss", "draw", "lead", "thrashing", "scoreline":
			return true
		}
	}
	return false
}

// scoreline: a game score such as "6-3" or "10-8", two numbers of one
// or two digits joined by a hyphen (not a year range "1986-87", which
// has four digits first, nor a fraction "5-1/2").
func scoreline(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 {
		return false
	}
	for _, c := range a + b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pressTitle words before a name make its bearer a journalist.
func pressTitle(w string) bool {
	switch w {
	case "reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents", "interviewer", "columnist", "anchor", "anchorman", "anchorwoman":
		return true
	}
	return false
}

// isPress: entity e is a news organization, or a person named in
// sentence si right after a journalist's title ("magazine reporter X").
func (x *extractor) isPress(si, e int) bool {
	if e < 0 {
		return false
	}
	if x.cr.Entities[e].OrgKind == "MEDIA" {
		return true
	}
	if !x.isPerson(e) {
		return false
	}
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if x.actor(mi) == e && m.Kind != mentions.Pronoun && pressTitle(x.lower(m.First-1)) {
			return true
		}
	}
	return false
}

// pressParties counts the parties that are the press.
func (x *extractor) pressParties(si int, agents, others []int) int {
	n := 0
	for _, e := range agents {
		if x.isPress(si, e) {
			n++
		}
	}
	for _, e := range others {
		if x.isPress(si, e) {
			n++
		}
	}
	return n
}

func (x *extractor) dropPress(si int, es []int) []int {
	var out []int
	for _, e := range es {
		if !x.isPress(si, e) {
			out = append(out, e)
		}
	}
	return out
}

// holdVerb words govern a noun trigger as its object: "to hold talks",
// "to open negotiations", "to resume discussions".
func holdVerb(w string) bool {
	switch w {
	case "hold", "have", "open", "start", "begin", "resume", "convene", "pay", "make", "meet", "visit", "host":
		return true
	}
	return false
}

func (x *extractor) isVerbTrigger(k int) bool {
	switch x.lower(k) {
	case "meet", "visit", "host", "hold", "call", "talk", "phone", "travel", "fly", "make", "pay", "join":
		return true
	}
	return false
}

func (x *extractor) negated(from, to int) bool {
	// "could not be resolved before a visit": a time preposition after the
	// negation opens a phrase the negation does not reach
	for k := to - 1; k > from; k-- {
		switch x.lower(k) {
		case "before", "after", "during", "until", "ahead", "following":
			from = k + 1
		}
	}
	for k := from; k < to; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "not", "n't", "never", "no", "without", "refused", "declined", "denied", "rejected", "cannot", "won’t", "won't", "didn’t", "didn't", "hasn’t", "hasn't", "haven’t", "haven't", "wasn’t", "wasn't", "if", "unless", "whether", "rather":
			return true
		}
		if strings.HasSuffix(x.lower(k), "n’t") || strings.HasSuffix(x.lower(k), "n't") {
			return true
		}
	}
	return false
}

func (x *extractor) habitual(from, to int) bool {
	for k := from; k < to; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "times", "regularly", "often", "frequently", "repeatedly", "annually", "every", "each", "routinely", "usually", "twice", "dozens", "several", "numerous":
			return true
		}
	}
	return false
}

// withAhead finds "with" (or "between") after a noun trigger, over a
// place or a time in between ("talks in Washington with X", "talks this
// morning with X"); it returns the token after it and the word, or -1.
func (x *extractor) withAhead(si, k int) (int, string) {
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+8; j++ {
		w := x.lower(j)
		switch w {
		case "with", "between":
			return x.skipBoth(j + 1), w
		case "in", "at", "on", "this", "last", "that", "the", "morning", "afternoon", "evening", "night", "week", "today", "yesterday", "earlier", "later", "here", "there",
			"month", "next", "tomorrow", "weekend":
			continue
		case "scheduled", "planned", "set", "due", "expected":
			if j == k {
				continue // "talks scheduled next week in Oslo between A and B"
			}
		}
		if x.d.Tokens[j].Kind == segment.Number || x.g.Weekday(x.text(j)) > 0 || x.g.Month(x.text(j)) > 0 {
			continue
		}
		if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Place {
			j = x.md.Mentions[mi].Last - 1
			continue
		}
		return -1, ""
	}
	return -1, ""
}

// skipBoth steps over the "both" of "talks with both A and B" when a
// name follows it, so that the list after it is read; "both sides" (no
// name) is left to the group readings.
func (x *extractor) skipBoth(j int) int {
	if x.lower(j) == "both" && j+1 < len(x.d.Tokens) {
		if mi := x.mentionAt(j + 1); mi >= 0 && x.md.Mentions[mi].First == j+1 && x.md.Mentions[mi].Kind != mentions.Pair {
			return j + 1
		}
	}
	return j
}

// toldVisiting reads a host person who speaks to the visitor named after
// "visiting" at token i: "X told visiting Secretary Y", "X assured
// visiting Minister Y": the two met there.
func (x *extractor) toldVisiting(si, i int, visitors []int, date kg.PartialDate) {
	if len(visitors) != 1 || i-1 <= x.d.Sentences[si].First {
		return
	}
	switch x.lower(i - 1) {
	case "told", "assured", "urged", "asked", "informed", "briefed", "warned":
	default:
		return
	}
	subj := x.subjectBefore(si, i-1)
	if len(subj) != 1 || !x.isPerson(subj[0]) || subj[0] == visitors[0] {
		return
	}
	x.addMeeting(Meeting{Kind: kg.MeetingMeeting, Status: kg.StatusOccurred, Participants: []Participant{{Entity: subj[0]}, {Entity: visitors[0]}},
		Date: date, Place: -1, Span: Span{si, si}, Rule: "meeting:told-visiting", agents: subj})
}

// jointVenue reports a list of people met, ending at token k, followed
// closely by a venue with an indefinite article ("met A and B, 40 and 49,
// at a pub"): one place and time, one joint meeting (GUIDELINES §7).
func (x *extractor) jointVenue(si, k int, others []int) (joint, in bool) {
	if len(others) < 2 {
		return false, false
	}
	for _, o := range others {
		if !x.isPerson(o) {
			return false, false
		}
	}
	s := x.d.Sentences[si]
	for j := k; j+2 < s.Last && j < k+8; j++ {
		w := x.lower(j)
		if w == "." || w == ";" {
			return false, false
		}
		if w == "at" && (x.lower(j+1) == "a" || x.lower(j+1) == "an") {
			v := j + 2
			if mi := x.mentionAt(v); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Country && x.md.Mentions[mi].Last < s.Last {
				v = x.md.Mentions[mi].Last // "at an Irish pub"
			}
			t := x.d.Tokens[v]
			return t.Kind == segment.Word && !t.Has(segment.FlagCap), false
		}
		if (w == "at" || w == "in") && x.lower(j+1) == "the" {
			// "met A and B at the mining ministry", "in the old
			// embassy": a named kind of building is one place (within
			// three words, no "'s": "the prime minister's office" is not
			// read)
			for v := j + 2; v < s.Last && v < j+5; v++ {
				if venueNoun(x.lower(v)) || buildingNoun(x.lower(v)) {
					return true, w == "in"
				}
				if x.d.Tokens[v].Kind != segment.Word {
					break
				}
			}
		}
		if w == "in" && (x.lower(j+1) == "a" || x.lower(j+1) == "an") {
			// "met A and B in a London hotel": "in" names a venue only
			// with a word for one ("in a bid to" does not)
			for v := j + 2; v < s.Last && v < j+5; v++ {
				if venueNoun(x.lower(v)) {
					return true, true
				}
			}
			return false, false
		}
	}
	return false, false
}

// jointOccasion reports a list of parties met, ending at token k,
// followed closely by "at the <occasion>" ("meet the leaders of A, B
// and C at the economic summit", "met A and B at a dinner"): they are
// all at one gathering, one joint meeting (GUIDELINES §7, 17.1). A
// news conference gathers reporters, not the parties.
func (x *extractor) jointOccasion(si, k int, others []int) bool {
	if len(others) < 2 {
		return false
	}
	s := x.d.Sentences[si]
	for j := k; j+2 < s.Last && j < k+6; j++ {
		w := x.lower(j)
		if w == "." || w == ";" || w == "," || x.d.Tokens[j].Has(segment.FlagInQuote) {
			return false
		}
		if w != "at" {
			continue
		}
		if d := x.lower(j + 1); d != "the" && d != "a" && d != "an" {
			return false
		}
		for v := j + 2; v < s.Last && v < j+5; v++ {
			switch x.lower(v) {
			case "summit", "conference", "session", "dinner", "lunch", "luncheon", "banquet", "reception":
				p := x.lower(v - 1)
				return p != "news" && p != "press"
			}
		}
		return false
	}
	return false
}

// jointDay reports a list of people met, ending at token k, that the
// clause ties to one day or hour: after the list ("met A and B in Bonn on
// Tuesday", "would meet A and B at 4 PM") or before the verb ("says on
// 3 May X met A and B"). One place and time make one joint meeting
// (GUIDELINES §7, 17.1). A span of days ("from May 2 to 5"), a day
// inside a relative clause ("X, who leaves on Tuesday, met A and B") or a
// trip told before leaves a visitor's round, one meeting each.
func (x *extractor) jointDay(si, cs, first, k int, others []int) bool {
	if len(others) < 2 {
		return false
	}
	for _, o := range others {
		if !x.isPerson(o) {
			return false
		}
	}
	if !x.oneDayNear(si, cs, first, k, others) {
		return false
	}
	s := x.d.Sentences[si]
	for j := s.First; j < s.Last; j++ {
		if w := x.lower(j); w == "separate" || w == "separately" {
			return false
		}
	}
	// a trip told so far makes the meetings a visitor's round, one per
	// counterpart even on one day (§7: "a day of meetings with A, B and C")
	for j := 0; j < s.Last; j++ {
		switch x.lower(j) {
		case "trip", "trips", "tour", "visit", "visits", "visiting", "mission", "arrived", "arrives", "arriving", "arrival":
			return false
		}
	}
	return true
}

// oneDayNear reports a time of one day or hour tied to the meeting
// clause: right after the list of people met, ending at token k, just
// before the clause or inside it before the verb, outside a relative
// clause.
func (x *extractor) oneDayNear(si, cs, first, k int, others []int) bool {
	s := x.d.Sentences[si]
	// the list ends with the last of its names, not where listAfter
	// stopped reading (", and on Monday he flew home")
	from := first
	for _, o := range others {
		if mi := x.mentionOf(si, o, k+1); mi >= 0 && x.md.Mentions[mi].Last > from {
			from = x.md.Mentions[mi].Last
		}
	}
	for j := from; j < s.Last && j < from+6; j++ {
		w := x.lower(j)
		if w == "," || w == "." || w == ";" || w == "and" || w == "to" || w == "during" || x.d.Tokens[j].Has(segment.FlagInQuote) {
			break
		}
		if x.oneDayAt(j, s.Last) > j {
			return true
		}
	}
	for j := max(cs-4, s.First); j < cs; j++ {
		if x.oneDayAt(j, s.Last) == cs {
			return true // "says on 3 May X met A and B"
		}
	}
	for j := max(cs, s.First); j < first; j++ {
		e := x.oneDayAt(j, s.Last)
		if e <= j {
			continue
		}
		for v := e; v < first; v++ {
			if w := x.lower(v); (w == "," && j > cs) || w == "who" || w == "which" || w == "when" {
				return false
			}
		}
		return true
	}
	return false
}

// oneDayAt returns the token after a time expression of one day or hour
// starting at j ("on Monday", "on 3 May", "on May 3", "yesterday", "at 4
// PM"), or j when there is none, or when it opens a span ("on Monday and
// Tuesday", "on May 3 to 5").
func (x *extractor) oneDayAt(j, last int) int {
	e := j
	switch w := x.lower(j); w {
	case "yesterday", "today", "tomorrow", "tonight":
		e = j + 1
	case "on":
		if j+1 >= last {
			return j
		}
		n := x.text(j + 1)
		switch {
		case x.g.Weekday(n) > 0:
			e = j + 2
		case j+2 < last && x.d.Tokens[j+1].Kind == segment.Number && x.g.Month(x.text(j+2)) > 0:
			e = j + 3 // "on 13 March"
		case j+2 < last && x.g.Month(n) > 0 && x.d.Tokens[j+2].Kind == segment.Number:
			e = j + 3 // "on March 13"
		}
	case "at":
		if j+2 < last && x.d.Tokens[j+1].Kind == segment.Number {
			switch x.lower(j + 2) {
			case "pm", "am", "p.m.", "a.m.", "gmt", "edt", "est", "bst", "cet":
				e = j + 3
			}
		}
	}
	if e == j || e >= last {
		return e
	}
	switch x.lower(e) {
	case "and", "to", "-", "through", "or":
		if e+1 < last {
			n := x.text(e + 1)
			if x.d.Tokens[e+1].Kind == segment.Number || x.g.Weekday(n) > 0 || x.g.Month(n) > 0 {
				return j // a span of days
			}
		}
	}
	return e
}

// anyPerson reports whether es holds a person.
func (x *extractor) anyPerson(es []int) bool {
	for _, e := range es {
		if x.isPerson(e) {
			return true
		}
	}
	return false
}

// buildingNoun: seats of offices where officials receive visitors ("at
// the mining ministry", "at the embassy"), one place like a venue.
func buildingNoun(w string) bool {
	switch w {
	case "ministry", "headquarters", "embassy", "consulate", "chancellery", "parliament":
		return true
	}
	return false
}

// venueNoun: words for a place where people meet.
func venueNoun(w string) bool {
	switch w {
	case "hotel", "restaurant", "pub", "bar", "cafe", "café", "club", "room", "office", "house", "home", "flat", "apartment", "residence",
		"palace", "hall", "building", "villa", "studio", "hospital", "lounge", "suite", "garden":
		return true
	}
	return false
}

// travellersRound: co-travellers, two or more people named as the
// subject of "meet", meeting two or more named people, in a story that
// has told their trip before or in this sentence: a round of meetings
// like one visitor's (GUIDELINES §7, "a day of meetings with A, B and
// C"), unless the sentence makes it joint.
func (x *extractor) travellersRound(si int, tr trigger, agents, others []int) bool {
	if tr.noun || !strings.HasPrefix(tr.rule, "meeting:verb-met") || len(uniqueEntities(agents)) < 2 || len(uniqueEntities(others)) < 2 || x.jointCue(si) {
		return false
	}
	for _, e := range append(append([]int(nil), agents...), others...) {
		if !x.isPerson(e) {
			return false
		}
	}
	s := x.d.Sentences[si]
	for j := 0; j < s.Last; j++ {
		switch x.lower(j) {
		case "trip", "trips", "tour", "visit", "visits", "visiting", "mission", "arrived", "arrives", "arriving", "arrival":
			return true
		}
	}
	return false
}

// jointCue: words that make "A met B and C" one joint meeting.
func (x *extractor) jointCue(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch x.lower(k) {
		case "joint", "jointly", "together", "trilateral", "three-way", "four-way", "tripartite", "all", "both":
			return true
		}
	}
	return false
}

// jointCueTalks is jointCue for a round of talks, where the "both" of
// "talks with both A and B" only stresses the list (skipBoth) and makes
// no joint gathering of it.
func (x *extractor) jointCueTalks(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		switch x.lower(k) {
		case "joint", "jointly", "together", "trilateral", "three-way", "four-way", "tripartite", "all":
			return true
		case "both":
			if k == s.First || x.lower(k-1) != "with" || x.skipBoth(k) == k {
				return true
			}
		}
	}
	return false
}

func (x *extractor) meeting(si int, tr trigger) {
	s := x.d.Sentences[si]
	cs := x.clauseStart(si, tr.first)
	// negation, conditions and habits right around the trigger
	negFrom := tr.first - 4
	if tr.noun {
		negFrom = tr.first - 6 // "has no plans to open bilateral fishing talks"
	}
	if x.negated(max(cs, negFrom), tr.first) || x.habitual(tr.last, min(s.Last, tr.last+8)) || x.habitual(max(cs, tr.first-3), tr.first) {
		return
	}
	if x.whetherPredicate(cs, tr.first, tr.noun) {
		return // meetings_pastfinite.go: "declined to say whether A and B had held talks"
	}
	var agents, others []int
	var hosts []int
	visitPlace := -1
	destination := false
	here := false // "a brief visit here", "will visit here": the dateline's country
	opener := false
	mission := false    // "an IMF mission will visit X": the body travels, with no post to check
	mainClause := false // a participle after its main clause: "X will meet Y before visiting Z"
	purposeOf := -1     // the motion verb whose purpose the trigger is: "flew to Berlin to meet Y"
	unnamedWith := false
	mealHost := -1   // "at a dinner hosted by Z"
	between := false // "talks between A and B": the parties are named with the trigger
	ruleSuffix := "" // how the parties were found, when a newer reading found them
	bodyOf := -1     // the body whose meeting the trigger is, read like a summit's
	pressV := -1     // the press verb placing its subject at a body's meeting (meetings_press.go)
	// firm: the agents are the trigger's own (a verb's subject, "his
	// talks", "talks between A and B", "held talks"), so a side that names
	// no person may be a body: "X is to meet the Senate Finance Committee"
	firm := !tr.noun || x.heldFirmly(cs, tr.first)
	if !firm && (tr.kind == kg.MeetingTalks || tr.kind == kg.MeetingMeeting) && (x.travelPurpose(cs, tr.first) || x.soughtEncounter(cs, tr.first)) {
		// "flew to Oslo for talks with Norway", "suggested talks with
		// Peru": the traveller's or the proposer's own talks, whose
		// other side a country may stand in for
		firm = true
	}
	k := tr.last
	switch {
	case tr.noun:
		// "his visit", "during his first official visit": the pronoun's
		// person, or ("During his trip, X will ...") the subject after it
		for j := tr.first - 1; j >= s.First && j >= tr.first-3; j-- {
			if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Pronoun && x.md.Mentions[mi].Possessive {
				if x.inOpeningPhrase(si, tr.first) {
					// "During his trip to X, Y will ...": the pronoun points
					// ahead to the clause's subject, not back to the last
					// person named
					if sub := x.subjectAfterOpener(si, cs, tr.first); len(sub) == 1 && x.isPerson(sub[0]) {
						agents = append(agents, sub[0])
						firm = true
						ruleSuffix = "+cataphora"
						break
					}
				}
				if e := x.actor(int(mi)); e >= 0 {
					agents = append(agents, e)
					firm = true
				} else if x.inOpeningPhrase(si, tr.first) {
					agents = x.subjectAfterOpener(si, cs, tr.first)
				}
				break
			}
		}
		if len(agents) == 0 && tr.kind != kg.MeetingVisit {
			// "the accord A reached with B at their summit": the two
			for j := tr.first - 1; j >= s.First && j >= tr.first-3; j-- {
				if pair := x.theirPair(si, j); pair != nil {
					agents, firm, between = pair, true, true
					ruleSuffix = "+their-pair"
					break
				}
				if tk := x.d.Tokens[j]; tk.Kind != segment.Word || tk.Has(segment.FlagCap) || functionWord(x.lower(j)) && x.lower(j) != "their" {
					break
				}
			}
		}
		if len(agents) == 0 && tr.kind != kg.MeetingVisit {
			// "the Chile-Peru talks", "the Voss-Brandt summit": the pair
			// before the noun names its two sides (meetings_hyphenpair.go);
			// a summit is its leaders': "a new Chile-Peru summit" names
			// none (GUIDELINES §7), "the Voss-Brandt summit" does
			if pair, at := x.hyphenPair(si, tr.first); pair != nil && !(tr.kind == kg.MeetingMeeting && x.addressedOccasion(cs, tr.first)) && (tr.kind != kg.MeetingSummit || x.allPersons(pair)) && !x.toldBefore(si, at, pair) {
				agents, firm, between = pair, true, true
				ruleSuffix = "+hyphen-pair"
			}
		}
		// "Putin's visit", "the German leader's visit", "the Pakistani
		// president's first visit", "Shultz' Moscow talks", "Abe's U.S. visit"
		if len(agents) == 0 && (tr.kind == kg.MeetingVisit || tr.kind == kg.MeetingCall || x.bodyBeforeOccasion(si, tr.first) < 0) {
			// ("the Fund's annual meeting" is the body's own meeting, read below)
			if e, where := x.possessorBefore(si, tr.first); e >= 0 {
				agents = append(agents, e)
				firm = true
				if where >= 0 && tr.kind == kg.MeetingVisit {
					hosts = append(hosts, where)
				}
			}
		}
		if len(agents) == 0 && tr.kind == kg.MeetingVisit && tr.first-1 >= s.First {
			// "returning from a U.S. visit": the country visited
			if mi := x.mentionAt(tr.first - 1); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Country && x.md.Mentions[mi].Last == tr.first && !x.md.Mentions[mi].Possessive && x.md.Mentions[mi].Entry != nil && (x.md.Mentions[mi].Entry.Kind == gazetteer.Country || x.md.Mentions[mi].Entry.Kind == gazetteer.Capital) {
				if e := x.actor(int(mi)); e >= 0 {
					hosts = append(hosts, e)
				}
			} else if mi >= 0 && x.placeModifier(tr.first-1) {
				// "a Washington visit by X": the capital's country, the city the place
				if m := &x.md.Mentions[mi]; m.Kind == mentions.Place && !m.Possessive && m.Entry != nil && m.Entry.Kind == gazetteer.Capital && m.Entry.ISO != "" {
					visitPlace = m.Entity
					hosts = append(hosts, x.country(m.Entry.ISO))
				}
			}
		}
		if tr.rule == "visit:noun-visit" && x.lower(k) != "to" {
			// "X's visit later this month to Moscow", "a trip next week to
			// Oslo": the time told between the noun and its destination
			e := x.dateStartingAt(si, k)
			if e < 0 {
				for _, d := range x.sentenceDates(si, false) {
					if d.First == k && d.Rel == timex.At {
						e = d.Last // "later this month" read as one expression
					}
				}
			}
			if e > k && e < s.Last && x.lower(e) == "to" {
				k = e
			}
		}
		if tr.kind == kg.MeetingVisit && tr.rule == "visit:noun-visit" && x.lower(k) == "here" {
			if h := x.hereCountry(); h >= 0 {
				hosts, here = append(hosts, h), true
				k++
			}
		}
		if tr.rule == "visit:noun-visit" && len(agents) == 0 {
			// meetings_stay.go: "the visit she will make to Oslo"
			if a, j := x.visitMadeBy(si, k); a >= 0 {
				agents, firm, k, ruleSuffix = []int{a}, true, j, "+made-by"
			}
		}
		stopover := strings.HasPrefix(x.lower(tr.first), "stop")
		if tr.kind == kg.MeetingVisit && (x.lower(k) == "to" || tr.rule == "visit:noun-visit" && x.lower(k) == "of" || tr.rule == "visit:returned-from" && x.lower(k) == "from" || stopover && x.lower(k) == "in") {
			var ofPersons []int
			ofEnd := k
			if len(agents) == 0 && x.lower(k) == "of" {
				// "during the visit of Kenyan Premier X": the genitive
				// names the visitor; the host follows after "to" or is
				// left to the dateline
				if ps, end := x.listAfter(si, k+1); len(ps) > 0 {
					if ps = x.dropVisitorsCountry(ps); x.allPersons(ps) {
						ofPersons, ofEnd = ps, end
					}
				}
			}
			if len(ofPersons) > 0 {
				agents, firm, k = ofPersons, true, ofEnd
				if k < s.Last && x.lower(k) == "to" {
					others, hosts, k = x.visitTargets(si, k+1, &visitPlace)
					destination = len(hosts) == 0 && len(others) == 0
				}
			} else {
				others, hosts, k = x.visitTargets(si, k+1, &visitPlace)
				if len(hosts) == 0 && len(others) == 0 {
					destination = true // "a visit to Africa": somewhere, not a country
				}
			}
		}
		chair := -1
		if tr.kind == kg.MeetingSummit {
			// "the G8 summit in Gleneagles - chaired by X -": the chair takes part
			if c, end := x.chairedBy(si, k); c >= 0 {
				chair, k = c, end
				agents = append(agents, c)
				firm = true
			}
		}
		// a meeting of a named body is read like its summit (GUIDELINES
		// 16.3): "attending the annual meeting of the X Bank", "at a
		// meeting of EC farm ministers"; chairing one is read below
		bodyMeeting := tr.rule == "meeting:noun-meeting" && (!tr.plural || x.bodysSessions(si, tr.first, k)) && !x.chairs(cs, tr.first)
		if tr.kind == kg.MeetingSummit || bodyMeeting {
			// "the EU summit", "a summit of EC leaders", "the G8 summit":
			// the convening body takes part (with the named people there)
			// but only for someone placed at it ("attended", "at the summit",
			// "chaired"), not one who merely speaks of it
			// a body of several words before the noun ("attended the
			// European Central Bank meeting", "at the Group of Seven
			// summit") is read as one word: the verb or "at" is looked for
			// before it
			at := tr.first
			if mi := x.mentionAt(tr.first - 1); mi >= 0 && tr.first-1 >= s.First {
				if m := &x.md.Mentions[mi]; m.Kind == mentions.Org && m.Last == tr.first && !m.Possessive && m.First >= s.First {
					at = m.First
				}
			}
			bareAt := true
			if mi := x.bodyBeforeOccasion(si, tr.first); mi >= 0 {
				// "attended the OPEC ministerial meeting", "at the end of the
				// X annual meeting"; a bare "at" before the longer phrase
				// places no one: "hoped the governors would approve it at
				// the X annual meeting", "after a speech at the X annual
				// meeting"
				at, bareAt = x.md.Mentions[mi].First, false
			}
			bare := at // a bare "at" is read before the body next to the noun only
			if at < tr.first {
				at = x.coConvenerStart(si, at) // "attending the X Fund and Y Bank meeting"
			}
			pv := x.pressVerb(s.First, at)
			if b := x.conveningBody(si, tr.first, k); b >= 0 && (chair >= 0 || x.heldFirmly(cs, at) || x.chairs(cs, at) || bareAt && !tr.plural && x.precededBy(bare, cs, "at", "during") || x.atOccasion(cs, at) || x.travelPurpose(cs, at) || pv >= 0) {
				pressV = pv
				if bodyMeeting {
					ruleSuffix, bodyOf = "+body", b
					tr.plural = false // "the spring meetings of the X Fund": one gathering, not a round
				}
				others = append(others, b)
				if x.standIns == nil {
					x.standIns = map[int]bool{}
				}
				x.standIns[b] = true
				if b2 := x.coConvener(si, tr.first, k, b); b2 >= 0 {
					// "the X Fund and Y Bank meeting": both bodies hold it
					others = append(others, b2)
					x.standIns[b2] = true
				}
			}
		}
		if tr.rule == "meeting:noun-meal-hosted" {
			// "at a dinner hosted by Z": the host
			if hs, end := x.listAfter(si, tr.last); len(hs) == 1 && x.isPerson(hs[0]) {
				mealHost, k = hs[0], end
			}
		}
		if tr.rule == "meeting:noun-guest" {
			// "as the guests of President X": the host
			var hs []int
			hs, k = x.listAfter(si, k+1)
			for _, h := range hs {
				if x.isPerson(h) {
					others = append(others, h)
				}
			}
			firm = true
		}
		if tr.kind == kg.MeetingMeeting && x.lower(k) == "of" && x.chairs(cs, tr.first) {
			// "chairing a meeting of the Council for Fisheries": the body
			// meets, with its chair; a speech to a meeting of a body ("told
			// a meeting of the X") is no encounter
			j := k + 1
			if x.lower(j) == "the" {
				j++
			}
			if mi := x.mentionAt(j); j < s.Last && mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && x.md.Mentions[mi].First == j {
				if e := x.actor(int(mi)); e >= 0 {
					others = append(others, e)
					k = x.md.Mentions[mi].Last
				}
			}
		}
		if j, w := x.withAhead(si, k); j >= 0 {
			if w == "between" {
				if p, end := x.pairGroupAt(si, j); len(p) == 2 {
					agents, k = p, end // "talks between the two countries" (meetings_pairgroup.go)
				} else {
					agents, k = x.listAfter(si, j)
				}
				firm = true
				between = true
			} else {
				var with []int
				with, k = x.listAfter(si, j)
				if len(with) == 0 {
					with, k = x.includingAfter(si, j, k)
				}
				others = append(others, with...)
				if len(with) == 0 {
					unnamedWith = true // "discussions with officials": nobody named on the other side
				}
			}
		}
		if tr.kind == kg.MeetingCall && len(others) == 0 && !between {
			// "received a phone call on Friday from X": the caller
			if j := x.skipAfterVerb(si, k); x.lower(j) == "from" && x.lower(j+1) != "a" && x.lower(j+1) != "an" {
				var end int
				others, end = x.peopleAfter(si, j+1)
				if len(others) > 0 {
					k = end
				}
			}
		}
		if tr.kind == kg.MeetingCall && len(others) == 0 && !between {
			if to, end := x.callTo(si, tr.first, k); len(to) > 0 {
				others, k = to, end // "made a phone call to X" (meetings_callto.go)
			}
		}
		if j := x.skipAfterVerb(si, k); x.lower(j) == "by" {
			// "a visit to Washington later this month by X"
			if by, _ := x.listAfter(si, j+1); len(by) > 0 {
				agents = by
				if tr.kind == kg.MeetingVisit {
					agents = x.dropVisitorsCountry(agents)
				}
			}
		}
		if len(agents) == 0 && len(others) > 0 {
			// "X will propose to A a summit with Y": the meeting proposed is
			// A's with Y, not the proposer's; with A unnamed, no one's
			if to, ok := x.proposedTo(si, cs, tr.first); ok {
				if len(to) == 0 {
					return
				}
				agents, firm = to, true
			}
		}
		if len(agents) == 0 && len(others) > 0 {
			// "X said after talks with Y", "X told reporters following his
			// meeting with Y": the speaker took part
			agents = x.speakerAfter(si, tr.first)
		}
		if len(agents) == 0 {
			agents = x.sentBefore(si, cs, tr.first)
		}
		if len(agents) == 0 && bodyOf >= 0 {
			if e := x.adjunctSubject(si, cs, tr.first); e >= 0 {
				agents = []int{e} // "as X had said while attending the Y meeting"
			}
		}
		if len(agents) == 0 && (len(others) > 0 || len(hosts) > 0) {
			// "the plan was proposed by X during a trip to Y": the
			// passive's agent, not its subject (meetings_passiveby.go)
			if by := x.passiveAgentBefore(si, cs, tr.first); len(by) > 0 {
				agents = by
				if tr.kind == kg.MeetingVisit {
					agents = x.dropVisitorsCountry(agents)
				}
			}
		}
		if len(agents) == 0 && (len(others) > 0 || len(hosts) > 0 || x.heldBy(si, cs, tr.first)) {
			agents = x.clauseSubject(si, cs, tr.first)
			if len(agents) > 0 {
				if mi := x.mentionOf(si, agents[0], tr.first); x.inPrepPhrase(mi) && x.subordinateSubject(mi, x.md.Mentions[mi].Last) {
					ruleSuffix = "+subordinate" // "before X leaves for Washington for talks with Y"
				}
			}
			if len(others) == 0 && len(hosts) == 0 && tr.kind != kg.MeetingSummit && len(agents) > 1 && (x.isPerson(agents[0]) || tr.kind == kg.MeetingMeeting) && !x.pairBefore(si, cs, tr.first) && !x.heldTogether(si, agents, cs, tr.first) && !x.crossBorderPair(si, cs, tr.first, agents) {
				// "A and B attended the meeting", "A and B took a hard line
				// in talks": one side of an encounter told elsewhere, not
				// an encounter between them; "A and B held talks" is
				agents = agents[:1]
			}
			if len(others) == 0 && len(hosts) == 0 && tr.kind == kg.MeetingTalks && len(agents) > 1 && !x.isPerson(agents[0]) && !x.pairBefore(si, cs, tr.first) && !x.heldTogether(si, agents, cs, tr.first) && x.sidesAtOccasion(cs, tr.first) {
				// countries or bodies as a coordinated subject, the talks
				// only where they acted ("A and B blamed each other for
				// the breakdown in the negotiations", "C backed A and B at
				// the London talks"): sides at a wider negotiation, as for
				// people above, not talks between the two
				agents = agents[:1]
			}
		}
		if len(agents) == 0 && len(others) > 0 && tr.kind != kg.MeetingVisit && tr.kind != kg.MeetingSummit {
			// "The union is in talks with Y": the body its noun continues,
			// once the statements have settled it (meetings_describedbody.go)
			if e := x.describedAgent(si, cs, tr.first, others); e >= 0 {
				agents, firm, ruleSuffix = append(agents, e), true, "+described-body"
			}
		}
		if len(agents) == 0 && (len(others) > 0 || len(hosts) > 0) {
			// "During talks with X in Oslo, Y said": the subject after the phrase
			agents = x.subjectAfterOpener(si, cs, tr.first)
			if len(agents) > 0 && x.speechOpener(si, tr.first) {
				ruleSuffix = "+speech-opener"
			}
		}
		if pressV >= 0 && len(others) > 0 && (len(agents) == 0 || len(agents) == 1 && agents[0] == others[len(others)-1]) {
			// "Speaking to the press at the X meeting, Y said":
			// the subject after the opening phrase was there; "Y told
			// Reuters during the X meeting": the clause after the
			// listener is what was said, the teller was there
			// (a body read as the subject is the meeting's own name)
			agents = x.pressSubject(si, cs, pressV)
		}
	default:
		agents = x.subjectBefore(si, tr.first)
		if len(agents) == 0 && tr.rule == "meeting:verb-joined-appearance" {
			agents = x.withAbsoluteSubject(si, tr.first) // ", with X joining Y at the launch"
		}
		if stayRule(tr.rule) {
			if a := x.coordinatedStaySubject(si, cs, tr.first); len(a) > 0 {
				agents = a // meetings_stay.go: "he and Y will leave May 3 and spend two weeks in X"
			}
		}
		if len(agents) == 0 {
			agents = x.bodyItSaid(si, tr.first) // "Acme said it met with Y"
		}
		if len(agents) == 0 && tr.kind == kg.MeetingVisit && !tr.noun {
			// "An IMF team will visit La Paz", "a World Bank mission
			// arrived in Brazil": the body's unnamed staff on its errand
			// stand for it (GUIDELINES §7)
			if b := x.missionSubject(si, cs, tr.first); len(b) > 0 {
				agents, mission, ruleSuffix = b, true, "+mission"
			} else if b := x.relativeMission(si, tr.first); len(b) > 0 {
				agents, mission, ruleSuffix = b, true, "+mission"
			}
		}
		if len(agents) == 0 && tr.rule == "meeting:verb-met" {
			// "A and B will reaffirm the accord when they meet next week":
			// "they" is the pair the sentence names before it
			if j := x.theyBefore(si, tr.first); j >= 0 && x.noObjectAfter(si, tr.last) {
				if pair := x.theyPair(si, j); pair != nil {
					agents, ruleSuffix = pair, "+they-pair"
				}
			}
		}
		if len(agents) <= 1 && (tr.rule == "meeting:verb-met" || tr.noun && (tr.kind == kg.MeetingTalks || tr.kind == kg.MeetingMeeting)) {
			// "A and B said they met" (meetings_pairgroup.go)
			if p := x.theySaidPair(si, tr); len(p) == 2 {
				agents, ruleSuffix = p, "+they-said-pair"
			}
		}
		if len(agents) <= 1 && tr.rule == "meeting:verb-met" {
			// "the trio, A, B and C, have met" (meetings_members.go)
			if ps := x.namedMembersSubject(si, tr); len(ps) > 1 && (len(agents) == 0 || slices.Contains(ps, agents[0])) {
				agents, ruleSuffix = ps, "+named-members"
			}
		}
		if tr.rule == "visit:visiting-titled" {
			agents = nil
			if pm := x.titledPersonAt(si, tr.first+1); pm >= 0 && x.isPerson(x.actor(pm)) {
				agents = []int{x.actor(pm)}
			}
		}
		if len(agents) > 0 {
			if mi := x.mentionOf(si, agents[len(agents)-1], tr.first); x.inPrepPhrase(mi) && x.subordinateSubject(mi, tr.first) {
				ruleSuffix = "+subordinate" // "before X leaves for Washington"
			}
		}
		if len(agents) > 1 {
			if mi := x.mentionOf(si, agents[0], tr.first); mi >= 0 {
				if c := x.md.Mentions[mi].First - 1; c > s.First && x.text(c) == "," && x.describedMemberAnd(s.First, c) >= 0 {
					ruleSuffix = "+appositive-member" // "A and the head of X, B, met"
				}
			}
		}
		if tr.rule == "visit:sent" {
			agents, _ = x.listAfter(si, tr.first+1)
		}
		if tr.rule == "visit:appositive-in" {
			c := tr.first - 1
			if x.text(c) != "," {
				c--
			}
			agents = []int{x.appositiveOf(c)}
		}
		if len(agents) == 0 && strings.HasSuffix(x.lower(tr.first), "ing") && tr.rule != "visit:sent" && tr.first-1 > s.First {
			// "X will meet Y, before visiting Z", "X said after meeting Y":
			// the participle's subject is the main clause's
			switch x.lower(tr.first - 1) {
			case "before", "after", "while", "when", "since", "following", "on", "upon":
				if subj := x.sentenceSubject(si, tr.first-1); subj >= 0 {
					if e := x.actor(subj); e >= 0 && x.isPerson(e) {
						agents = []int{e}
						mainClause = true
					}
				}
			}
		}
		if len(agents) == 0 && strings.HasSuffix(x.lower(tr.first), "ing") && tr.rule != "visit:sent" && tr.first-2 >= s.First && x.text(tr.first-1) == "," {
			// "X, visiting Ottawa to speak to a conference, said": the
			// participle in apposition is the person's before the comma
			if pm := x.mentionAt(tr.first - 2); pm >= 0 && (x.md.Mentions[pm].Kind == mentions.Person || x.md.Mentions[pm].Kind == mentions.Surname) && x.md.Mentions[pm].Last == tr.first-1 && !x.md.Mentions[pm].Possessive && !x.md.Mentions[pm].InTitle {
				if e := x.actor(int(pm)); x.isPerson(e) {
					agents = []int{e}
				}
			}
		}
		if len(agents) == 0 && strings.HasSuffix(x.lower(tr.first), "ing") && tr.rule != "visit:sent" {
			// "After travelling to France, Germany and Italy, X hopes ...":
			// the subject comes after the opening phrase, and the main
			// clause says whether it is still to come
			agents = x.subjectAfterOpener(si, cs, tr.first)
			if len(agents) > 0 {
				opener = true
				if x.speechOpener(si, tr.first) {
					ruleSuffix = "+speech-opener"
				}
			}
		}
		if len(agents) == 0 && tr.first-2 > cs && x.lower(tr.first-1) == "to" && x.lower(tr.first-2) == "invitation" {
			// "X accepted an invitation to visit Iran": X is the one invited
			for v := tr.first - 3; v >= cs && v >= tr.first-6; v-- {
				switch x.lower(v) {
				case "accepted", "accepts", "accepting", "received", "receives", "got", "has", "had", "have":
					agents = x.subjectBefore(si, v)
				}
				if len(agents) > 0 {
					break
				}
			}
		}
		if len(agents) == 0 && tr.first-1 > cs && x.lower(tr.first-1) == "to" && tr.kind != kg.MeetingVisit {
			// "X flew to Berlin on Monday to meet Y": the purpose of a trip
			// is met by the traveller, as the trip itself happened or not
			if v := x.motionVerbBefore(cs, tr.first-1); v >= 0 {
				agents = x.subjectBefore(si, v)
				purposeOf = v
			}
		}
		if tr.rule == "talks:verb-discussed-pair" {
			// the pair is the subject, directly before the verb and its
			// auxiliaries; what they discuss is no party
			if len(uniqueEntities(agents)) < 2 || !x.pairSubject(si, agents, tr.first) {
				return
			}
			k = tr.last
			for _, o := range x.meetTrigs {
				if o.noun && o.first > tr.last && o.first < tr.last+12 {
					tr.kind = o.kind // "discussed trade at a routine meeting": one meeting, told twice
					break
				}
			}
		} else if tr.with > 0 {
			k = tr.with // "discussed trade with Y"
		} else if tr.kind != kg.MeetingVisit || tr.rule == "visit:verb-visited" {
			k = x.skipAfterVerb(si, k)
			if tr.rule == "meeting:verb-met" || tr.kind == kg.MeetingTalks {
				if j := x.withAfterSetting(si, k); j > k {
					k = j // "met in the White House residence on Monday with X"
				}
			}
		}
		switch {
		case tr.rule == "talks:verb-discussed-pair":
		case x.lower(k) == "with":
			others, k = x.listAfter(si, k+1)
			if len(others) == 0 {
				others, k = x.includingAfter(si, tr.last, k)
			}
		case tr.kind == kg.MeetingVisit:
			if tr.rule == "visit:be-in-country" || tr.rule == "visit:verb-travelled" || tr.rule == "visit:verb-left-for" || tr.rule == "visit:sent" || tr.rule == "visit:returned-from" || stayRule(tr.rule) {
				k++ // "is in", "travelled to", "arrived in", "sending X to", "returned from", "spent two days in"
			}
			if tr.rule == "visit:arrived-here" || tr.rule == "visit:visiting-titled" {
				hosts = []int{x.hereCountry()}
				if tr.rule == "visit:arrived-here" && x.lower(tr.last-1) != "here" {
					here = true // an arrival with no place: the dateline's, for a visitor from elsewhere
				}
			} else if h := x.hereCountry(); tr.rule == "visit:verb-visited" && h >= 0 && x.hereBetween(tr.last, k) {
				hosts, here = []int{h}, true // "when he visits here next month"
			} else {
				at := k
				others, hosts, k = x.visitTargets(si, k, &visitPlace)
				if len(hosts) == 0 && len(others) == 0 && tr.rule == "visit:be-in-country" {
					// "has been in Japan exchanging views": the participle
					// is the stay's purpose (stayAbroadAt), not a noun the
					// country qualifies
					if h := x.stayCountryAt(at); h >= 0 {
						hosts = []int{h}
					}
				}
			}
			if len(hosts) > 0 && len(agents) > 0 {
				// "visited Greece on Tuesday with Foreign Minister X": a
				// compatriot after "with" goes along
				if j := x.skipAfterVerb(si, k); j < s.Last && x.lower(j) == "with" {
					with, _ := x.listAfter(si, j+1)
					vc := x.personCountry(agents[0])
					for _, p := range with {
						if !x.isPerson(p) {
							continue
						}
						if c := x.personCountry(p); vc >= 0 && c == vc || c < 0 && x.holdsPost(p) {
							agents = append(agents, p)
						}
					}
				}
			}
			if tr.rule == "visit:verb-travelled" || tr.rule == "visit:verb-left-for" || tr.rule == "visit:returned-from" || stayRule(tr.rule) {
				for j := max(cs, tr.first-12); j < tr.first; j++ {
					switch x.lower(j) {
					case "fled", "flee", "flees", "fleeing", "escaped", "defected", "deported", "extradited", "smuggled", "exiled":
						return // "fled China and went to Canada": flight, no official visit
					}
				}
			}
			if tr.rule != "visit:verb-visited" {
				others = nil // "travelled to X": only places count
				for _, a := range agents {
					if tr.rule == "visit:sent" {
						break
					}
					if !mission && !x.holdsPost(a) && !x.groupLeader(si, cs, tr.first, a) {
						return // official travel only: "she travelled to New York"
					}
				}
			}
		case tr.kind == kg.MeetingCall && tr.rule == "call:verb-spoke-by-phone":
			for j := k; j < s.Last && j < k+4; j++ {
				if w := x.lower(j); w == "with" || w == "to" {
					others, k = x.listAfter(si, j+1)
					break
				}
			}
		default:
			// direct object: "met Xi", "hosted Putin", "called Macron"
			if x.lower(k) == "by" {
				// the passive: "X was received by Y", "X was met at the
				// airport by Y"
				if x.passive(tr.first) && tr.kind != kg.MeetingVisit {
					var by []int
					by, k = x.listAfter(si, k+1)
					for _, e := range by {
						if x.isPerson(e) {
							others = append(others, e) // a person on the other end
						}
					}
				}
				break
			}
			from := k
			others, k = x.listAfter(si, k)
			if tr.rule == "meeting:verb-joined-appearance" {
				others, k = x.pastDashAside(si, others, k) // "Y - the party's chief - and Z"
			}
			if len(others) == 0 {
				others, k = x.includingAfter(si, from, k)
			}
			if len(others) == 0 && len(agents) == 1 && tr.rule == "meeting:verb-met" {
				others = x.whomBefore(si, agents[0], tr.first) // "Y, whom X met in 1990,"
			}
			if tr.kind == kg.MeetingCall || tr.rule == "meeting:verb-hosted" {
				// a call or a hosting needs a person on the other end
				var ps []int
				for _, e := range others {
					if x.isPerson(e) {
						ps = append(ps, e)
					}
				}
				others = ps
			}
			if tr.rule == "meeting:verb-hosted" && len(others) == 0 && len(agents) == 1 && x.isPerson(agents[0]) {
				// "Z hosted a dinner where X told Y": the host and the two
				if a, o := x.mealWhereTold(si, from); a >= 0 && a != agents[0] && o != agents[0] {
					others = []int{a, o}
					tr.rule = "meeting:hosted-meal-where"
					firm = true
				}
			}
		}
	}
	if !tr.noun && tr.rule == "meeting:verb-met" && len(others) == 0 && len(agents) <= 1 {
		// "The X Council met under the chairmanship of Y", "the board of
		// X met, chaired by Y" (meetings_press.go)
		if b, c := x.chairedBodyMet(si, tr, agents); b >= 0 {
			agents, others, firm, ruleSuffix = []int{b}, []int{c}, true, ruleSuffix+"+chaired"
		}
	}
	if len(agents) == 0 {
		// "Bosses of A and B are to meet": bodies for their unnamed people (meetings_bbc.go)
		if a := x.standInAgents(si, tr, cs); len(a) > 0 {
			agents, firm, ruleSuffix = a, true, "+group-subject"
		}
	}
	if len(agents) == 0 && len(others) > 0 {
		// "its management has continued talks with X" (meetings_possgroup.go)
		if a, start := x.possessedGroupAgents(si, tr); len(a) > 0 {
			agents, firm, ruleSuffix = a, true, "+possessed-group"
			cs = max(cs, start)
		}
	}
	if quarrelRule(tr.rule) {
		ok := false
		if agents, ok = x.quarrelParties(si, tr, agents, others, between); !ok {
			return // meetings_row.go: a quarrel only between named people
		}
	}
	if bodyOf >= 0 {
		// a body's meeting places named people at it; a country or body
		// as the other side ("India attends the G7 meeting") stands for
		// people the text often names elsewhere
		for _, a := range agents {
			if !x.isPerson(a) {
				return
			}
		}
	}
	if tr.rule == "meeting:verb-hosted" && len(others) == 0 {
		// "X and Y will host the show", "X and Y welcomed his return":
		// co-hosts with no named guest meet no one
		return
	}
	if !tr.noun && (tr.kind == kg.MeetingMeeting || tr.kind == kg.MeetingVisit) && x.sportsFixture(si) {
		// "X will meet Y in Saturday's match", "when the visitors are
		// visiting": players and teams facing each other, not a meeting
		return
	}
	if (tr.rule == "meeting:noun-meeting" || tr.rule == "meeting:verb-met") && x.contestNear(si) {
		// "before her meeting with X", "set up a meeting with X", "is set
		// to meet X in the first round" amid scores and seedings: a match
		return
	}
	if tr.rule == "meeting:noun-meal-hosted" {
		// "X told Y at a dinner hosted by Z", "at a dinner hosted by Z, X
		// told Y": the three met; with no speaker and listener named, the
		// sentence places no one at the meal
		if mealHost < 0 {
			return
		}
		a, o := x.toldIn(si, tr.first)
		if a < 0 {
			a, o = x.openerParties(si, tr.first, k-1)
		}
		if a < 0 || a == mealHost || o == mealHost {
			return
		}
		agents, others, firm = []int{a}, []int{o, mealHost}, true
	}
	if tr.noun && len(agents) <= 1 && len(others) == 0 && !unnamedWith && (tr.kind == kg.MeetingCall || tr.kind == kg.MeetingMeeting) {
		// "X told Y in a phone call on Friday that ...": the speaker and the listener
		if a, o := x.toldIn(si, tr.first); a >= 0 && o >= 0 && (len(agents) == 0 || agents[0] == a || agents[0] == o) {
			agents, others, firm = []int{a}, []int{o}, true
		}
	}
	if tr.noun && len(agents) <= 1 && len(others) == 0 && !unnamedWith && tr.kind != kg.MeetingVisit && tr.kind != kg.MeetingSummit {
		// "In a phone call in late July, X urged Y to ...", "At a meeting
		// that week she heard from Minister Y": the main clause names both
		if a, o := x.openerParties(si, tr.first, tr.first); a >= 0 && o >= 0 && (len(agents) == 0 || agents[0] == a) {
			agents, others, firm = []int{a}, []int{o}, true
		}
	}
	if unnamedWith && len(others) == 0 && tr.kind != kg.MeetingVisit {
		return
	}
	if !tr.noun && tr.with > 0 && len(others) == 0 {
		return // "A and B discussed the package with the banks": no one named on the other side
	}
	if tr.noun && len(others) == 0 && !between && tr.kind != kg.MeetingVisit && x.purposeFor(cs, tr.first) {
		return // "X and Y flew to Tokyo for farm talks": with whom, the text leaves to the trip
	}
	if len(agents) == 0 && !(tr.noun && len(others) == 0) && !(tr.noun && x.lower(tr.last) == "between") {
		// "He met X and Y" with "he" unresolved: no meeting between X and Y
		if !tr.noun || len(others) > 0 {
			return
		}
	}
	if tr.kind == kg.MeetingVisit {
		if len(hosts) == 0 && tr.rule == "visit:noun-visit" {
			// "arrived in Beijing, beginning a state visit": the place named in the sentence
			for _, mi := range x.bySent[si] {
				m := &x.md.Mentions[mi]
				if m.Kind == mentions.Place && m.AsPlace && m.Entry != nil && m.Entry.ISO != "" && !m.InQuote && x.lower(m.First-1) == "in" {
					visitPlace = m.Entity
					hosts = append(hosts, x.country(m.Entry.ISO))
					break
				}
			}
		}
		if len(hosts) == 0 && len(others) > 0 {
			// "visited Greece", "visited OPEC members Gabon, Algeria and Libya"
			all := true
			for _, o := range others {
				all = all && x.cr.Entities[o].Kind == kg.KindCountry
			}
			if all {
				hosts = others
				others = nil
			}
		}
		if len(hosts) == 0 && tr.noun && tr.rule == "visit:noun-visit" {
			// "on a visit with X": X goes along, and the two travellers
			// meet (GUIDELINES §13.3); no host is met
			var along []int
			for _, o := range others {
				if x.isPerson(o) && x.lower(tr.last) == "with" {
					along = append(along, o)
				}
			}
			others = nil
			if len(along) > 0 && len(agents) == 1 && x.isPerson(agents[0]) {
				others = along
				tr.kind, tr.rule = kg.MeetingMeeting, "meeting:visit-along"
			}
		}
		if len(hosts) == 0 {
			if len(others) == 0 {
				if tr.noun && len(agents) > 0 && !destination {
					// "the German leader's four-day visit": the host is the
					// country the story is filed from, if not the visitor's
					x.pendingVisits = append(x.pendingVisits, pendingVisit{si: si, tr: tr, agents: agents, cs: cs})
				}
				return
			}
			if !x.anyPerson(others) {
				// "visited the stock exchange", "visited the Community": a
				// visit to an institution meets no one (GUIDELINES §7, 15.4)
				return
			}
			tr.kind = kg.MeetingMeeting // "visited the Pope": a meeting with a person
		}
	}
	status := kg.StatusOccurred
	// "two weeks after a phone call with X": the call had happened, and
	// the sentence's dates belong to the main clause
	// "after having completed a trip to X": done, whatever the main clause says
	// "Y's successful trip", "his recent visit": an adjective that only fits what has happened
	completed := tr.noun && x.precededBy(tr.first, cs, "completed", "concluded", "ended", "wrapped", "having", "successful", "recent", "previous") || tr.noun && x.earlierOccasion(tr.first, cs)
	completed = completed || x.brokenDown(cs, tr) // "after the breakdown of talks with X"
	// "from" makes only a noun trigger past ("returned from talks with
	// X"); before a verb it ends a phrase of its own ("X, who flew in
	// from Tokyo, will meet Y")
	after := x.precededBy(tr.first, cs, "after", "following", "since") || tr.noun && x.precededBy(tr.first, cs, "from") || completed
	// what a speaker told at a meal ("where X told Y he would stand
	// down") is no plan of the meal
	toldAtMeal := tr.rule == "meeting:hosted-meal-where" || tr.rule == "meeting:noun-meal-hosted"
	if !after && (x.planned(cs, tr.first) || !toldAtMeal && x.plannedAfter(tr.last, s.Last)) {
		status = kg.StatusPlanned
	}
	if !after && x.lookingForward(cs, tr.first) {
		status = kg.StatusPlanned // "looking forward to his talks with X": still to come
	}
	if !after && tr.noun && x.soughtEncounter(cs, tr.first) {
		status = kg.StatusPlanned // "urges a meeting with X", "called for talks with Y": not held
	}
	if !after && tr.noun && x.underConsideration(tr.last, s.Last) {
		status = kg.StatusPlanned // "a visit to X by Y was under consideration"
	}
	if !after && tr.noun && tr.kind != kg.MeetingVisit && x.departureFor(cs, tr.first) {
		status = kg.StatusPlanned // "leaves today for Ottawa for talks with X"
	}
	if !after && tr.noun && tr.kind == kg.MeetingVisit && x.visitStartsAhead(tr.last, s.Last) {
		status = kg.StatusPlanned // "the visit of X, which starts on Friday"
	}
	if !after && tr.noun && tr.kind == kg.MeetingVisit && x.departureOn(cs, tr.first) {
		status = kg.StatusPlanned // "leaves on Wednesday on his visit to X"
	}
	if !after && tr.noun && x.precededBy(tr.first, cs, "ahead") {
		status = kg.StatusPlanned // "talking ahead of a session due today between A and B": still to come
	}
	beforeIt := !after && tr.noun && status == kg.StatusOccurred && x.beforeNoun(cs, tr.first)
	if beforeIt {
		status = kg.StatusPlanned // meetings_status2.go: "cut duties on fish hours before talks with X"
	}
	if !after && tr.noun && x.putOffNoun(cs, tr.first) {
		status = kg.StatusPlanned // meetings_status2.go: "delayed his visit to X", "put off talks with Y"
	}
	if !after && tr.noun && tr.kind != kg.MeetingVisit && x.departedFor(cs, tr.first) {
		status = kg.StatusPlanned // meetings_status2.go: "left Oslo for talks with X"
	}
	if !after && !tr.noun && x.presentInTimeClause(tr.first) {
		status = kg.StatusPlanned // "when X visits Washington", "once she meets Y": the present of a time clause is the future
	}
	if !after && tr.noun && x.subjectNoun(cs, tr.first) && (x.modalAfter(k, s.Last) || x.reportedWould(cs, k, s.Last)) {
		status = kg.StatusPlanned // "The X talks with Y will focus on trade"
	}
	if !after && status == kg.StatusOccurred && x.progressiveWeekday(si, cs, tr) {
		status = kg.StatusPlanned // "X is meeting Y on Thursday": the present progressive of an arrangement
	}
	if !after && status == kg.StatusOccurred && x.presentScheduleWeekday(si, cs, tr) {
		status = kg.StatusPlanned // "X meets Y on Monday", "starts a visit on Sunday": the present of a timetable
	}
	if !after && status == kg.StatusOccurred && x.presentTimetable(si, cs, tr) {
		status = kg.StatusPlanned // meetings_status2.go: "X flies to Oslo on Friday", "meets Y on Friday" with no reference day
	}
	if !after && status == kg.StatusOccurred && x.previewAttended(cs, tr) {
		status = kg.StatusPlanned // meetings_preview.go: "X is attending the meeting" in a story set "ahead of the meeting"
	}
	if tr.rule == "visit:verb-left-for" && !after {
		// "leaves for X on Tuesday", "is heading for X": not there yet;
		// "left for X", "was heading for X" tell a trip under way
		switch x.lower(tr.first) {
		case "leaves", "leave", "leaving", "departs", "depart", "departing", "heads", "head", "heading":
			if p := x.lower(tr.first - 1); strings.HasSuffix(x.lower(tr.first), "ing") && (p == "before" || p == "upon" || p == "on" || p == "while") {
				break // "spoke to the press before leaving for Oslo": as the main clause tells
			}
			if p := x.lower(tr.first - 1); p != "was" && p != "were" && p != "had" {
				status = kg.StatusPlanned
			}
		case "on":
			// "is on his way to X" (meetings_onway.go): not there yet, as
			// "is heading for X"; "was on his way to X" is under way
			if p := x.lower(tr.first - 1); x.lower(tr.first+2) == "way" && p != "was" && p != "were" && p != "had" {
				status = kg.StatusPlanned
			}
		}
	}
	if x.dueVisit(tr) {
		status = kg.StatusPlanned // meetings_stay.go: an expected arrival is still to come
	}
	if tr.rule == "visit:sent" && x.lower(tr.first) != "sent" && x.lower(tr.first) != "dispatched" {
		status = kg.StatusPlanned // "is sending X to Ottawa": X is yet to go
	}
	if !completed && (opener || x.inOpeningPhrase(si, tr.first)) && x.modalAhead(tr.last, s.Last) {
		status = kg.StatusPlanned // "After travelling to X, he hopes to ...", "During his trip, X will ..."
	}
	if purposeOf >= 0 && !after {
		status = kg.StatusOccurred
		if x.planned(cs, purposeOf) || x.infinitiveCue(cs, purposeOf) {
			status = kg.StatusPlanned
		}
	}
	if pressV >= 0 && x.pressPast(pressV) {
		status = kg.StatusOccurred // "No date is set for the talks, X told reporters at the Y meeting": he was there
	}
	if !after && status == kg.StatusOccurred && (x.presentThisWeek(si, cs, tr, purposeOf) || x.eventOpensAhead(si, tr) || x.onWayFor(cs, tr) || x.whereUnderFuture(si, cs, tr)) {
		status = kg.StatusPlanned // meetings_preview.go: "X meets Y this week", "is meeting Y this week" with no reference day
	}
	mainFuture := false
	if mainClause && (x.planned(s.First, tr.first-1) || x.infinitiveCue(s.First, tr.first-1)) {
		status, mainFuture = kg.StatusPlanned, true // the main clause is still to come, and so is what follows it
	}
	if !tr.noun && status == kg.StatusPlanned && x.pastFinite(cs, tr.first) {
		status, mainFuture = kg.StatusOccurred, false // meetings_pastfinite.go: "X first went to Israel", "left for Tokyo saying he planned to ..."
	}
	if after && !completed && status == kg.StatusOccurred && x.futureBeforeAfter(cs, tr.first) {
		status = kg.StatusPlanned // meetings_pastfinite.go: "X will hold a news conference following a meeting with Y"
	}
	dateAt := tr.first
	if tr.along > 0 {
		dateAt = tr.along
	}
	// "had planned to visit Tehran in May": a plan told in the past
	// perfect was for a time before the story, not the coming May
	pastPlan := status == kg.StatusPlanned && x.pastPerfectPlan(cs, tr.first)
	date, ahead := x.eventDateExpr(si, dateAt, status == kg.StatusPlanned && !pastPlan, after || x.precededBy(tr.first, cs, "before", "ahead"))
	if tr.noun && status == kg.StatusOccurred && !date.IsZero() && !x.ref.IsZero() && date.End().Before(x.ref.Start().AddDate(0, -6, 0)) {
		// a visit "from April 29" in a story of March: a month and day
		// with no year and no tense of their own are the coming ones
		if fd, _ := x.eventDateExpr(si, tr.first, true, false); !fd.IsZero() && fd != date && fd.Start().Before(x.ref.End().AddDate(0, 5, 0)) {
			status, date = kg.StatusPlanned, fd
		}
	}
	if mainClause && date.IsZero() {
		// the main clause's date: "Tomorrow, X is to meet Y before visiting Z"
		for _, e := range x.sentenceDates(si, status == kg.StatusPlanned) {
			if e.First < tr.first && e.Rel == timex.At && !x.d.Tokens[e.First].Has(segment.FlagInQuote) {
				date, ahead = e.Date, e.Ahead
			}
		}
		if mainFuture || ahead {
			status = kg.StatusPlanned
		}
	}
	if status == kg.StatusOccurred && (ahead || !date.IsZero() && !x.ref.IsZero() && date.Start().After(x.ref.End())) {
		status = kg.StatusPlanned // "talks later this month": still to come
		if date.IsZero() || ahead {
			date, _ = x.eventDateExpr(si, tr.first, true, after)
		}
	}
	if beforeIt && status == kg.StatusPlanned && !date.IsZero() && !x.ref.IsZero() && date.End().Before(x.ref.Start()) {
		status = kg.StatusOccurred // "before talks with X last week": a date of its own in the past
	}
	if status == kg.StatusPlanned && tr.kind == kg.MeetingTalks && x.talksContinue(cs, tr.first, k, s.Last) {
		// "will be continuing its talks with X", "talks with X will
		// continue": talks going on have begun (GUIDELINES 17.7), from a
		// start the clause does not give
		status = kg.StatusOccurred
		if ahead || !date.IsZero() && !x.ref.IsZero() && date.Start().After(x.ref.End()) {
			date = kg.PartialDate{}
		}
	}
	if tr.kind == kg.MeetingVisit && tr.noun && status == kg.StatusOccurred && x.settingVisitDay(si, tr.first, date) {
		date = kg.PartialDate{} // "X yesterday predicted during a visit here": the prediction's day (GUIDELINES 17.6)
	}
	if tr.rule == "visit:visiting-titled" {
		// the adjective says the visitor is there as the clause tells: a
		// visit under way, whatever the clause says of the future ("told
		// visiting X that money may be set aside later this year")
		status = kg.StatusOccurred
		if ahead || !date.IsZero() && !x.ref.IsZero() && date.Start().After(x.ref.End()) {
			date = kg.PartialDate{}
		}
	}
	if tr.rule == "visit:returned-from" {
		// back from the place: the stay happened, or is under way ("when
		// X returns from Tokyo"), whatever the clause's tense; the return
		// dates its end, not its start (GUIDELINES 17.6)
		status, date = kg.StatusOccurred, kg.PartialDate{}
	}
	if tr.rule == "visit:appositive-in" {
		// "X, in Brazil for talks, said ...": a stay under way whose start
		// the phrase does not give (GUIDELINES 17.6); the main clause's
		// dates and tense are its own
		status, date = kg.StatusOccurred, kg.PartialDate{}
	}
	if tr.tour {
		for _, a := range agents {
			if !x.isPerson(a) {
				return // "the Lions will tour New Zealand": a team's tour
			}
		}
	}
	if tr.kind == kg.MeetingVisit && len(hosts) > 0 {
		for _, h := range hosts {
			if tr.tour && !x.countryNamed(h) {
				continue // a tour's stop in a city whose country the article never names (GUIDELINES 13.2)
			}
			region := len(hosts) == 1 && visitPlace >= 0 && x.isRegion(visitPlace)
			if here && !x.foreignVisitors(agents, h) {
				continue
			}
			ps := x.visitParticipantsAt(agents, h, region)
			if ps == nil && len(agents) == 1 && x.groupLeader(si, cs, tr.first, agents[0]) {
				ps = x.ledVisitParticipants(agents[0], h) // meetings_ledgroup.go: "a body's team led by economist X arrived in Y"
			}
			if ps == nil {
				continue
			}
			place := visitPlace
			if place < 0 || len(hosts) > 1 || x.placeCountry(place) != x.cr.Entities[h].ID {
				place = h
			}
			x.addMeeting(Meeting{Kind: kg.MeetingVisit, Status: status, Participants: ps, Date: date, Place: place, Span: Span{si, si}, Rule: tr.rule + ruleSuffix})
			if tr.rule == "visit:visiting-titled" {
				x.toldVisiting(si, tr.first, agents, date)
			}
		}
		if len(others) == 0 {
			return
		}
		// "a visit to Ireland with Taoiseach X": a meeting too
		tr.kind, tr.rule = kg.MeetingMeeting, "meeting:visit-with"
	}
	place := visitPlace
	if place < 0 {
		place = x.placeNear(si, tr.first)
	}
	if place < 0 {
		place = x.wherePlace(si, cs)
	}
	// "met A and B" is a round of meetings, one per counterpart, unless the
	// sentence makes it joint; "a meeting with A and B" is one
	// "X held talks with A, B and C" is such a round too
	if !tr.noun && strings.HasPrefix(tr.rule, "meeting:verb-met") && len(others) == 0 && len(uniqueEntities(agents)) >= 2 && x.objectAfterMeet(si, tr.last) {
		// "urge A and B to meet commitments": a goal, not each other
		return
	}
	// an interview is no meeting (GUIDELINES §7): a news organization or a
	// reporter on the other side ("a phone call with magazine reporter
	// X", "discussed his findings with Reuters") is no party
	if press := x.pressParties(si, agents, others); press > 0 {
		others = x.dropPress(si, others)
		agents = x.dropPress(si, agents)
		if len(others) == 0 || len(uniqueEntities(append(append([]int(nil), agents...), others...))) < 2 {
			return
		}
	}
	roundOfTalks := tr.noun && tr.kind == kg.MeetingTalks && !between && len(uniqueEntities(agents)) == 1 && len(others) > 1 && x.heldFirmly(cs, tr.first) && !x.jointCueTalks(si)
	// "met A and B at a pub": one place and time make it one encounter
	venue, venueIn := x.jointVenue(si, k, others)
	if !venue && x.jointOccasion(si, k, others) {
		venue = true // "will meet the leaders of A, B and C at the summit": one gathering
	}
	if tr.rule == "meeting:verb-joined-appearance" {
		venue = true // "joined A and B for the launch": one appearance (meetings_mbbc.go)
	}
	if !venue && !tr.noun && strings.HasPrefix(tr.rule, "meeting:verb-met") && x.jointDay(si, cs, tr.first, k, others) {
		venue = true // "met A and B in Bonn on Tuesday": one place and time
		if ruleSuffix == "" {
			ruleSuffix = "+one-day"
		}
	}
	if venueIn && ruleSuffix == "" {
		ruleSuffix = "+venue" // "met A and B in a London hotel": one encounter
	}
	split := !toldAtMeal && !venue && (tr.plural || tr.kind == kg.MeetingCall || !tr.noun && len(uniqueEntities(agents)) == 1 && !x.jointCue(si) || roundOfTalks)
	if !split && !toldAtMeal && !venue && x.countryRound(si, others) {
		split = true // "talks with officials in A, B and C" (meetings_memberlist.go)
	}
	if !split && !toldAtMeal && !venue && x.travellersRound(si, tr, agents, others) {
		// "A and B are today meeting X, Y and Z" after their trip is told:
		// the travellers' round, one meeting per counterpart (§7)
		split = true
		ruleSuffix += "+travellers-round"
	}
	if between && len(others) == 0 {
		agents, others = x.betweenSides(agents)
	}
	for _, ps := range x.participants(agents, others, split, firm) {
		suffix := ruleSuffix
		for _, p := range ps {
			if suffix == "" && x.pastHome(si, p.Entity, tr.last) {
				suffix = "+member-list" // named after "Sen. X of Connecticut,"
			}
			if !strings.Contains(suffix, "+qualifier") && x.afterQualifier(si, p.Entity, tr.last) {
				suffix += "+qualifier" // "Blues boss X"
			}
			if !strings.Contains(suffix, "+possessor") && x.afterPossessor(si, p.Entity, tr.last) {
				suffix += "+possessor" // "GM's X"
			}
			if !strings.Contains(suffix, "+group-first") && x.afterOtherGroup(si, p.Entity, tr.last) {
				suffix += "+group-first" // "with other Republicans and X"
			}
		}
		x.addMeeting(Meeting{
			Kind: tr.kind, Status: status, Participants: ps, Date: date, Place: place,
			Span: Span{si, si}, Rule: tr.rule + suffix, agents: agents,
		})
	}
}

// afterQualifier reports a person e named after token from right after
// a post that a capitalised word no list knows qualifies ("Blues boss
// e"): a counterpart listAfter reached past that word.
func (x *extractor) afterQualifier(si, e, from int) bool {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < from || x.actor(mi) != e || m.Title != nil {
			continue
		}
		k := m.First - 1
		for k > from && k >= m.First-4 && x.d.Tokens[k].Kind == segment.Word && !x.d.Tokens[k].Has(segment.FlagCap) && !functionWord(x.lower(k)) {
			k--
		}
		if k == m.First-1 {
			continue
		}
		if q := x.mentionAt(k); q >= 0 && x.md.Mentions[q].Kind == mentions.Surname && x.actor(int(q)) < 0 {
			return true
		}
	}
	return false
}

// afterPossessor reports a person e named after token from right after
// a possessive ("GM's e"): a counterpart listAfter reached past it.
func (x *extractor) afterPossessor(si, e, from int) bool {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < from || m.First < 1 || x.actor(mi) != e || m.Title != nil {
			continue
		}
		if q := x.mentionAt(m.First - 2); q >= 0 && x.md.Mentions[q].Possessive && x.md.Mentions[q].Last == m.First-1 {
			return true
		}
	}
	return false
}

// afterOtherGroup reports a person e named after token from right after
// "other" and a few words and "and" ("with other Republicans and e").
func (x *extractor) afterOtherGroup(si, e, from int) bool {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < from || x.actor(mi) != e {
			continue
		}
		start := m.TitledFirst()
		if x.lower(start-1) != "and" {
			continue
		}
		for k := start - 2; k >= from && k >= start-6; k-- {
			if x.lower(k) == "other" {
				return true
			}
		}
	}
	return false
}

// pastHome reports a person e named after token from right after another
// person's "of" and home place ("Y of Texas, e", "Y of Texas and e"): a
// list member homeAfterName let the list reach.
func (x *extractor) pastHome(si, e, from int) bool {
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < from || x.actor(mi) != e {
			continue
		}
		start := m.TitledFirst()
		k := start - 1
		if x.lower(k) == "and" {
			k--
		}
		if x.text(k) == "," {
			k--
		}
		pl := x.mentionAt(k)
		if pl < 0 || x.md.Mentions[pl].Kind != mentions.Place && x.md.Mentions[pl].Kind != mentions.Country {
			continue
		}
		of := x.md.Mentions[pl].First - 1
		if x.lower(of) != "of" {
			continue
		}
		if pm := x.mentionAt(of - 1); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person {
			return true
		}
	}
	return false
}

func (x *extractor) addMeeting(m Meeting) {
	// "X is in Ottawa for a three-day visit": two triggers, one visit
	for i := len(x.out.Meetings) - 1; i >= 0; i-- {
		o := &x.out.Meetings[i]
		if o.Span != m.Span {
			break
		}
		if o.Kind == m.Kind && o.Status == m.Status && sameParticipants(o.Participants, m.Participants) {
			if o.Date.IsZero() {
				o.Date = m.Date
			}
			if o.Place < 0 {
				o.Place = m.Place
			}
			return
		}
	}
	x.out.Meetings = append(x.out.Meetings, m)
}

func sameParticipants(a, b []Participant) bool {
	if len(a) != len(b) {
		return false
	}
	for _, p := range a {
		found := false
		for _, q := range b {
			found = found || p.Entity == q.Entity
		}
		if !found {
			return false
		}
	}
	return true
}

func uniqueEntities(es []int) []int {
	var out []int
	for _, e := range es {
		dup := false
		for _, o := range out {
			dup = dup || o == e
		}
		if !dup && e >= 0 {
			out = append(out, e)
		}
	}
	return out
}

// visitParticipants: the visitors and the host country; nil when a
// visitor is the host itself or a person of it ("travelled to Moscow" by
// a Russian minister is no visit).
func (x *extractor) visitParticipants(agents []int, host int) []Participant {
	return x.visitParticipantsAt(agents, host, false)
}

// visitParticipantsAt is visitParticipants for a visit to a region or
// city of the host country (region): then the visitor must be known to
// come from elsewhere ("visited California" is travel at home for a
// president of no stated country). A visitor is a country, an
// organization or someone holding a post: official travel, not a
// coach's or a singer's trip.
func (x *extractor) visitParticipantsAt(agents []int, host int, region bool) []Participant {
	agents = uniqueEntities(agents)
	if len(agents) == 0 {
		return nil
	}
	hostID := x.cr.Entities[host].ID
	if x.cr.Entities[host].Kind == kg.KindCountry && !x.countryMentioned(hostID) {
		// "was in London", "flew to Moscow" in a story that never names
		// Britain or the Soviet Union: a city alone is a place, not its
		// country (GUIDELINES §4, 13.2), so no visit to the country
		return nil
	}
	var ps []Participant
	for _, a := range agents {
		if a == host || x.cr.Entities[a].ID == hostID {
			return nil
		}
		c := x.personCountry(a)
		if c >= 0 && x.cr.Entities[c].ID == hostID {
			return nil
		}
		if x.isPerson(a) && (!x.holdsPost(a) || region && c < 0) {
			return nil
		}
		ps = append(ps, Participant{Entity: a, Role: "visitor"})
	}
	return append(ps, Participant{Entity: host, Role: "host"})
}

// participants builds one participant list, or one per counterpart
// (split) for "meetings with A, B and C", calls and a visitor's round of
// meetings.
func (x *extractor) participants(agents, others []int, split, firm bool) [][]Participant {
	agents, others = uniqueEntities(agents), uniqueEntities(others)
	// people when people are named; countries or organizations otherwise
	all := uniqueEntities(append(append([]int(nil), agents...), others...))
	hasPerson := false
	for _, e := range all {
		hasPerson = hasPerson || x.isPerson(e)
	}
	// a body standing in for its unnamed officials is a side of its own
	// unless a person of it is named among the counterparts ("Xi and
	// senior CCP officials" are one side)
	groupSide := func(e int) bool {
		if !x.groupStandIns[e] {
			return false
		}
		iso := x.cr.Entities[e].ISO
		if iso == "" {
			iso = strings.TrimPrefix(x.cr.Entities[e].CountryID, kg.PrefixCountry)
		}
		for _, o := range others {
			if !x.isPerson(o) {
				continue
			}
			if c := x.personCountry(o); c >= 0 && iso != "" && x.cr.Entities[c].ISO == iso {
				return false
			}
			if x.holdsPostOf(o, e) {
				return false
			}
		}
		return true
	}
	keep := func(es []int, standIns bool) []int {
		if !hasPerson {
			return es
		}
		var out []int
		for _, e := range es {
			if x.isPerson(e) || standIns && (x.standIns[e] || groupSide(e)) {
				out = append(out, e)
			}
		}
		return out
	}
	// one encounter per counterpart: a country stands in for a
	// counterpart the text names no person for ("the presidents of Sri
	// Lanka and Indonesia")
	// a side that names no person is its bodies: "X is to meet the Senate
	// Finance Committee"
	sidePerson := func(es []int) bool {
		for _, e := range es {
			if x.isPerson(e) {
				return true
			}
		}
		return false
	}
	if !firm || sidePerson(agents) || !sidePerson(others) {
		agents = keep(agents, false)
	}
	if !firm || sidePerson(others) {
		others = keep(others, true)
	}
	if split && len(agents) > 0 && len(others) > 1 {
		var out [][]Participant
		for _, o := range others {
			ps := []Participant{}
			for _, a := range agents {
				if a != o {
					ps = append(ps, Participant{Entity: a})
				}
			}
			ps = append(ps, Participant{Entity: o})
			if len(ps) >= 2 {
				out = append(out, ps)
			}
		}
		return out
	}
	all = uniqueEntities(append(append([]int(nil), agents...), others...))
	if len(all) < 2 {
		return nil
	}
	ps := make([]Participant, len(all))
	for i, e := range all {
		ps[i] = Participant{Entity: e}
	}
	return [][]Participant{ps}
}

// visitTargets reads what follows "visited" / "visit to": countries,
// capitals or cities (whose countries host) in a list ("Thailand and
// Indonesia", "Tarapacá in Chile, as well as Peru", "OPEC members
// Gabon, Algeria and Libya"), or people ("visited the Pope").
func (x *extractor) visitTargets(si, k int, place *int) (others, hosts []int, end int) {
	s := x.d.Sentences[si]
	seen := map[int]bool{}
	addHost := func(h int) {
		if h >= 0 && !seen[h] {
			seen[h] = true
			hosts = append(hosts, h)
		}
	}
	for k < s.Last {
		switch x.lower(k) {
		case "the", "and", ",", "as", "well", "both":
			k++
			continue
		}
		if x.text(k) == "," {
			k++
			continue
		}
		mi := x.mentionAt(k)
		if mi < 0 && x.d.Tokens[k].Has(segment.FlagCap) && k+1 < s.Last && x.mentionAt(k+1) >= 0 {
			switch x.lower(k) {
			case "west", "east", "north", "south", "northern", "southern", "eastern", "western", "central":
				k++ // "West Berlin"
				continue
			}
		}
		if (mi < 0 || x.md.Mentions[mi].Kind == mentions.Surname) && x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) && k+2 < s.Last && x.lower(k+1) == "in" {
			// "Aceh in Indonesia": an unknown place in a country
			if cm := x.mentionAt(k + 2); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country && x.md.Mentions[cm].Entity >= 0 {
				addHost(x.md.Mentions[cm].Entity)
				k = x.md.Mentions[cm].Last
				continue
			}
		}
		if mi < 0 {
			// "OPEC members Gabon, Algeria": a plural noun before the list
			if x.d.Tokens[k].Kind == segment.Word && !x.d.Tokens[k].Has(segment.FlagCap) && strings.HasSuffix(x.lower(k), "s") && len(hosts) == 0 && k+1 < s.Last && x.mentionAt(k+1) >= 0 {
				k++
				continue
			}
			break
		}
		m := &x.md.Mentions[mi]
		if m.InTitle && m.Kind == mentions.Org {
			k = m.Last // "OPEC members"
			continue
		}
		switch {
		case m.Kind == mentions.Place && m.Entry != nil && m.Entry.ISO != "":
			if *place < 0 {
				*place = m.Entity
			}
			addHost(x.country(m.Entry.ISO))
			k = m.Last
			// "Aceh in Indonesia": the region's country
			if k+1 < s.Last && x.lower(k) == "in" {
				if cm := x.mentionAt(k + 1); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country {
					k = x.md.Mentions[cm].Last
				}
			}
			continue
		case m.Kind == mentions.Place && m.Entity >= 0 && len(hosts) == 0:
			// "Aceh in Indonesia": a region of no known country, then its country
			if k2 := m.Last; k2+1 < s.Last && x.lower(k2) == "in" {
				if cm := x.mentionAt(k2 + 1); cm >= 0 && x.md.Mentions[cm].Kind == mentions.Country {
					*place = m.Entity
					addHost(x.md.Mentions[cm].Entity)
					k = x.md.Mentions[cm].Last
					continue
				}
			}
			return others, hosts, k
		case m.Kind == mentions.Country && m.Entity >= 0 && m.InTitle:
			// "visited Kenyan President X": X's country, and X met there
			if pm := x.titledPersonAt(si, k); pm >= 0 {
				if p := x.actor(pm); x.isPerson(p) {
					addHost(m.Entity)
					others = append(others, p)
					k = x.md.Mentions[pm].Last
					continue
				}
			}
		case m.Kind == mentions.Country && m.Entity >= 0 && !x.modifier(int(mi)):
			addHost(m.Entity)
			k = m.Last
			continue
		}
		break
	}
	if len(hosts) > 0 {
		return others, hosts, k
	}
	others, end = x.listAfter(si, k)
	return others, nil, end
}

// clauseSubject is the first actor named in the clause before token i
// that is not inside a title or a prepositional phrase; in a relative
// clause, its antecedent ("Akiman, who arrived from a meeting with X").
func (x *extractor) clauseSubject(si, cs, i int) []int {
	if e := x.saidItBody(si, cs, i); e >= 0 {
		return []int{e} // "The company said it held talks with Y"
	}
	if w := x.lower(cs); (w == "who" || w == "which") && cs < i {
		if mi := x.relativeAntecedent(si, cs); mi >= 0 {
			if e := x.actor(mi); e >= 0 {
				return []int{e}
			}
		}
		return nil
	}
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < cs || m.First >= i {
			continue
		}
		if m.InTitle || m.InQuote || m.Possessive {
			continue
		}
		if m.Kind == mentions.Place || m.Kind == mentions.Surname || x.modifier(mi) {
			continue
		}
		if x.inPrepPhrase(mi) && !x.subordinateSubject(mi, m.Last) {
			continue
		}
		if m.Kind == mentions.Descriptor && m.Entity < 0 {
			return nil // "ministers who attended", "an aide": not someone named
		}
		if c := x.complementSubject(si, m.Last, i); c >= 0 {
			mi, m = c, &x.md.Mentions[c] // "X said he believed Y had held talks with Z": Y
		}
		e := x.actor(mi)
		if e < 0 {
			return nil
		}
		if m.Kind == mentions.Pair {
			if !x.heldFirmly(cs, i) && !x.precededBy(i, cs, "at") {
				return nil // "both sides agreed there was little point in negotiations"
			}
			return x.pair(mi) // "the two discussed it at a routine meeting"
		}
		// "Chile and Peru were moving towards talks": a coordinated subject
		out := []int{e}
		k := m.Last
		modified := false
		for k+1 < i && (x.lower(k) == "and" || x.text(k) == ",") {
			j := k + 1
			if x.lower(j) == "the" {
				j++
			}
			nm := x.nameStartingAt(si, j)
			if nm < 0 {
				nm = x.describedNameAt(si, j, i) // "A and affiliate B", "A and its partner B"
			}
			if nm < 0 {
				break
			}
			o := x.actor(nm)
			if o < 0 || x.cr.Entities[o].Kind != x.cr.Entities[e].Kind {
				break
			}
			out = append(out, o)
			k = x.md.Mentions[nm].Last
			modified = x.modifier(int(nm)) // "U.S. and Japanese officials"
		}
		if modified {
			continue
		}
		return out
	}
	if e := x.firmDescribedAt(si, cs, i); e >= 0 {
		return []int{e}
	}
	// "The Commissioners, led by President X, will pay a visit"
	for k := cs; k+2 < i; k++ {
		if x.lower(k) == "led" && x.lower(k+1) == "by" {
			if ents, _ := x.listAfter(si, k+2); len(ents) > 0 {
				return ents[:1]
			}
		}
	}
	return nil
}

// firmDescribedAt reads a clause opened by "the company", "the firm"
// (cs) after the one body its sentence names before it: "X said the
// company had held talks with Y", "a spokesman for X said the group was
// in talks with Y". The described body is X; with no body or two bodies
// named before, nothing.
func (x *extractor) firmDescribedAt(si, cs, i int) int {
	if cs+1 >= i || x.lower(cs) != "the" || mentions.PairBodyNoun(x.lower(cs+1)+"s") != 'o' && x.lower(cs+1) != "company" {
		return -1
	}
	if x.mentionAt(cs+1) >= 0 {
		return -1 // "the Falic Group": a name, read as one
	}
	for k := cs + 2; k < i; k++ {
		switch x.lower(k) {
		case "should", "could", "might", "must", "would", "may", "involved", "all":
			return -1 // "asked that the firm could join any talks", "all negotiations": a wish, a habit
		}
	}
	body := -1
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First >= cs {
			break
		}
		if m.Kind != mentions.Org || m.InQuote {
			continue
		}
		e := x.actor(mi)
		if e < 0 || x.cr.Entities[e].OrgKind == "MEDIA" {
			continue // "the company told Reuters": a source, not the firm
		}
		if body >= 0 && body != e {
			return -1
		}
		body = e
	}
	return body
}

// describedNameAt reads, at token j before token i, one or two
// lower-case nouns (after "its" or "their") describing the name right
// after them, as in "A and affiliate B" or "A and its partner B": the
// name's mention, or -1.
func (x *extractor) describedNameAt(si, j, i int) int {
	if w := x.lower(j); w == "its" || w == "their" {
		j++
	}
	for n := 0; n < 2 && j < i; n++ {
		t := x.d.Tokens[j]
		w := x.lower(j)
		if t.Kind != segment.Word || t.Has(segment.FlagCap) || t.Has(segment.FlagInQuote) || functionWord(w) || isDeterminerWord(w) || finiteVerb(w) || mentions.IsSpeechVerb(w) || x.mentionAt(j) >= 0 {
			return -1
		}
		j++
		if nm := x.nameStartingAt(si, j); nm >= 0 {
			return nm
		}
	}
	return -1
}

// motionVerbBefore finds a verb of travel between token from and token
// to ("travelled", "flew", "was in"), or -1.
func (x *extractor) motionVerbBefore(from, to int) int {
	for k := to - 1; k >= from && k >= to-12; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) || x.text(k) == ";" {
			return -1
		}
		switch x.lower(k) {
		case "travelled", "traveled", "travel", "travels", "travelling", "traveling", "flew", "fly", "flies", "flying",
			"went", "go", "goes", "going", "came", "come", "comes", "arrived", "arrive", "arrives", "headed", "head", "heads", "returned", "return":
			return k
		case "is", "was", "were", "are", "be":
			if x.lower(k+1) == "in" {
				return k
			}
		}
	}
	return -1
}

// counterpartBefore skips back from token k over "his Indian
// counterpart" written before a name, to the "and" that joins it to the
// subject before; it returns k unchanged when there is none.
func (x *extractor) counterpartBefore(first, k int) int {
	if k < first {
		return k
	}
	if w := x.lower(k); (w == "his" || w == "her" || w == "their") && k+1 < len(x.d.Tokens) && x.lower(k+1) != "counterpart" {
		// the demonym and "counterpart" were read as the name's title
		counterpart := false
		for q := k + 1; q < len(x.d.Tokens) && q <= k+3; q++ {
			counterpart = counterpart || x.lower(q) == "counterpart"
		}
		if counterpart && k-1 >= first && x.lower(k-1) == "and" {
			return k - 1
		}
		return k
	}
	if x.lower(k) != "counterpart" {
		return k
	}
	for j := k - 1; j >= first && j >= k-4; j-- {
		switch x.lower(j) {
		case "his", "her", "their":
			if j-1 >= first && x.lower(j-1) == "and" {
				return j - 1
			}
			return k
		}
	}
	return k
}

// nameStartingAt returns the mention whose name starts at token j, with
// the title or honorific written before it ("and Chinese President Xi
// Jinping", "and Mr Blair"), or -1.
func (x *extractor) nameStartingAt(si, j int) int {
	if nm := x.mentionAt(j); nm >= 0 && x.md.Mentions[nm].First == j && !x.md.Mentions[nm].InTitle {
		return int(nm)
	}
	// "and his Indian counterpart Y"
	switch x.lower(j) {
	case "his", "her", "their":
		for q := j + 1; q < len(x.d.Tokens) && q <= j+4; q++ {
			if w := x.lower(q); w == "counterpart" || w == "counterparts" {
				if nm := x.mentionAt(q + 1); nm >= 0 && x.md.Mentions[nm].First == q+1 && x.md.Mentions[nm].Kind == mentions.Person {
					return int(nm)
				}
				return -1
			}
		}
	}
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First <= j || m.Kind != mentions.Person {
			continue
		}
		if m.Title != nil && !m.Title.Appositive && m.Title.First == j || m.Hon != "" && m.HonStart == int(x.d.Tokens[j].Start) {
			return mi
		}
		if m.First > j+8 {
			break
		}
	}
	return -1
}

// eventDate picks the date expression of the sentence nearest the
// trigger, preferring one after it, inside the trigger's clause ("after
// talks with X, who arrived last night": the night is X's arrival's).
func (x *extractor) eventDate(si, at int, future, onlyAfter bool) kg.PartialDate {
	d, _ := x.eventDateExpr(si, at, future, onlyAfter)
	return d
}

// eventDateExpr is eventDate with whether the expression looks ahead
// ("later this month", "next week").
func (x *extractor) eventDateExpr(si, at int, future, onlyAfter bool) (kg.PartialDate, bool) {
	x.dates = x.encounterDates(si, future)
	end := x.clauseEnd(si, at)

	relFrom, relTo, during := x.relativeClauses(si, at)
	best := -1
	bestDist := 1 << 30
	for i, e := range x.dates {
		if e.Rel != timex.At && !x.modifiesTrigger(e, at) && !x.whenClauseOf(e, at) || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
			continue // "ahead of X's visit": a bound; but "ahead of next month's meeting" dates that meeting
		}
		if !(during >= 0 && e.First < during) && x.nearerTrigger(at, e.First) || e.First >= end {
			continue // "... at a meeting with X before X's visit next week"
		}
		if e.First < relFrom || x.inRelative(si, e.First, relTo) {
			continue // "X, who leaves for Moscow on Tuesday, met Y": Tuesday is the leaving's
		}
		if x.datesOtherTrigger(e, at) {
			continue // "if he fails in talks tomorrow, he will seek talks with X": the first talks'
		}
		if x.possessiveDateOfOther(e.Last, at) {
			continue // "met X to prepare for next week's summit": the summit's
		}
		if e.First > at && (x.attributionDate(at, e.First) || x.speechBetween(at, e.First)) {
			continue // "agreed to hold talks, a spokesman said Tuesday": the saying's
		}
		if e.Last <= at && x.speechThatBetween(e.Last, at) {
			continue // "told the daily in an interview today that the talks on October 27 ...": the saying's
		}
		dist := e.First - at
		if dist < 0 {
			if onlyAfter && !x.modifiesTrigger(e, at) { // "after Monday's talks": the talks' own day
				continue
			}
			dist = -dist + 3 // prefer dates after the trigger
			if x.lower(x.d.Sentences[si].First) == "born" {
				continue // "Born in X on June 23, 1941, he ... met Y": the birth's
			}
			if x.coordinatedVerbBetween(e.Last, at) {
				dist += 100 // "arrived on Monday and will meet X on Thursday": Monday is the arrival's, unless the meeting has none of its own
			}
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return x.anaphoricDay(si, at, end), false
	}
	if e := x.dates[best]; e.Range && x.withinOtherOccasion(at, e.First) {
		// an encounter at a multi-day occasion whose day the text does
		// not give: the month the run of days falls in (GUIDELINES 17.5)
		return kg.DateMonth(e.Date.Year, e.Date.Month), e.Ahead
	}
	return x.dates[best].Date, x.dates[best].Ahead
}

// speechThatBetween reports a "that" between token from and a trigger at
// token at that opens the content clause of a verb of speech before it
// ("said today that the talks", "told a daily in an interview on Monday
// that talks with X"): a date before that "that" is the saying's.
func (x *extractor) speechThatBetween(from, at int) bool {
	for k := from; k < at; k++ {
		if x.lower(k) != "that" || x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		si := x.d.SentenceAt(int(x.d.Tokens[k].Start))
		if si < 0 {
			return false
		}
		for v := k - 1; v >= x.d.Sentences[si].First && v >= k-14; v-- {
			switch x.lower(v) {
			case "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "announced", "reported", "noted", "stressed", "warned", "interview":
				return true
			case ";":
				return false
			}
		}
		return false
	}
	return false
}

// withinOtherOccasion reports an occasion's relative clause opening
// between the trigger at token at and token d, on a noun other than the
// trigger: "will meet X at the summit, which runs June 8-10".
func (x *extractor) withinOtherOccasion(at, d int) bool {
	for k := at + 1; k < d; k++ {
		if x.lower(k) == "which" && x.occasionWhich(k, d) && k-2 != at && x.occasionNounBeforeParties(k-2) != at {
			return true
		}
	}
	return false
}

// anaphoricDay dates "that day", "the same day", "later that day",
// "earlier in the day" or "the next day" in the clause of a trigger at token at by the last day
// an earlier sentence (at most four back) names, moved a day on for
// "next" or "following"; else the unknown date.
func (x *extractor) anaphoricDay(si, at, end int) kg.PartialDate {
	s := x.d.Sentences[si]
	shift := -1
	for k := max(s.First, at-8); k+1 < end && k+1 < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		w, n := x.lower(k), x.lower(k+1)
		switch {
		case w == "that" && (n == "day" || n == "morning" || n == "afternoon" || n == "evening" || n == "night"),
			w == "same" && n == "day" && (x.lower(k-1) == "the" || x.lower(k-1) == "that"):
			shift = 0
		case (w == "next" || w == "following") && n == "day" && x.lower(k-1) == "the":
			shift = 1
		case (w == "earlier" || w == "later") && n == "in" && x.lower(k+2) == "the" && x.lower(k+3) == "day":
			shift = 0 // "had flown in from talks in X earlier in the day"
		}
		if shift >= 0 {
			break
		}
	}
	if shift < 0 {
		return kg.PartialDate{}
	}
	for p := si - 1; p >= 0 && p >= si-4; p-- {
		ds := x.sentenceDates(p, false)
		for i := len(ds) - 1; i >= 0; i-- {
			e := ds[i]
			if e.Rel != timex.At || e.Date.Precision() != kg.PrecisionDay || x.d.Tokens[e.First].Has(segment.FlagInQuote) {
				continue
			}
			if shift == 0 {
				return e.Date
			}
			t := e.Date.Start().AddDate(0, 0, shift)
			return kg.DateDay(t.Year(), int(t.Month()), t.Day())
		}
	}
	return kg.PartialDate{}
}

// modifiesTrigger reports a date expression written right before the
// trigger at token at, as its possessive or its modifier ("Monday's
// meeting", "weekend talks"): whatever preposition comes before it
// ("ahead of", "following", "by") governs the trigger, not the date.
func (x *extractor) modifiesTrigger(e timex.Expr, at int) bool {
	if e.Last == at {
		return true
	}
	return e.Last+1 == at && x.d.Tokens[e.Last].Has(segment.FlagPossessive) || x.possessiveOverName(e, at)
}

// whenClauseOf reports a date expression followed by ", when" and a
// clause holding the trigger at token at: "before April 19, when X
// visits Washington" says when the visit is, whatever bounds the date.
func (x *extractor) whenClauseOf(e timex.Expr, at int) bool {
	if x.text(e.Last) != "," || x.lower(e.Last+1) != "when" || at <= e.Last+1 {
		return false
	}
	for k := e.Last + 2; k < at; k++ {
		if w := x.text(k); w == "," || w == ";" {
			return false
		}
	}
	return true
}

// coordinatedVerbBetween reports a second verb phrase opening between
// tokens from and to: "and will", "and is expected", "but was".
func (x *extractor) coordinatedVerbBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if w := x.lower(k); w != "and" && w != "but" {
			continue
		}
		switch x.lower(k + 1) {
		case "is", "are", "was", "were", "will", "would", "has", "have", "had", "then", "later", "also", "plans", "hopes", "expects":
			return true
		}
	}
	return false
}

// possessiveDateOfOther: a date expression ending before token last is a
// possessive ("next week's summit", "Friday's vote") of a noun other than
// the trigger at token at.
func (x *extractor) possessiveDateOfOther(last, at int) bool {
	if last >= len(x.d.Tokens) || !x.d.Tokens[last].Has(segment.FlagPossessive) || x.possessiveOverName(timex.Expr{Last: last}, at) {
		return false
	}
	for j := last + 1; j < len(x.d.Tokens) && j <= last+3; j++ {
		if j == at {
			return false // "Friday's meeting"
		}
	}
	return true
}

// relativeClauses: when the trigger at token at is inside a relative
// clause ("..., where he met X"), dates before the clause are not its
// (from); else the relative clauses of the sentence are none of its
// business (to reports that, as at < 0 would).
func (x *extractor) relativeClauses(si, at int) (from int, inside bool, during int) {
	s := x.d.Sentences[si]
	for k := at - 1; k > s.First; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case ",", ";", ":":
			return s.First, false, -1
		case "who", "which", "where", "whom", "whose":
			if x.text(k-1) == "," {
				return k, true, -1
			}
			switch x.lower(k - 1) {
			case "during", "at", "in", "on":
				// "a weekend visit during which he met X": the visit's
				// time is the meeting's, whatever other trigger is between
				return s.First, true, k
			}
		}
	}
	return s.First, false, -1
}

// inRelative reports a token d inside a relative clause set off by commas
// (", who leaves for Moscow on Tuesday,") that does not hold the trigger
// (inside says the trigger has its own relative clause).
func (x *extractor) inRelative(si, d int, inside bool) bool {
	if inside {
		return false
	}
	s := x.d.Sentences[si]
	for k := d - 1; k > s.First && k > d-15; k-- {
		switch x.lower(k) {
		case ",", ";", ":", "—", "–":
			return false
		case "who", "whom", "where":
			// a person's own doings, or a place's; "the trip, which runs
			// from April 26" dates what happens during it
			return x.text(k-1) == ","
		}
	}
	return false
}

// attributionDate: the date at token d follows a verb of saying in a
// clause set off by a comma after the trigger at token at (", a spokesman
// said Tuesday"), so it dates the report, not the encounter. Without the
// comma the saying may be the encounter's own ("Visiting X said on
// Thursday").
func (x *extractor) attributionDate(at, d int) bool {
	p := d - 1
	if x.lower(p) == "on" {
		p--
	}
	switch x.lower(p) {
	case "said", "says", "announced", "reported", "disclosed", "confirmed":
	default:
		return false
	}
	for k := p - 1; k > at; k-- {
		if x.text(k) == "," && !x.d.Tokens[k].Has(segment.FlagInQuote) {
			return true
		}
	}
	return false
}

// sentenceDates returns the date expressions of sentence si, found once
// per sentence and reading (past or future).
func (x *extractor) sentenceDates(si int, future bool) []timex.Expr {
	return x.findDates(si, future, false)
}

// encounterDates are sentenceDates with the loose forms: weekdays with
// no preposition ("met X Monday in Frankfurt") and "mid-April". Next to
// an encounter's trigger they date it; a statement's date, which takes
// the first date of its sentence, would take them from whatever they
// follow ("welcoming the offer Saturday, he said", "a target date of
// mid-September was set, they said").
func (x *extractor) encounterDates(si int, future bool) []timex.Expr {
	return x.findDates(si, future, true)
}

func (x *extractor) findDates(si int, future, loose bool) []timex.Expr {
	if x.dateCache == nil {
		x.dateCache = map[int][]timex.Expr{}
	}
	key := si * 4
	if future {
		key++
	}
	if loose {
		key += 2
	}
	if ds, ok := x.dateCache[key]; ok {
		return ds
	}
	s := x.d.Sentences[si]
	ds := timex.Find(x.d, x.g, s.First, s.Last, x.ref, future, nil)
	if !loose {
		n := 0
		for _, e := range ds {
			if !e.Loose {
				ds[n] = e
				n++
			}
		}
		ds = ds[:n]
	}
	x.dateCache[key] = ds
	return ds
}

// clauseEnd is the token where a relative clause or a new clause after a
// semicolon starts after token i, or the sentence end.
func (x *extractor) clauseEnd(si, i int) int {
	s := x.d.Sentences[si]
	for k := i + 1; k < s.Last; k++ {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			continue
		}
		switch x.lower(k) {
		case "which":
			if x.occasionWhich(k, s.Last) {
				continue // "at the summit, which takes place on June 8": the summit's time is the encounter's
			}
			return k
		case ";", "who", "whom":
			return k
		}
	}
	return s.Last
}

// occasionWhich reports a relative "which" at token k that describes an
// occasion (", which opens on Monday" after "summit", "talks",
// "conference"): it tells when the occasion takes place, which is when
// encounters at it do. A clause about its end (", which ends today")
// tells nothing of its start.
func (x *extractor) occasionWhich(k, last int) bool {
	if x.text(k-1) != "," || !occasionNoun(x.lower(k-2)) && !(x.occasionBeforeParties(k-2) && x.startVerbAfter(k, last)) {
		return false
	}
	for j := k + 1; j < last && j < k+8; j++ {
		switch x.lower(j) {
		case "end", "ends", "ended", "ending", "closes", "closed", "concludes", "concluded", "finishes", "finished":
			return false
		case ",", ";":
			return true
		}
	}
	return true
}

// occasionBeforeParties reports an occasion noun followed by its
// parties, named, up to token j: "the talks between A and B" in "the
// talks between A and B, which began on Monday,", or "the visit of X to
// Peru" (also "by X"), whose relative clause tells of the occasion,
// since a clause on a named party would open with "who".
func (x *extractor) occasionBeforeParties(j int) bool {
	return x.occasionNounBeforeParties(j) >= 0
}

// occasionNounBeforeParties is occasionBeforeParties giving the occasion
// noun's token, or -1.
func (x *extractor) occasionNounBeforeParties(j int) int {
	named := false
	for k := j; k >= 0 && k > j-14; k-- {
		if x.d.Tokens[k].Has(segment.FlagInQuote) {
			return -1
		}
		w := x.lower(k)
		switch {
		case x.mentionAt(k) >= 0:
			named = true
			continue
		case x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap):
			continue // a title before a name
		case w == "and" || w == "the" || w == "'s" || w == "'" || w == "to" || w == "in":
			continue // "the visit of X to Peru"
		case w == "between" || w == "with" || w == "of" || w == "by":
			// "the visit of X, which starts on Friday": a clause on the
			// visitor would open with "who"
			if named && occasionNoun(x.lower(k-1)) {
				return k - 1
			}
			return -1
		}
		return -1
	}
	return -1
}

// startVerbAfter reports a relative clause from token k ("which") that
// tells when its occasion began or was held: "which began", "which was
// held", "which opened", "which took place", "which starts", "which
// will begin".
func (x *extractor) startVerbAfter(k, last int) bool {
	j := k + 1
	switch x.lower(j) {
	case "was", "were", "had", "has", "have", "will":
		j++
		if x.lower(j) == "been" || x.lower(j) == "be" {
			j++
		}
	}
	if j >= last {
		return false
	}
	switch x.lower(j) {
	case "began", "begun", "started", "opened", "held", "convened",
		"begins", "starts", "opens", "begin", "start", "open": // "which starts on Friday", "which will begin"
		return true
	case "took":
		return x.lower(j+1) == "place"
	}
	return false
}

func occasionNoun(w string) bool {
	switch w {
	case "summit", "meeting", "meetings", "talks", "conference", "session", "convention", "ceremony", "ceremonies", "forum", "assembly", "congress", "gathering", "negotiations", "visit", "trip", "tour":
		return true
	}
	return false
}

// nearerTrigger reports another meeting trigger of the sentence that
// stands between the trigger at token at and a date at token d.
func (x *extractor) nearerTrigger(at, d int) bool {
	for _, t := range x.triggers {
		if t == at {
			continue
		}
		if at < t && t < d && x.purposeOf(at, t) {
			continue // "hosted X for talks on Monday", "is in Washington for the IMF meeting next week": the trigger's purpose, one time
		}
		if t+1 == at && d < t {
			continue // "an April 5-6 summit meeting": a noun modifying the trigger, one encounter
		}
		if at < t && t < d || d < t && t < at {
			return true
		}
	}
	return false
}

// purposeOf reports a trigger at token t that is the purpose of the
// trigger at token at ("for talks", "for the International Monetary Fund
// (IMF) meeting") or, for an encounter other than a visit, its occasion
// ("meet X at the economic summit"): governed by "for", "at" or "during"
// with at most a determiner, a name and one modifier between. Someone's
// occasion ("the premier's visit", "their first summit") is another.
func (x *extractor) purposeOf(at, t int) bool {
	modifiers := 0
	for k := t - 1; k >= 0 && k >= t-10; k-- {
		w := x.lower(k)
		switch {
		case w == "for":
			return true
		case w == "at" || w == "during" || w == "of" && sidelineNoun(x.lower(k-1)):
			// "met X at the summit", "on the sidelines of the summit"
			switch x.lower(at) {
			case "visit", "visits", "visited", "visiting", "trip":
				return false
			}
			return true
		case w == "the" || w == "a" || w == "an" || w == "(" || w == ")" || x.d.Tokens[k].Has(segment.FlagCap) && !x.d.Tokens[k].Has(segment.FlagPossessive):
		case x.d.Tokens[k].Kind == segment.Word && !functionWord(w) && !possessiveDeterminer(w) && !x.d.Tokens[k].Has(segment.FlagPossessive) && modifiers < 1:
			modifiers++ // "economic", "two-day"
		default:
			return false
		}
	}
	return false
}

// sidelineNoun: the noun of "on the sidelines of", "on the margins of",
// "on the fringes of" an occasion, which places an encounter at it.
func sidelineNoun(w string) bool {
	switch w {
	case "sidelines", "sideline", "margins", "margin", "fringes", "fringe":
		return true
	}
	return false
}

// placeNear finds a place named with "in" or "at" in the sentence, nearest
// after the trigger.
func (x *extractor) placeNear(si, at int) int {
	best, bestDist := -1, 1<<30
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if !m.AsPlace || m.Entity < 0 || m.InQuote {
			continue
		}
		switch x.lower(m.First - 1) {
		case "in", "at":
		case "the":
			if p := x.lower(m.First - 2); p != "in" && p != "at" {
				continue
			}
		default:
			continue
		}
		if e := &x.cr.Entities[m.Entity]; e.Kind != "" {
			continue
		}
		dist := m.First - at
		if dist < 0 {
			dist = -dist + 5
		}
		if dist < bestDist {
			best, bestDist = m.Entity, dist
		}
	}
	return best
}

// wherePlace: "... in Riyadh, where he met X": the place the relative
// "where" refers to; "... from the United States, where he met X".
func (x *extractor) wherePlace(si, cs int) int {
	if x.lower(cs) != "where" {
		return -1
	}
	mi := x.relativeAntecedent(si, cs)
	if mi < 0 {
		return -1
	}
	m := &x.md.Mentions[mi]
	if m.Entity < 0 {
		return -1
	}
	if m.Kind == mentions.Place || m.Kind == mentions.Country {
		return m.Entity
	}
	return -1
}

// isRegion reports a place entity that is a region or a city other than
// a capital ("California", "Aceh").
func (x *extractor) isRegion(e int) bool {
	for _, mi := range x.bySentAll(e) {
		m := &x.md.Mentions[mi]
		if m.Entry != nil && m.Entry.Kind == gazetteer.Capital {
			return false
		}
	}
	return x.cr.Entities[e].IsPlace()
}

// bySentAll returns the mentions of entity e.
func (x *extractor) bySentAll(e int) []int {
	var out []int
	for mi := range x.md.Mentions {
		if x.md.Mentions[mi].Entity == e {
			out = append(out, mi)
		}
	}
	return out
}

// placeCountry is the country id of a place or country entity, or "".
func (x *extractor) placeCountry(e int) string {
	if e < 0 {
		return ""
	}
	ent := &x.cr.Entities[e]
	if ent.Kind == kg.KindCountry {
		return ent.ID
	}
	return ent.CountryID
}

// personCountry is the country a person holds a post of, per the
// article's roles, or -1.
func (x *extractor) personCountry(e int) int {
	if !x.isPerson(e) {
		return -1
	}
	c := -1
	for _, r := range x.out.Roles {
		if r.Person != e || r.Of < 0 {
			continue
		}
		of := &x.cr.Entities[r.Of]
		iso := ""
		switch {
		case of.Kind == kg.KindCountry:
			iso = of.ISO
		case of.Kind == kg.KindOrganization && of.CountryID != "":
			iso = strings.TrimPrefix(of.CountryID, kg.PrefixCountry)
		}
		if iso == "" {
			continue
		}
		if ce := x.country(iso); c < 0 {
			c = ce
		} else if ce != c {
			return -1 // posts in two countries: unclear
		}
	}
	if c < 0 && royalName(x.cr.Entities[e].Name) {
		c = x.royalCountry(e) // "Norway's Crown Prince Aldo" (meetings_hostofficials.go)
	}
	return c
}

type pendingVisit struct {
	si     int
	tr     trigger
	agents []int
	cs     int
}

// afterMeetings draws what the sentences imply together: a visit's host
// the text leaves to the dateline, co-visitors ("accompanied by"), and
// the visit a meeting abroad implies.
func (x *extractor) afterMeetings() {
	// "the German leader's four-day visit" in a story filed from Buenos
	// Aires: a visit to Argentina, unless the visitor is Argentine
	if x.home != "" {
		for _, pv := range x.pendingVisits {
			host := x.country(x.home)
			foreign := true
			for _, a := range pv.agents {
				if c := x.personCountry(a); c < 0 || c == host {
					foreign = false // a visitor of no known country, or at home
				}
			}
			ps := x.visitParticipants(pv.agents, host)
			if ps == nil || !foreign {
				continue
			}
			s := x.d.Sentences[pv.si]
			status := kg.StatusOccurred
			if x.planned(pv.cs, pv.tr.first) || x.plannedAfter(pv.tr.last, s.Last) || x.visitStartsAhead(pv.tr.last, s.Last) || x.precededBy(pv.tr.first, pv.cs, "ahead") {
				status = kg.StatusPlanned
			}
			date := x.eventDate(pv.si, pv.tr.first, status == kg.StatusPlanned, false)
			if status == kg.StatusOccurred && x.settingVisitDay(pv.si, pv.tr.first, date) {
				date = kg.PartialDate{} // "today published ... to coincide with the visit of X"
			}
			x.addMeeting(Meeting{Kind: kg.MeetingVisit, Status: status, Participants: ps, Date: date, Place: host, Span: Span{pv.si, pv.si}, Rule: "visit:noun-visit+home-country"})
		}
	}
	x.laterJoiners()
	x.accompany()
	// a meeting abroad is also a visit: "stopped in Lima, where she met
	// Peru's fisheries minister" (the visitor visited Peru)
	n := len(x.out.Meetings)
	for i := 0; i < n; i++ {
		m := x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Place < 0 || len(m.agents) == 0 {
			continue
		}
		agents := m.agents[:1]
		if len(m.agents) > 1 {
			if !x.forumMeeting(m) {
				continue
			}
			// "A and B will attend the X summit in Geneva": officials
			// travelling to a forum abroad make one visit each
			// (GUIDELINES 19.18)
			agents = m.agents
		}
		cid := x.placeCountry(m.Place)
		if cid == "" {
			continue
		}
		for _, a := range uniqueEntities(agents) {
			own := x.personCountry(a)
			if own < 0 || x.cr.Entities[own].ID == cid {
				continue
			}
			iso := strings.TrimPrefix(cid, kg.PrefixCountry)
			if !x.named(iso) {
				continue // a city of a country the article never names is only a place (GUIDELINES §13.2)
			}
			host := x.country(iso)
			if host < 0 || x.hasVisit(a, host, m.Status) {
				continue
			}
			if m.Status == kg.StatusPlanned && x.visitNear(a, host, kg.StatusOccurred, m.Span.First) {
				continue // "arrived in Paris on Monday and will meet X on Thursday": already there
			}
			date := m.Date
			if date.IsZero() && len(m.agents) > 1 {
				date = x.sameEncounterDate(m, n) // "agreed with Y at their summit in May": the verb's reading holds the date
			}
			x.addMeeting(Meeting{Kind: kg.MeetingVisit, Status: m.Status, Participants: []Participant{{Entity: a, Role: "visitor"}, {Entity: host, Role: "host"}}, Date: date, Place: m.Place, Span: m.Span, Rule: "visit:meeting-abroad"})
		}
	}
}

// visitNear reports a visit of visitor to host with that status told in
// sentence si or the one before.
func (x *extractor) visitNear(visitor, host int, status kg.MeetingStatus, si int) bool {
	for _, m := range x.out.Meetings {
		if m.Kind != kg.MeetingVisit || m.Status != status || m.Span.First > si || m.Span.Last < si-1 {
			continue
		}
		hasV, hasH := false, false
		for _, p := range m.Participants {
			hasV = hasV || p.Entity == visitor
			hasH = hasH || p.Entity == host
		}
		if hasV && hasH {
			return true
		}
	}
	return false
}

func (x *extractor) hasVisit(visitor, host int, status kg.MeetingStatus) bool {
	for _, m := range x.out.Meetings {
		if m.Kind != kg.MeetingVisit || m.Status != status {
			continue
		}
		hasV, hasH := false, false
		for _, p := range m.Participants {
			hasV = hasV || p.Entity == visitor
			hasH = hasH || p.Entity == host
		}
		if hasV && hasH {
			return true
		}
	}
	return false
}

// accompany adds co-visitors: "X will accompany Y", "Y, accompanied by X,"
// make X a visitor of Y's visits of the same status in the article.
func (x *extractor) accompany() {
	type rel struct {
		who, whom, si, k int
		with             bool // "Y, along with X," names a co-agent, not a trip
		passive          bool // "Y was accompanied by X": a sentence of its own about Y
	}
	var rels []rel
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		for k := s.First; k < s.Last; k++ {
			w := x.lower(k)
			if x.d.Tokens[k].Has(segment.FlagInQuote) {
				continue
			}
			switch w {
			case "along", "together":
				// "Y, along with X, met Z": X is a co-agent of Y's clause
				if x.lower(k+1) != "with" || k-1 < s.First || x.text(k-1) != "," {
					continue
				}
				who, _ := x.listAfter(si, k+2)
				if mi := x.relativeAntecedent(si, k); mi >= 0 {
					if e := x.actor(mi); e >= 0 {
						for _, a := range who {
							rels = append(rels, rel{a, e, si, k, true, false})
						}
					}
				}
			case "accompany", "accompanies", "accompanying":
				who := x.subjectBefore(si, k)
				whom, _ := x.listAfter(si, k+1)
				for _, a := range who {
					for _, b := range whom {
						rels = append(rels, rel{a, b, si, k, false, false})
					}
				}
			case "accompanied":
				if x.lower(k+1) != "by" {
					// the active "X accompanied Y on the trip"
					if who := x.subjectBefore(si, k); len(who) > 0 {
						whom, _ := x.listAfter(si, k+1)
						for _, a := range who {
							for _, b := range whom {
								rels = append(rels, rel{a, b, si, k, false, false})
							}
						}
					}
					continue
				}
				who, _ := x.listAfter(si, k+2)
				// "Y, accompanied by X," / "Y was accompanied by X"
				j := k - 1
				if j >= s.First && (x.text(j) == "," || x.lower(j) == "was" || x.lower(j) == "is" || x.lower(j) == "were" || x.lower(j) == "be" || x.lower(j) == "been") {
					var whom []int
					if x.text(j) == "," {
						if mi := x.relativeAntecedent(si, k); mi >= 0 {
							if e := x.actor(mi); e >= 0 {
								whom = []int{e}
							}
						}
					} else {
						whom = x.subjectBefore(si, j+1)
					}
					for _, a := range who {
						for _, b := range whom {
							rels = append(rels, rel{a, b, si, k, false, x.text(j) != ","})
						}
					}
				}
			}
		}
	}
	// people who go along on no trip the text tells ("X was accompanied
	// by A and B" at a ceremony) meet the one they accompany (GUIDELINES
	// §13.3): one encounter per sentence and person accompanied
	type key struct{ whom, si int }
	alone := map[key][]int{}
	var order []key
	at := map[key]int{}
	for _, r := range rels {
		if !x.isPerson(r.who) || !x.isPerson(r.whom) || r.who == r.whom {
			continue
		}
		onTrip := x.joinSentenceMeetings(r.who, r.whom, r.si)
		for i := range x.out.Meetings {
			m := &x.out.Meetings[i]
			if m.Kind != kg.MeetingVisit || m.Span.First > r.si+2 || m.Span.Last < r.si-2 {
				continue // "accompanied by X" goes with the trip the text is telling
			}
			if r.with && m.Span.First != r.si {
				continue // "along with" binds only its own clause
			}
			isVisitor, has := false, false
			for _, p := range m.Participants {
				isVisitor = isVisitor || p.Entity == r.whom && p.Role == "visitor"
				has = has || p.Entity == r.who
			}
			onTrip = onTrip || isVisitor
			if isVisitor && !has {
				ps := append([]Participant{}, m.Participants[:len(m.Participants)-1]...)
				ps = append(ps, Participant{Entity: r.who, Role: "visitor"}, m.Participants[len(m.Participants)-1])
				m.Participants = ps
				m.Rule += "+accompanied"
			}
		}
		if !onTrip && r.passive && r.si > 0 {
			// "A met C on Monday. He was accompanied by B.": B was at that
			// meeting, not in an encounter of his own with A
			onTrip = x.joinSentenceMeetings(r.who, r.whom, r.si-1)
		}
		if !onTrip && !r.with {
			kk := key{r.whom, r.si}
			if _, ok := alone[kk]; !ok {
				order = append(order, kk)
				at[kk] = r.k
			}
			alone[kk] = addUniqueInt(alone[kk], r.who)
		}
	}
	for _, kk := range order {
		x.accompaniedMeeting(kk.si, at[kk], kk.whom, alone[kk])
	}
}

// appositiveMemberBefore returns the last token of a person's name
// whose appositive description ends at the comma k ("A, the X minister,
// B and C met": A), so a subject list goes on past the description; -1
// when the words before k are no such appositive.
func (x *extractor) appositiveMemberBefore(first, k int) int {
	if k > first && x.lower(k) == "the" && x.text(k-1) == "," {
		k-- // the description was read as the next name's title
	} else if x.text(k) == "," {
		for c := k - 1; ; c-- {
			if c <= first || k-c > 15 || x.d.Tokens[c].Has(segment.FlagInQuote) || x.lower(c) == "and" {
				return -1
			}
			if x.text(c) == "," {
				k = c
				break
			}
		}
	} else {
		return -1
	}
	pm := x.mentionAt(k - 1)
	if pm < 0 {
		return -1
	}
	m := &x.md.Mentions[pm]
	if m.Kind != mentions.Person || m.Last != k || m.Appos == nil || m.Appos.First <= k || !x.isPerson(x.actor(int(pm))) {
		return -1
	}
	return k - 1
}

// joinSentenceMeetings adds who to the meetings (not visits) told in
// sentence si alone that whom is a party of: "Y, accompanied by X, met
// Z" and "Y, along with X, held talks with Z" place X at the meeting too
// (GUIDELINES §7: the text's parties). It reports whether it added who
// anywhere, so no separate encounter of X with Y is made.
func (x *extractor) joinSentenceMeetings(who, whom, si int) bool {
	added := false
	for i := range x.out.Meetings {
		m := &x.out.Meetings[i]
		if m.Kind == kg.MeetingVisit || m.Span.First != si || m.Span.Last != si || strings.HasPrefix(m.Rule, "meeting:accompanied") {
			continue
		}
		hasWhom, hasWho := false, false
		for _, p := range m.Participants {
			hasWhom = hasWhom || p.Entity == whom
			hasWho = hasWho || p.Entity == who
		}
		if hasWhom && !hasWho {
			m.Participants = append(m.Participants, Participant{Entity: who})
			m.Rule += "+co-agent"
			added = true
		}
	}
	return added
}

// accompaniedMeeting adds the encounter of a person (whom) with those
// who accompany them (who), told at token k of sentence si, unless the
// sentence negates it, makes it a habit, or already reports the same
// people meeting.
func (x *extractor) accompaniedMeeting(si, k, whom int, who []int) {
	s := x.d.Sentences[si]
	cs := x.clauseStart(si, k)
	if x.negated(max(cs, k-4), k) || x.habitual(max(cs, k-3), min(s.Last, k+8)) {
		return
	}
	ps := []Participant{{Entity: whom}}
	for _, w := range who {
		ps = append(ps, Participant{Entity: w})
	}
	for _, m := range x.out.Meetings {
		if m.Span.First <= si && si <= m.Span.Last && sameParticipants(m.Participants, ps) {
			return
		}
	}
	status := kg.StatusOccurred
	if x.planned(cs, k) || x.plannedAfter(k+1, s.Last) {
		status = kg.StatusPlanned
	}
	date, ahead := x.eventDateExpr(si, k, status == kg.StatusPlanned, false)
	if status == kg.StatusOccurred && (ahead || !date.IsZero() && !x.ref.IsZero() && date.Start().After(x.ref.End())) {
		status = kg.StatusPlanned
	}
	x.addMeeting(Meeting{Kind: kg.MeetingMeeting, Status: status, Participants: ps, Date: date, Place: x.placeNear(si, k),
		Span: Span{si, si}, Rule: "meeting:accompanied", agents: []int{whom}})
}

// preparingTo returns the index of "prepares" in "prepares to <verb i>"
// ("X is preparing to visit Y"), so the subject is looked for before it;
// -1 otherwise. "prepared to meet" is a willingness, not a plan (§7:
// hypothetical), so the participle is left out.
func (x *extractor) preparingTo(first, i int) int {
	if i-2 < first || x.lower(i-1) != "to" || x.d.Tokens[i-2].Has(segment.FlagInQuote) {
		return -1
	}
	switch x.lower(i - 2) {
	case "prepares", "preparing", "prepare":
		return i - 2
	}
	return -1
}

// pairSubject reports agents read as the subject of the verb at token
// v that are coordinated right before it: "A and B [will] discuss",
// "A and B are discussing". Only auxiliaries and fillers may stand
// between the last name and the verb, and the sides are all people or
// all bodies and countries ("Egypt and Uganda are discussing"): a person
// and a body ("X and the bank") or a quoted pair are no such pair.
func (x *extractor) pairSubject(si int, agents []int, v int) bool {
	s := x.d.Sentences[si]
	j := v - 1
	for j >= s.First && fillers[x.lower(j)] {
		if x.lower(j) == "to" && j-1 >= s.First && !fillers[x.lower(j-1)] {
			return false // "met A and B to discuss it": the infinitive is the main subject's
		}
		j--
	}
	mi := x.mentionAt(j)
	if mi < 0 || x.md.Mentions[mi].Last != j+1 || x.md.Mentions[mi].Possessive || x.md.Mentions[mi].InQuote {
		return false
	}
	last := x.actor(int(mi))
	found := false
	for _, a := range agents {
		found = found || a == last
	}
	if !found {
		return false
	}
	people := 0
	for _, a := range agents {
		if x.isPerson(a) {
			people++
		} else if k := x.cr.Entities[a].Kind; k != kg.KindCountry && k != kg.KindOrganization {
			return false
		}
	}
	return people == 0 || people == len(agents)
}

// theyBefore returns the token of a "they" that is the subject of the
// verb at token i, over auxiliaries and adverbs ("when they meet", "they
// will first meet", "they are to meet"), or -1.
func (x *extractor) theyBefore(si, i int) int {
	s := x.d.Sentences[si]
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		switch x.lower(k) {
		case "they":
			return k
		case "will", "would", "can", "could", "should", "may", "might", "shall", "are", "were", "to", "due", "expected", "scheduled", "have", "had", "first", "last", "also", "finally", "then", "later", "again", "eventually":
			continue
		}
		return -1
	}
	return -1
}

// missionSubject reads the subject of the verb of travel at token i as
// organizations and a noun of a travelling group: "[an] IMF team (will
// visit)", "a routine World Bank mission (arrived in)", "(said) the IMF
// and World Bank team (is due to visit)". Only auxiliaries and a few
// adverbs stand between it and the verb, and only a determiner and an
// adjective or two before it, at the clause start or after "said" or
// "that"; a country's delegation or a team led by a named person is
// left to the other readings.
func (x *extractor) missionSubject(si, cs, i int) []int {
	k := i - 1
	for k > cs {
		switch x.lower(k) {
		case "will", "would", "is", "are", "was", "were", "has", "have", "had", "to", "due", "expected", "scheduled", "set", "also", "shortly", "soon", "now", "currently", "which", "that", "be", "been":
			k--
			continue
		}
		break
	}
	switch x.lower(k) {
	case "mission", "team", "delegation":
		// (plural "teams have visited X on three occasions": a count of
		// past visits, optional under §7)
	default:
		return nil
	}
	var bodies []int
	j := k
	if j-3 > cs && x.text(j-1) == ")" && x.text(j-3) == "(" {
		j -= 3 // "an International Monetary Fund (IMF) team": the acronym repeats the name
	}
	for {
		mi := x.mentionAt(j - 1)
		if mi < 0 || j-1 < cs {
			break
		}
		m := &x.md.Mentions[mi]
		if m.Last != j || m.Kind != mentions.Org || m.Possessive || m.First < cs {
			return nil
		}
		e := x.actor(int(mi))
		if e < 0 || x.cr.Entities[e].Kind != kg.KindOrganization {
			return nil
		}
		if strings.Contains(x.d.Text[x.d.Tokens[m.First].Start:x.d.Tokens[m.Last-1].End], "-") {
			return nil // "IMF-World Bank" read as one name: two bodies
		}
		bodies = append(bodies, e)
		j = m.First
		if sep := x.text(j - 1); j-1 > cs && (sep == "-" || sep == "/" || x.lower(j-1) == "and") {
			j-- // "IMF-World Bank team", "IMF and World Bank team"
			continue
		}
		break
	}
	if len(bodies) == 0 {
		return nil
	}
	for n := 0; j > cs && n < 3; n++ {
		w := x.lower(j - 1)
		if isDeterminerWord(w) {
			j--
			break
		}
		if tk := x.d.Tokens[j-1]; tk.Kind == segment.Word && !tk.Has(segment.FlagCap) && !functionWord(w) && n < 2 {
			j-- // "a routine IMF mission", "a joint technical World Bank team"
			continue
		}
		break
	}
	if isDeterminerWord(x.lower(j)) {
		j++
	}
	for ; j > cs; j-- {
		if isDeterminerWord(x.lower(j - 1)) {
			continue
		}
		break
	}
	if j > cs {
		switch x.lower(j - 1) {
		case "said", "says", "that", "and", ",":
		default:
			return nil
		}
	}
	return bodies
}

// theyPair reads "they" at token j as the two people the sentence names
// before it, coordinated ("A and B ... when they meet"): the last two
// people named before it, the second right after the first's "and".
// Unlike theirPair a body named on the way ("reaffirm the G-7 accord
// when they meet") is no party: "they" are people.
func (x *extractor) theyPair(si, j int) []int {
	s := x.d.Sentences[si]
	var ms []int
	for _, mi := range x.bySent[si] {
		m := &x.md.Mentions[mi]
		if m.First < s.First || m.First >= j || m.InQuote || m.InTitle {
			continue
		}
		if m.Kind == mentions.Pronoun || m.Kind == mentions.Descriptor && m.Entity < 0 {
			return nil // "he", "the minister": the pair is unclear
		}
		if m.Kind != mentions.Person && m.Kind != mentions.Surname {
			continue
		}
		ms = append(ms, int(mi))
	}
	if len(ms) < 2 {
		return nil
	}
	a, b := ms[len(ms)-2], ms[len(ms)-1] // a speaker before them is no party: "X said A and B ..."
	ea, eb := x.actor(a), x.actor(b)
	if ea < 0 || eb < 0 || ea == eb || !x.isPerson(ea) || !x.isPerson(eb) {
		return nil
	}
	and := x.md.Mentions[a].Last
	if x.md.Mentions[a].Possessive || x.lower(and) != "and" || x.nameStartingAt(si, and+1) != b {
		return nil
	}
	return []int{ea, eb}
}

// noObjectAfter reports a verb of meeting (ending before token k) with
// no object or "with" after it, over adverbs and a date: "when they
// meet later this week", "when they met on Bali", not "they would meet
// bankers", whose meeting is with someone else.
func (x *extractor) noObjectAfter(si, k int) bool {
	s := x.d.Sentences[si]
	j := x.skipAfterVerb(si, k)
	if j >= s.Last {
		return true
	}
	if x.d.Tokens[j].Kind == segment.Punct {
		return true
	}
	switch x.lower(j) {
	case "in", "on", "at", "for", "to", "during", "before", "after", "when", "and", "but", "next", "this", "last", "again", "early", "late", "over", "until", "from":
		return true
	}
	return false
}

// bodyBeforeOccasion returns the mention of a body named before one or
// two adjectives of the occasion, or its acronym in brackets, that end
// right before the noun of a meeting at token i ("the OPEC ministerial
// meeting", "the ADB annual general meeting", "the Fund's spring
// meeting", "the International Monetary Fund (IMF) meeting"), or -1. The adjectives
// say which of the body's own meetings it is, so a possessive body
// convenes it too.
func (x *extractor) bodyBeforeOccasion(si, i int) int {
	s := x.d.Sentences[si]
	j := i - 1
	for j > s.First && j >= i-2 && occasionAdjective(x.lower(j)) {
		j--
	}
	if j-3 >= s.First && x.text(j) == ")" && x.text(j-2) == "(" {
		j -= 3 // "the International Monetary Fund (IMF) meeting": the acronym in brackets
	}
	if j == i-1 || j < s.First {
		return -1
	}
	if w := x.lower(j); (w == "'s" || w == "’s") && j > s.First {
		j-- // the possessive ending written as a token of its own
	}
	mi := x.mentionAt(j)
	if mi < 0 {
		return -1
	}
	if m := &x.md.Mentions[mi]; m.Kind != mentions.Org || m.First < s.First || m.Last != j+1 && !(m.Possessive && m.Last == j+2) {
		return -1
	}
	return int(mi)
}

// bodyItSaid reads the body that says "it" did what the verb at token
// i tells: "Acme Corp said it met with officials of Y", "the bank said
// on Monday that it is negotiating with Y". A body speaking of itself
// as "it" is the one pronoun whose antecedent the sentence itself gives
// (coreference resolves people's pronouns only). It returns the body, or
// nil.
func (x *extractor) bodyItSaid(si, i int) []int {
	s := x.d.Sentences[si]
	k := x.skipAdverbialsTo(s.First, i-1, false)
	if k-1 < s.First || x.lower(k) != "it" || x.d.Tokens[k].Has(segment.FlagInQuote) {
		return nil
	}
	k--
	if x.lower(k) == "that" {
		k = x.skipAdverbialsTo(s.First, k-1, false) // "said on Monday that it"
	}
	switch x.lower(k) {
	case "said", "says", "announced", "disclosed", "reported", "confirmed", "added":
	default:
		return nil
	}
	sub := x.subjectBefore(si, k)
	if len(sub) == 0 && x.saidBody.on && x.saidBody.si == si && x.saidBody.verb == k {
		sub = []int{x.saidBody.body} // "The company said it met with Y": the body statements resolved
	}
	if len(sub) != 1 || x.cr.Entities[sub[0]].Kind != kg.KindOrganization {
		return nil
	}
	return sub
}

// occasionAdjective: a word between a body's name and the noun of its
// meeting that says which of its meetings ("the ECF annual meeting").
func occasionAdjective(w string) bool {
	switch w {
	case "annual", "weekly", "monthly", "quarterly", "regular", "ministerial", "plenary", "general", "special", "extraordinary", "emergency", "spring", "autumn", "semi-annual", "semiannual", "biannual", "half-yearly", "yearly", "biennial", "twice-yearly", "council", "board", "executive":
		return true
	}
	return false
}

// atOccasion reports the noun of a meeting at token i written as a point
// within the occasion someone is at: "at the end of the weekly X
// Committee meeting", "on the sidelines of the X meeting", "at the
// opening of the X conference". A bare "at" before a long noun phrase
// is left out: "the outlook for a deal at the X meeting" places no one.
func (x *extractor) atOccasion(cs, i int) bool {
	// back over the noun phrase to its determiner
	d := -1
	for k := i - 1; k >= cs && k >= i-7; k-- {
		w := x.lower(k)
		if w == "the" || w == "a" || w == "an" {
			d = k
			break
		}
		if t := x.d.Tokens[k]; t.Kind != segment.Word && t.Kind != segment.Number && w != "-" || functionWord(w) || isPreposition(w) || w == "," {
			return false
		}
	}
	if d < 0 || d-1 < cs {
		return false
	}
	if x.lower(d-1) != "of" {
		return false // a bare "at" is precededBy's, within four words
	}
	// "at the end of", "on the sidelines of"
	if d-4 < cs || x.lower(d-3) != "the" {
		return false
	}
	switch x.lower(d - 2) {
	case "end", "start", "opening", "close", "conclusion", "beginning", "outset":
		return x.lower(d-4) == "at"
	case "sidelines", "sideline", "fringes", "fringe", "margins", "margin":
		return x.lower(d-4) == "on" || x.lower(d-4) == "at"
	}
	return false
}
