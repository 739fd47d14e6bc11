package events

import (
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// forumNoun reports a noun naming a gathering that a person attends in
// some place. A switch, not a map: forumVisits asks it of every token.
func forumNoun(w string) bool {
	switch w {
	case "summit", "conference", "forum", "meeting", "session":
		return true
	}
	return false
}

// forumActVerbs are acts a person does at a gathering ("pledged at the
// conference in Paris", "said at the summit in Chile"): doing them there
// places him there.
var forumActVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "pledged": true, "pledges": true,
	"announced": true, "announces": true, "spoke": true, "speaks": true, "speaking": true,
	"stressed": true, "warned": true, "urged": true, "declared": true, "promised": true,
	"argued": true, "proposed": true, "predicted": true, "insisted": true,
	"agreed": true, "presented": true, "unveiled": true,
}

// forumSpeechVerbs take the gathering as object ("told the Apec summit in
// Chile", "addressed a conference in Kiev").
var forumSpeechVerbs = map[string]bool{
	"told": true, "tells": true, "addressed": true, "addresses": true, "addressing": true,
}

// forumVisits adds the visit of a foreign office holder whom a sentence
// places at a gathering held abroad by an act there ("X told the Y summit
// in Chile", "X pledged at the conference in Paris", "X, at the summit
// in Lima, said"), when no meeting read from the gathering gave it
// (no convening body, or a speech to the body: GUIDELINES 19.9, 20.26).
// Officials at a forum abroad make one visit each (19.18); the speech
// itself is no meeting (§7), so only the visit is added. Only acts told
// as done (a planned speech may never be given), only a city or country
// the sentence ties to the gathering, only a country the article names
// (13.2).
func (x *extractor) forumVisits() {
	for si := range x.d.Sentences {
		s := x.d.Sentences[si]
		if s.Headline || s.Dateline {
			continue
		}
		for k := s.First; k < s.Last && k < len(x.d.Tokens); k++ {
			if !forumNoun(x.lower(k)) || x.d.Tokens[k].Has(segment.FlagInQuote) {
				continue
			}
			if p := x.lower(k - 1); k > s.First && (p == "news" || p == "press" || p == "media") || k+1 < s.Last && x.lower(k+1) == "call" {
				continue // "a news conference", "a conference call": no gathering abroad
			}
			x.forumVisitAt(si, k)
		}
	}
}

