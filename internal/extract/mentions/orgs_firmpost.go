package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// firmOnlyPost: a post that only a company has ("chief executive",
// "CEO"): capitalised words written right before it name the firm.
func firmOnlyPost(head string) bool {
	switch head {
	case "Chief Executive", "Chief Executive Officer", "CEO", "Chief Operating Officer", "Chief Financial Officer", "Managing Director":
		return true
	}
	return false
}

// firmsBeforeFirmPost reads the capitalised words right before a
// firm-only post written before a person's name ("Kellmar Foods chief
// executive Ann Roe") as the firm's name when no rule typed them: the
// post says they name a company. Only when the words hold no mention
// but surname or place mentions inside them ("Air" and "Berlin" in "Air
// Berlin" become the one firm), and not a title modifier or "former"
// before the post ("Deputy CEO"), a lone class noun ("Group CEO"), a lone
// place ("London managing director": an office), nor words the article
// writes inside a longer name (the roles read those as that firm).
func (f *finder) firmsBeforeFirmPost() {
	ms := f.md.Mentions
	n := len(ms)
	for mi := 0; mi < n; mi++ {
		m := &f.md.Mentions[mi]
		t := m.Title
		if m.Kind != Person || t == nil || t.Appositive || t.Of >= 0 || t.OfISO != "" || t.Head == nil || !firmOnlyPost(t.Head.Name) {
			continue
		}
		hw := len(strings.Fields(t.Head.Name))
		k := m.First - hw // where the post's words begin
		si := m.Sent
		if si < 0 || si >= len(f.d.Sentences) || k <= f.d.Sentences[si].First || k < t.First {
			continue
		}
		var b strings.Builder
		for q := k; q < m.First; q++ {
			if q > k {
				b.WriteByte(' ')
			}
			b.WriteString(f.d.Lower(q))
		}
		if b.String() != strings.ToLower(t.Head.Name) {
			continue
		}
		first := f.d.Sentences[si].First
		j := k - 1
		for j >= first && k-j <= 4 && f.isCap(j) && !f.tok(j).Has(segment.FlagPossessive) && !f.tok(j).Has(segment.FlagAllCaps) {
			j--
		}
		s := j + 1
		for s < k && s == first && sentenceOpener(f.d.Lower(s)) {
			s++ // "Although Kellmar Foods CEO": the sentence's opening word is no part of the name
		}
		if s >= k || j >= first && f.isCap(j) || len(f.d.TokenText(s)) < 2 {
			continue // nothing left, a longer capitalised run than a name, or a lone letter
		}
		if s > first && nameJoiner(f.d.Lower(s-1)) {
			continue // "B and C managing director": the tail of a longer name
		}
		lw := f.d.Lower(k - 1)
		if isTitleModifier(lw) || isFormer(lw) || k-s == 1 && (bodyClassNoun(lw) || givenWord(f, s)) {
			continue
		}
		inside, ok := -1, true
		var extra []int
		for q := s; q < k && ok; q++ {
			c := int(f.md.ByToken[q])
			if c < 0 {
				continue
			}
			cm := &f.md.Mentions[c]
			switch {
			case cm.Kind != Surname && cm.Kind != Place, cm.First < s:
				ok = false
			case inside < 0:
				inside = c
			case inside != c:
				extra = append(extra, c)
			}
		}
		if inside >= 0 && len(extra) == 0 && f.md.Mentions[inside].Kind == Place && f.md.Mentions[inside].First == s && f.md.Mentions[inside].Last == k {
			ok = false // "London managing director": the firm's office in a place, not a firm
		}
		if !ok {
			continue
		}
		name := f.d.Text[f.d.Tokens[s].Start:f.d.Tokens[k-1].End]
		if _, short := f.acr[name]; short || k-s == 1 && innerCapital(name) || f.insideOrgName(name) || f.tailOfLongerName(s) {
			continue // "Nobel chairman" after "Nobel Industries", "EdF" after "Electricite de France (EdF)": the roles read it as that firm
		}
		for _, c := range extra {
			f.md.Mentions[c].Kind = 0 // "Berlin" in "Air Berlin": a word of the firm's name, dropped below
		}
		if inside >= 0 {
			o := &f.md.Mentions[inside]
			o.Kind, o.First, o.Last, o.Gender, o.Entry, o.AsPlace, o.CityOnly = Org, s, k, 0, nil, false, false
			o.Start, o.End, o.Name, o.OrgName = int(f.d.Tokens[s].Start), int(f.d.Tokens[k-1].End), name, name
			for q := s; q < k; q++ {
				f.md.ByToken[q] = int32(inside)
			}
			continue
		}
		f.sent = si
		f.addOrgRun(s, k-s)
	}
	f.md.dropUnkinded()
}

