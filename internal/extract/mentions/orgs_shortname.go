package mentions

import (
	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// firmShort is a company's name written without its legal ending (and
// one trade word before it) that the article may use after naming the
// firm in full: "Waste Management" for "Waste Management Inc",
// "Southwest Forest" for "Southwest Forest Industries Inc", "USX" for
// "USX Corp".
type firmShort struct {
	words []string
	of    int  // the mention naming the firm in full
	bare  bool // capitals opening the name: only where no other reading took them
}

// firmShortForms marks the short forms of the companies the article
// names in full: a capitalised run that is the name without its legal
// ending, neither inside a longer capitalised run nor opening one, is a
// mention of that firm, when no other reading took its words or one
// took them as a bare name or a country word ("American Motors" after
// "American Motors Corp": the country only inside a firm's name).
// Reuters calls a company "Waste Management" or "USX" once it has
// written "Waste Management Inc"; without this the later sentences (its
// statements, its talks with other firms) lose their actor. One pass
// over the tokens, looking up capitalised words only.
func (f *finder) firmShortForms() {
	ms := f.md.Mentions
	var byFirst map[string][]firmShort
	for i := range ms {
		m := &ms[i]
		if m.Kind != Org || m.ShortForm || m.Portfolio || m.InTitle || m.Last-m.First < 2 {
			continue
		}
		// the document's lower-case words (d.Lower), not strings.ToLower:
		// this runs for every org mention and ToLower allocates
		if w := f.text(m.First); f.tok(m.First).Has(segment.FlagAllCaps) && len(w) >= 2 && len(w) <= 5 && !legalSuffix(w) && (legalSuffix(f.text(m.Last-1)) || firmWord(f.d.Lower(m.Last-1)) || tradeWord(f.d.Lower(m.Last-1))) {
			// "KLM" after "KLM Royal Dutch Airlines", "BAT" after "BAT
			// Industries": the capitals that open a firm's name
			if byFirst == nil {
				byFirst = map[string][]firmShort{}
			}
			byFirst[w] = append(byFirst[w], firmShort{words: []string{w}, of: i, bare: true})
		}
		end := m.Last
		legal := false
		for end-1 > m.First && (legalSuffix(f.text(end-1)) || f.text(end-1) == ",") {
			end--
			legal = legal || f.text(end) != ","
		}
		if !legal {
			continue
		}
		add := func(e int) {
			n := e - m.First
			if n < 1 || n == 1 && !f.tok(m.First).Has(segment.FlagAllCaps) {
				return // one word: only a name in capitals ("USX"); other lone words are coref's
			}
			ws := make([]string, n)
			for k := range ws {
				ws[k] = f.text(m.First + k)
				if k == n-1 && functionWord(f.d.Lower(m.First+k)) {
					return
				}
			}
			if byFirst == nil {
				byFirst = map[string][]firmShort{}
			}
			byFirst[ws[0]] = append(byFirst[ws[0]], firmShort{words: ws, of: i})
		}
		add(end)
		if end-1 > m.First && firmWord(f.d.Lower(end-1)) {
			add(end - 1) // "Southwest Forest Industries Inc": "Southwest Forest"
		}
	}
	if byFirst == nil {
		return
	}
	d := f.d
	dropped := false
	defer func() {
		if dropped {
			f.md.dropUnkinded()
		}
	}()
	for k := 0; k < len(d.Tokens); k++ {
		t := d.Tokens[k]
		if t.Kind != segment.Word || !t.Has(segment.FlagCap) {
			continue
		}
		cands, ok := byFirst[d.TokenText(k)]
		if !ok || k > 0 && d.Tokens[k-1].Kind == segment.Word && d.Tokens[k-1].Has(segment.FlagCap) && !f.word(k-1).IsStop() && !f.sentenceStart(k) {
			continue
		}
		for _, c := range cands {
			n := len(c.words)
			if k+n > len(d.Tokens) || !f.shortFormAt(k, c.words) {
				continue
			}
			if c.bare && (f.md.ByToken[k] >= 0 || f.word(k).StartsEntity() || f.word(k).IsStop() || f.bareNames(cands) > 1) {
				continue // "UK" of "UK Atomic Energy Authority" stays the country; "BHP" of two firms is either
			}
			if e := k + n; e < len(d.Tokens) && d.Tokens[e].Kind == segment.Word && d.Tokens[e].Has(segment.FlagCap) && !d.Tokens[e].Has(segment.FlagNewline) {
				continue // a longer name: the full one, or another firm's
			}
			if f.insideTitle(k, k+n) {
				continue // "BPI president X": the title's reading of the firm stands
			}
			full := &f.md.Mentions[c.of]
			if cover := f.coveringWords(k, k+n); len(cover) > 0 {
				// a bare name or a country word read inside the very same
				// words ("American Motors", "National Intergroup"): the firm
				mi := cover[0]
				for _, o := range cover[1:] {
					f.md.Mentions[o].Kind = 0 // "American" and "Motors": one name
					dropped = true
				}
				pm := &f.md.Mentions[mi]
				pm.Kind, pm.OrgName, pm.Entry, pm.Gender = Org, full.OrgName, full.Entry, 0
				pm.First, pm.Last = k, k+n
				pm.Start, pm.End = int(d.Tokens[k].Start), int(d.Tokens[k+n-1].End)
				pm.Name = d.Text[pm.Start:pm.End]
				pm.Possessive = k+n < len(d.Tokens) && d.Tokens[k+n].Has(segment.FlagPossessive)
				for r := k; r < k+n; r++ {
					f.md.ByToken[r] = int32(mi)
				}
				break
			}
			f.sent = d.SentenceAt(int(t.Start))
			f.add(Mention{Kind: Org, First: k, Last: k + n, OrgName: full.OrgName, Entry: full.Entry})
			break
		}
	}
}

// shortFormAt reports the words ws at token k, taken by no mention
// other than those coveringWords allows.
func (f *finder) shortFormAt(k int, ws []string) bool {
	for r, w := range ws {
		if f.d.TokenText(k+r) != w {
			return false
		}
	}
	return f.coveringWords(k, k+len(ws)) != nil
}

// coveringWords lists the mentions inside tokens [k, e): bare names (no
// title, honorific or apposition), one-word countries or places, and
// one-word bodies the lists do not know ("American", "Motors"), each
// lying wholly inside. It is empty (not nil) when no mention takes a
// token, and nil when another mention or one reaching outside takes one.
func (f *finder) coveringWords(k, e int) []int {
	out := []int{}
	for r := k; r < e; r++ {
		mi := f.md.ByToken[r]
		if mi < 0 || len(out) > 0 && out[len(out)-1] == int(mi) {
			continue
		}
		m := &f.md.Mentions[mi]
		if m.First < k || m.Last > e || m.InTitle || m.Owner >= 0 {
			return nil
		}
		switch m.Kind {
		case Person, Surname:
			if m.Title != nil || m.Hon != "" || m.Appos != nil {
				return nil
			}
		case Country, Place:
			if m.Last-m.First != 1 {
				return nil
			}
		case Org:
			if m.Entry != nil {
				return nil // a body the lists know ("CBS") stays itself
			}
			if m.Last-m.First != 1 && !(m.First == k && m.Last == e && m.Title == nil) {
				return nil // a longer body; the very words ("Lucky Stores" of "Lucky Stores Inc") are the firm's
			}
		default:
			return nil
		}
		out = append(out, int(mi))
	}
	return out
}

// insideTitle reports tokens [k, e) inside the title of a person named
// right after them ("BPI president and chief executive X").
func (f *finder) insideTitle(k, e int) bool {
	for j := e; j < len(f.d.Tokens) && j < e+8; j++ {
		if mi := f.md.ByToken[j]; mi >= 0 {
			m := &f.md.Mentions[mi]
			return m.Kind == Person && m.Title != nil && m.Title.First <= k
		}
	}
	return false
}

// bareNames counts the firms whose names the capitals of cands open.
func (f *finder) bareNames(cands []firmShort) int {
	n, first := 0, ""
	for _, c := range cands {
		if !c.bare {
			continue
		}
		if name := f.md.Mentions[c.of].OrgName; n == 0 || name != first {
			if n == 0 {
				first = name
			}
			n++
		}
	}
	return n
}