// forumVisitAt reads the gathering noun at token k of sentence si.
func (x *extractor) forumVisitAt(si, k int) {
	s := x.d.Sentences[si]
	// the noun phrase before the noun: a determiner, then modifiers
	// ("the Nordic Fisheries Council (NFC) summit", "last
	// month's international monetary conference"); a city among them
	// places the gathering ("the Venice summit")
	place, here := -1, -1
	det := -1
	for j := k - 1; j >= s.First && k-j <= 10; j-- {
		w := x.lower(j)
		if w == "the" || w == "a" || w == "an" {
			det = j
			break
		}
		if j > s.First && x.d.Tokens[j].Has(segment.FlagPossessive) {
			// "last month's conference": the possessive opens the phrase
			if pw := x.lower(j - 1); pw == "last" || pw == "this" {
				det = j - 1
				break
			}
		}
		if w == "," || w == ";" || w == ":" || w == "that" || w == "and" || w == "to" || w == "at" || forumSpeechVerbs[w] {
			return
		}
		if mi := x.mentionAt(j); mi >= 0 {
			m := &x.md.Mentions[mi]
			if m.Kind == mentions.Place && m.Entry != nil && m.Entry.ISO != "" && !m.Possessive {
				place = int(mi)
			}
			if m.Kind == mentions.Person {
				return
			}
		}
	}
	if det <= s.First {
		return
	}
	// the gathering's place after the noun: "in Chile", "held in New
	// Zealand", "of Apec leaders in Santiago"
	if place < 0 {
		for j := k + 1; j+1 < s.Last && j <= k+14; j++ {
			if mi := x.mentionAt(j); mi >= 0 && x.md.Mentions[mi].Kind == mentions.Org && x.md.Mentions[mi].First == j && x.md.Mentions[mi].Last > j {
				j = x.md.Mentions[mi].Last - 1 // "of the X and Y Bank here": the body's name whole
				continue
			}
			w := x.lower(j)
			if w == "in" {
				if mi := x.mentionAt(j + 1); mi >= 0 && x.md.Mentions[mi].First == j+1 {
					if m := &x.md.Mentions[mi]; (m.Kind == mentions.Place || m.Kind == mentions.Country) && m.Entry != nil && m.Entry.ISO != "" && !m.Possessive {
						place = int(mi)
					}
				}
				break
			}
			if w == "here" && !x.d.Tokens[j].Has(segment.FlagInQuote) {
				here = x.hereCountry() // "at a meeting of the X here": the dateline's country (20.18)
				break
			}
			if w == "," || w == ";" || w == "that" || w == "and" || w == "to" || w == "on" || w == "at" {
				break
			}
		}
	}
	if place < 0 && here < 0 {
		return
	}
	// the act that places someone there, right before the phrase
	g := det - 1
	var verb int
	var subj []int
	cs := x.clauseStart(si, det)
	switch w := x.lower(g); {
	case forumSpeechVerbs[w]:
		verb = g // "told the summit"
	case w == "to" && g-1 >= s.First && (x.lower(g-1) == "speaking" || x.lower(g-1) == "spoke" || x.lower(g-1) == "speaks"):
		verb = g - 1 // "speaking to the conference"
	case w == "at" && g-1 >= s.First && x.lower(g-1) == ",":
		// "X, at the summit in Lima, said": the name right before, and
		// an act told as done right after the phrase's closing comma
		// ("X, at the summit next week, will urge" is a plan)
		if !x.forumActAfterComma(si, k) {
			return
		}
		if pm := x.mentionAt(g - 2); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == g-1 {
			if e := x.actor(int(pm)); e >= 0 {
				subj = []int{e}
			}
		}
		verb = g
	case (w == "at" || w == "during") && g-1 >= s.First && forumActVerbs[x.lower(g-1)]:
		verb = g - 1 // "pledged at the conference"
	case w == "at" && g == s.First:
		// "At the summit in Lima, X said": the name after the phrase's
		// comma, with its act right after it
		subj, verb = x.forumFrontSubject(si, k)
		if verb < 0 {
			return
		}
		cs = s.First - 1 // the act follows the phrase: read its clause from the start
	case w == "at" && g-2 >= s.First && (x.lower(g-1) == "reporters" || x.lower(g-1) == "journalists") && forumSpeechVerbs[x.lower(g-2)]:
		verb = g - 2 // "told reporters at the conference"
	default:
		return
	}
	if subj == nil && verb == s.First && (x.lower(verb) == "addressing" || x.lower(verb) == "speaking") {
		// "Addressing a conference in Kiev, X said": the name after the
		// phrase, with its act
		subj, verb = x.forumFrontSubject(si, k)
		if verb < 0 {
			return
		}
		cs = s.First - 1
	}
	if cs < s.First {
		cs = s.First
	} else if verb <= cs || x.d.Tokens[verb].Has(segment.FlagInQuote) {
		return
	}
	for j := cs; j < verb; j++ {
		if w := x.lower(j); w == "not" || w == "never" || w == "n't" {
			return
		}
	}
	if x.planned(cs, verb) {
		return // "will tell the summit", "is due to speak to the conference"
	}
	if subj == nil {
		subj = x.clauseSubject(si, cs, verb)
		if len(subj) == 0 && x.lower(cs) == "who" && cs-2 > s.First && x.lower(cs-1) == "," {
			// "X himself, who told the summit": the name before the
			// emphatic pronoun
			if r := x.lower(cs - 2); r == "himself" || r == "herself" {
				if pm := x.mentionAt(cs - 3); pm >= 0 && x.md.Mentions[pm].Kind == mentions.Person && x.md.Mentions[pm].Last == cs-2 {
					if e := x.actor(int(pm)); e >= 0 {
						subj = []int{e}
					}
				}
			}
		}
	}
	// "X and Y told the summit": officials at a forum abroad make one
	// visit each (19.18); every one must be a person holding a post
	if len(subj) == 0 || x.remoteSpeech(si) {
		return // "told the summit by video link": he spoke from elsewhere
	}
	for _, a := range subj {
		if !x.isPerson(a) || !x.holdsPost(a) {
			return
		}
	}
	host, where := here, here
	if place >= 0 {
		pm := &x.md.Mentions[place]
		if !x.named(pm.Entry.ISO) {
			return // a city of a country the article never names is only a place (13.2)
		}
		host, where = x.country(pm.Entry.ISO), -1
		if pm.Kind == mentions.Place && pm.Entity >= 0 {
			where = pm.Entity
		}
	}
	if host < 0 {
		return
	}
	if where < 0 {
		where = host
	}
	date := x.eventDate(si, k, false, false)
	for _, a := range subj {
		own := x.personCountry(a)
		if own < 0 || x.cr.Entities[own].ID == x.cr.Entities[host].ID || x.hasVisit(a, host, kg.StatusOccurred) {
			continue // at home, of no known country, or visit already read
		}
		x.addMeeting(Meeting{Kind: kg.MeetingVisit, Status: kg.StatusOccurred, Participants: []Participant{{Entity: a, Role: "visitor"}, {Entity: host, Role: "host"}}, Date: date, Place: where, Span: Span{si, si}, Rule: "visit:forum-abroad"})
	}
}

