package mentions

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"
)

// firmsByOwnershipCue turns a lone capitalised word that no rule typed (a
// Surname mention coref would keep or drop as a person's) into a firm's
// name when the article writes the same word where only a company
// stands: what its shares are held in ("shares of W", "a stake in W",
// "W's shareholders", "W shares"), or the other side of a merger or a takeover
// ("merger with W", "takeover of W", "acquisition of W"). Shares are not
// held in a person nor is a person merged with or taken over, so the
// talks and deals such a firm takes part in keep it as a party
// (bodiesSpeakingByDocCue needs the word to speak; these firms are often
// only talked about). The guards are bodiesSpeakingByDocCue's (no listed
// given name, title or stop word, not written in lower case, after a
// given name, inside a longer name, nor as a word of a person's name)
// and a name's shape: written inside a sentence somewhere, no hyphenated
// modifier ("London-based"), no plural in -s, no possessive firm name
// ("Heck's Inc").
func (f *finder) firmsByOwnershipCue() {
	if !f.ownershipWordInDoc() {
		return // no cue word anywhere: ownershipCueInDoc is false for every word
	}
	ms := f.md.Mentions
	// the two whole-article scans depend on the word alone: once per word
	cue := map[string]bool{}
	for mi := range ms {
		m := &ms[mi]
		if m.Kind != Surname || m.Last-m.First != 1 || m.Weak || m.Title != nil || m.Hon != "" {
			continue
		}
		i := m.First
		w := f.text(i)
		if len(w) < 3 || f.tok(i).Has(segment.FlagAllCaps) || strings.ContainsAny(w, ".0123456789") || innerCapital(w) {
			continue
		}
		if h := strings.LastIndexByte(w, '-'); h >= 0 && (h+1 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z') {
			continue // "London-based", "Two-for-one": a modifier, no name
		}
		lw := f.word(i)
		if _, given := lw.Given(); given || lw.IsStop() || lw.StartsTitle() || lw.StartsEntity() {
			continue
		}
		ok, seen := cue[w]
		if !seen {
			ok = f.midSentenceInDoc(w) && f.ownershipCueInDoc(w)
			cue[w] = ok
		}
		if !ok {
			continue
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			continue // "Fishers shares" for Fisher Foods: a plural or a possessive slip
		}
		if f.possessiveNameInDoc(w) || f.lowerInDoc(i) || f.surnameInDoc(i) || f.nameGoesOnInDoc(w) || f.personWordInDoc(w) || f.joinedNameInDoc(w) {
			continue
		}
		name := f.fullerFirmName(i, i+1)
		for k := range ms {
			if ms[k].Kind == Surname && ms[k].Last-ms[k].First == 1 && f.text(ms[k].First) == w && ms[k].Title == nil && ms[k].Hon == "" {
				ms[k].Kind, ms[k].OrgName, ms[k].Gender = Org, name, 0
			}
		}
	}
}

// ownershipWordInDoc reports whether the article has any of the words
// ownershipCueInDoc looks for around a name; most have none, and then no
// word needs its scan.
func (f *finder) ownershipWordInDoc() bool {
	d := f.d
	for k, t := range d.Tokens {
		if t.Kind != segment.Word {
			continue
		}
		switch d.Lower(k) {
		case "shares", "shareholders", "stockholders", "stake", "stakes", "shareholding", "shareholdings",
			"takeover", "acquisition", "buyout", "merger", "merge", "merged", "merging":
			return true
		}
	}
	return false
}

