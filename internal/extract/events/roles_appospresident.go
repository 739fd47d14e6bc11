package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// apposPresidentHolder reads a firm's president in apposition after a
// name, which the lists make a country's post: "X, Acme president,
// said" is the president of the organization the capitalised words
// before the post name (orgNamed, or one organization mention); "Y,
// executive vice president, said", with no words of a body, is the
// president of the story's company (leadCompany). The apposition must
// close right after the post. It returns the holder and the title
// without the body's words, or -1.
func (x *extractor) apposPresidentHolder(t *mentions.Title, m *mentions.Mention, title string) (int, string) {
	last := x.d.Sentences[m.Sent].Last
	if t.Of >= 0 || t.OfISO != "" || t.Unnamed || t.Former || t.Last >= last || t.First <= m.Last || t.First >= last {
		return -1, ""
	}
	if w := x.lower(t.Last); w != "," && w != "." && !mentions.IsSpeechVerb(w) {
		return -1, "" // "X, president of ...": not a closed apposition
	}
	k := t.First
	if w := x.lower(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	first := k
	for k < t.Last && x.d.Tokens[k].Kind == segment.Word && x.d.Tokens[k].Has(segment.FlagCap) && !strings.HasPrefix(strings.ToLower(title), x.lower(k)) {
		k++
	}
	if k == first {
		// "X, executive vice president, said" in a story on one company
		if x.lower(first-1) != "," || x.lower(t.Last) == "." && t.Last+1 < last || x.unknownNameIn(m.Sent) {
			return -1, ""
		}
		c := x.leadCompany()
		for _, mi := range x.bySent[m.Sent] {
			if q := &x.md.Mentions[mi]; (q.Kind == mentions.Org || q.Kind == mentions.Country) && q.Entity != c {
				return -1, "" // another body of the sentence may hold it
			}
		}
		return c, title
	}
	if k-first > 3 || k >= t.Last {
		// k at t.Last: no word of the span opens the title's text (a
		// title text the finder wrote otherwise), and rest below would
		// slice backwards
		return -1, ""
	}
	of := -1
	if om := x.mentionAt(first); om >= 0 && x.md.Mentions[om].Kind != mentions.Surname {
		if q := &x.md.Mentions[om]; q.Kind == mentions.Org && q.First == first && q.Last == k {
			of = q.Entity
		} else {
			return -1, "" // a country's, a person's word
		}
	} else {
		of = x.orgNamed(x.d.Text[x.d.Tokens[first].Start:x.d.Tokens[k-1].End])
	}
	if of < 0 || !bodyFits("company", &x.cr.Entities[of]) && x.cr.Entities[of].OrgKind != "" {
		return -1, ""
	}
	rest := strings.TrimSpace(x.d.Text[x.d.Tokens[k].Start:x.d.Tokens[t.Last-1].End])
	return of, strings.Join(strings.Fields(rest), " ")
}

// unknownNameIn reports a capitalised word outside quotations in sentence
// si, past its first word, that no mention covers: a body the lists do
// not know ("Sources close to Farmers Commodities said ..., X, president,
// ...") may hold a bare post there.
func (x *extractor) unknownNameIn(si int) bool {
	s := x.d.Sentences[si]
	for k := s.First + 1; k < s.Last && k < len(x.d.Tokens); k++ {
		tk := x.d.Tokens[k]
		if tk.Kind != segment.Word || !tk.Has(segment.FlagCap) || tk.Has(segment.FlagInQuote) {
			continue
		}
		if x.mentionAt(k) >= 0 {
			continue
		}
		if w := x.lower(k - 1); w == "." || w == "\"" || w == ":" {
			continue // a new clause or a quotation opens with a capital
		}
		if segment.IsMonth(x.text(k)) || isWeekday(x.lower(k)) {
			continue
		}
		return true
	}
	return false
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}