// forumFrontSubject reads "At the summit in Lima, X said": the person
// named right after the phrase's comma whose act follows his name. It
// returns nil, -1 when the sentence goes on otherwise.
func (x *extractor) forumFrontSubject(si, k int) ([]int, int) {
	s := x.d.Sentences[si]
	for j := k + 1; j+1 < s.Last && j <= k+12; j++ {
		if x.lower(j) != "," {
			continue
		}
		pm := int32(-1)
		for _, mi := range x.bySent[si] {
			if m := &x.md.Mentions[mi]; m.Kind == mentions.Person && (m.First == j+1 || m.TitledFirst() == j+1) {
				pm = int32(mi)
				break
			}
		}
		if pm < 0 {
			return nil, -1
		}
		m := &x.md.Mentions[pm]
		if m.Possessive || m.InTitle || m.Last >= s.Last || !forumActVerbs[x.lower(m.Last)] {
			return nil, -1
		}
		e := x.actor(int(pm))
		if e < 0 {
			return nil, -1
		}
		return []int{e}, m.Last
	}
	return nil, -1
}

// forumActAfterComma reports an act of forumActVerbs right after the
// comma that closes the phrase of the gathering noun at token k ("X, at
// the summit in Lima last week, said").
func (x *extractor) forumActAfterComma(si, k int) bool {
	s := x.d.Sentences[si]
	for j := k + 1; j+1 < s.Last && j <= k+14; j++ {
		if x.lower(j) == "," {
			return forumActVerbs[x.lower(j+1)] && !x.d.Tokens[j+1].Has(segment.FlagInQuote)
		}
	}
	return false
}

// remoteSpeech reports a word of sentence si that has a speech given
// from afar ("by video link", "via satellite", "by telephone"): the
// speaker is not placed at the gathering.
func (x *extractor) remoteSpeech(si int) bool {
	s := x.d.Sentences[si]
	for j := s.First; j < s.Last; j++ {
		switch x.lower(j) {
		case "video", "videolink", "video-link", "satellite", "videoconference", "teleconference", "remotely", "telephone", "phone":
			return true
		}
	}
	return false
}