// ownershipCueInDoc reports the word w written somewhere in the article
// as what shares are held in or as the other side of a merger or a
// takeover (see firmsByOwnershipCue). The word must be a name of its own
// there: not after a capitalised word other than "The" ("British
// Telecom shares") nor before a capital, a number, "&", "and", an
// apostrophe or a foreign connector ("a stake in Torvano Holdings",
// "Pier 1", "Pay 'N Pak", "Duffour et Igon"), nor a town before its
// state ("Tacoma, Wash."). After "merger with" and the like the name
// closes its phrase ("takeover of Scotch whisky maker X" names a trade).
// "stock" is left out: "Exchequer stock", "Nikkei stock index" are no
// firm's.
func (f *finder) ownershipCueInDoc(w string) bool {
	d := f.d
	wlen := int32(len(w))
	n := len(d.Tokens)
	for k, t := range d.Tokens {
		if t.Kind != segment.Word || t.End-t.Start != wlen || d.Text[t.Start:t.End] != w {
			continue
		}
		if k+1 < n {
			nt := d.Tokens[k+1]
			nw := d.TokenText(k + 1)
			if nt.Kind == segment.Word && (nt.Has(segment.FlagCap) || nt.Has(segment.FlagAllCaps)) && !nt.Has(segment.FlagNewline) || nt.Kind == segment.Number {
				continue
			}
			if nw == "&" || nw == "and" || nw == "-" || nw == "/" || nw == "'" || strings.HasPrefix(nw, "'") && !nt.Has(segment.FlagPossessive) || foreignConnector(nw) {
				continue
			}
			if nw == "," && k+2 < n && d.Tokens[k+2].Has(segment.FlagCap) {
				continue
			}
		}
		if k >= 1 {
			if p := d.Tokens[k-1]; p.Kind == segment.Word && p.Has(segment.FlagCap) && d.TokenText(k-1) != "The" || foreignConnector(d.TokenText(k-1)) {
				continue
			}
		}
		// after the name: "W shares", "W's shareholders"; not opening a
		// sentence, where "Preferred shares", "Existing shareholders" are
		// common words
		q := k + 1
		if q < n && d.Tokens[q].Has(segment.FlagPossessive) {
			q++ // "W's": the possessive is a token of its own
		}
		if q < n && d.Tokens[q].Kind == segment.Word && !d.Tokens[q].Has(segment.FlagCap) && k >= 1 && d.Tokens[k-1].Kind == segment.Word && !f.sentenceStart(k) {
			switch d.Lower(q) {
			case "shares", "shareholders", "stockholders":
				return true
			}
		}
		if k-2 < 0 {
			continue
		}
		if e := k + 1; e < n && d.Tokens[e].Kind == segment.Word && !d.Tokens[e].Has(segment.FlagPossessive) && !functionWord(d.Lower(e)) && !auxVerb(d.Lower(e)) {
			continue // "a takeover of Scotch whisky maker X"
		}
		p1, p2 := d.Lower(k-1), d.Lower(k-2)
		switch p1 {
		case "in":
			switch p2 {
			case "shares", "stake", "stakes", "shareholding", "shareholdings":
				return true
			}
		case "of":
			switch p2 {
			case "shares", "takeover", "acquisition", "buyout":
				return true
			}
		case "with":
			switch p2 {
			case "merger", "merge", "merged", "merging":
				return true
			}
		}
	}
	return false
}

// possessiveNameInDoc reports w written somewhere before "'s" and a
// legal suffix ("Heck's Inc"): the firm's name is the possessive form.
func (f *finder) possessiveNameInDoc(w string) bool {
	d := f.d
	for k := 0; k+2 < len(d.Tokens); k++ {
		if d.TokenText(k) == w && d.Tokens[k+1].Has(segment.FlagPossessive) && legalSuffix(d.TokenText(k+2)) {
			return true
		}
	}
	return false
}

// midSentenceInDoc reports the word w written somewhere in the article
// inside a sentence, not only opening one: a name keeps its capital
// everywhere, a common word ("Remaining", "Average") has it only first.
func (f *finder) midSentenceInDoc(w string) bool {
	d := f.d
	for k := 1; k < len(d.Tokens); k++ {
		if d.TokenText(k) != w || f.sentenceStart(k) || d.Tokens[k].Has(segment.FlagNewline) {
			continue
		}
		if p := d.Tokens[k-1]; p.Kind == segment.Word || d.TokenText(k-1) == "," {
			return true // not after a quotation mark or a colon, which open a clause
		}
	}
	return false
}

// auxVerb: auxiliaries that may follow a name closing its phrase ("the
// merger with W was approved").
func auxVerb(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can", "did", "does":
		return true
	}
	return false
}