// dropUnkinded removes the mentions a rule emptied (Kind 0), renumbering
// the references between the rest (renumber).
func (md *Doc) dropUnkinded() {
	ms := md.Mentions
	n := 0
	var newIdx []int // nil until a mention is dropped: most articles drop none
	for i := range ms {
		if ms[i].Kind == 0 {
			if len(newIdx) == 0 {
				newIdx = make([]int, len(ms))
				for j := 0; j < i; j++ {
					newIdx[j] = j
				}
			}
			newIdx[i] = -1
			continue
		}
		if len(newIdx) > 0 {
			newIdx[i] = n
		}
		ms[n] = ms[i]
		n++
	}
	if len(newIdx) == 0 {
		return
	}
	md.Mentions = ms[:n]
	md.renumber(newIdx)
}

// givenWord: a listed given name ("Ann CEO" is no firm).
func givenWord(f *finder, i int) bool {
	_, ok := f.word(i).Given()
	return ok
}

// insideOrgName reports an organization the article names with more
// words around name ("Nobel Industries" or "E.F. Hutton Group" for
// "Nobel", "Hutton").
func (f *finder) insideOrgName(name string) bool {
	for i := range f.md.Mentions {
		o := &f.md.Mentions[i]
		if o.Kind != Org || len(o.Name) <= len(name) {
			continue
		}
		if strings.HasPrefix(o.Name, name+" ") || strings.HasSuffix(o.Name, " "+name) || strings.Contains(o.Name, " "+name+" ") {
			return true
		}
	}
	return false
}

// sentenceOpener: a capitalised word opening a sentence that is no part
// of a name after it ("Although Kellmar Foods CEO ...").
func sentenceOpener(w string) bool {
	switch w {
	case "although", "though", "but", "and", "or", "so", "yet", "when", "while", "whereas", "after", "before", "since", "because", "as", "if", "once", "until",
		"meanwhile", "however", "then", "also", "still", "today", "yesterday", "now", "earlier", "later", "last", "on", "in", "at", "by", "for", "from", "with", "the", "a", "an":
		return true
	}
	return false
}

// nameJoiner: a lower-case word inside a firm's name ("B and C").
func nameJoiner(w string) bool {
	switch w {
	case "and", "&", "of", "de", "du", "von", "van", "la", "del", "y":
		return true
	}
	return false
}

// tailOfLongerName reports the word at s written elsewhere in the
// article after another capitalised word inside its sentence ("the
// Manchester United manager" for "United chief executive"): the firm's
// fuller name, which the post alone does not give. Read only when the
// rule is about to fire, not per token.
func (f *finder) tailOfLongerName(s int) bool {
	w := f.d.TokenText(s)
	for si := range f.d.Sentences {
		sn := f.d.Sentences[si]
		for q := sn.First + 1; q < sn.Last && q < len(f.d.Tokens); q++ {
			if q != s && f.d.TokenText(q) == w && f.isCap(q-1) && !sentenceOpener(f.d.Lower(q-1)) && (q-1 > sn.First || !f.word(q-1).IsStop()) {
				return true
			}
		}
	}
	return false
}

// placeOpenedFirm is the number of capitalised words after the place or
// country entry e (n words from k) that with it name the holder of a
// company post written "post of/at/for" ("X, chairman of Norland Air,"):
// 0 unless the place is followed straight away by a firm-shaped run that
// ends the phrase (firmRun: punctuation or a speech verb after it, no
// title, month or known mention inside). Not a lone department word
// ("UK Equities", "China Sales") nor a lone class head ("Texas Bank" is
// read by the org rules when it is one), nor a place before another place.
func (f *finder) placeOpenedFirm(e *gazetteer.Entry, k, n int, prep string) int {
	switch e.Kind {
	case gazetteer.Country, gazetteer.Demonym, gazetteer.Place, gazetteer.Capital:
	default:
		return 0
	}
	if prep != "of" && prep != "at" && prep != "for" || k+n >= f.last || !f.isCap(k+n) {
		return 0
	}
	if mi := f.md.ByToken[k+n]; mi >= 0 && f.md.Mentions[mi].Kind != Surname {
		return 0
	}
	tn := f.firmRun(k + n)
	if tn <= 0 || n+tn > 5 {
		return 0
	}
	if tn == 1 && (departmentNoun(f.lower(k+n)) || givenWord(f, k+n)) {
		return 0
	}
	return tn
}
