package eval

import (
	"fmt"
	"io"
	"strings"
)

// DescribeGold writes an article's gold in readable form, each fact next
// to the sentence it points at in text (the article's raw text). It is for
// reviewing annotations: the repository keeps only offsets.
func DescribeGold(w io.Writer, a *GoldArticle, text string) error {
	ew := &errWriter{w: w}
	opt := func(o bool) string {
		if o {
			return " (optional)"
		}
		return ""
	}
	sent := func(s Span) string {
		got, err := spanText(text, s)
		if err != nil {
			return "!! " + err.Error()
		}
		return oneLine(got)
	}
	name := a.actorName
	ew.printf("== %s [%s, %s] reference date %s (%s)\n", a.ID, a.Split, a.Source, dateStr(a.ReferenceDate), a.ReferenceBasis)
	for _, n := range a.Notes {
		ew.printf("   note: %s\n", n)
	}
	for _, p := range a.Persons {
		ew.printf("   person   %s %v%s\n", p.Name, p.Aliases, opt(p.Optional))
	}
	for _, c := range a.Countries {
		ew.printf("   country  %s %s %v%s\n", c.ISO, c.Name, c.Forms, opt(c.Optional))
	}
	for _, o := range a.Organizations {
		ew.printf("   org      %s %v%s\n", o.Name, o.Aliases, opt(o.Optional))
	}
	for _, r := range a.Roles {
		titles := strings.Join(append([]string{r.Title}, r.TitleAlts...), " / ")
		ofs := []string{}
		for _, o := range append([]string{r.Of}, r.OfAlts...) {
			if o != "" {
				ofs = append(ofs, name(o))
			}
		}
		ew.printf("   role     %s — %s — of %s%s\n            | %s\n", name(r.Person), titles, strings.Join(ofs, " / "), opt(r.Optional), sent(r.Evidence))
	}
	for _, m := range a.Meetings {
		parts := make([]string, len(m.Participants))
		for i, p := range m.Participants {
			parts[i] = name(p)
		}
		ew.printf("   meeting  %s %s %s [%s] at %s%s\n            | %s\n", m.Kind, m.Status, dateStr(m.Date), strings.Join(parts, ", "), deref(m.Place), opt(m.Optional), sent(m.Evidence))
	}
	for _, s := range a.Statements {
		var qs []string
		for _, q := range s.Quote {
			qs = append(qs, "“"+sent(q)+"”")
		}
		quote := "(reported speech)"
		if len(qs) > 0 {
			quote = strings.Join(qs, " … ")
		}
		ew.printf("   said     %s %s: %s%s\n            | %s\n", name(s.Speaker), dateStr(s.Date), quote, opt(s.Optional), sent(s.Evidence))
	}
	if ew.err != nil {
		return fmt.Errorf("describe %s: %w", a.ID, ew.err)
	}
	return nil
}
