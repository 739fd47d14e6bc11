package events

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/segment"

	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// previousSubjectBody returns the holder of a bare body post that opens
// its sentence before a name ("Health spokesman X said ...") when the
// sentence right before (in the paragraph or closing the one before)
// opens with an organization as
// its subject and a verb of its stand ("The Liberal Democrats say they
// oppose it."): news gives a body's stand, then its officer's words. Not
// a bare spokesman after a firm (he may speak for the other side of a
// deal); -1 otherwise.
func (x *extractor) previousSubjectBody(m *mentions.Mention, t *mentions.Title) int {
	si := m.Sent
	if si <= 0 || si >= len(x.d.Sentences) || t.First != x.d.Sentences[si].First {
		return -1
	}
	if w := strings.Fields(t.Text); len(w) > 1 {
		for _, q := range w[:len(w)-1] {
			if len(q) <= 4 && strings.ToUpper(q) == q && strings.ToLower(q) != q {
				return -1 // "B and C managing director": a body's own short name, not the subject's
			}
		}
	}
	prev := &x.d.Sentences[si-1]
	if prev.Para < x.d.Sentences[si].Para-1 || prev.Headline || prev.Dateline {
		return -1
	}
	k := prev.First
	if x.lower(k) == "the" {
		k++
	}
	om := x.mentionAt(k)
	if om >= 0 && x.md.Mentions[om].Kind == mentions.Surname {
		om = -1 // "Civil rights group X": a capitalised opening word, no name
	}
	for j := k; om < 0 && j < prev.Last && j < k+4; j++ {
		// "Civil rights group Liberty said": a description of the body first
		if q := x.mentionAt(j); q >= 0 && x.md.Mentions[q].Kind != mentions.Surname || x.d.Tokens[j].Kind != segment.Word {
			break
		}
		if bodyDescriptionNoun(x.lower(j)) {
			om = x.mentionAt(j + 1)
			k = j + 1
			break
		}
	}
	if om < 0 {
		return -1
	}
	o := &x.md.Mentions[om]
	if o.Kind != mentions.Org || o.First != k || o.Entity < 0 || o.Entity >= len(x.cr.Entities) || o.Possessive || o.InTitle || x.cr.Entities[o.Entity].Kind != kg.KindOrganization {
		return -1
	}
	if v := o.Last; v >= prev.Last || !x.stanceVerb(v, prev.Last) {
		return -1
	}
	if spokesmanTitle(t.Text) {
		switch x.cr.Entities[o.Entity].OrgKind {
		case "", "COMPANY":
			return -1 // a firm's story: a bare spokesman may speak for another side of the deal
		}
	}
	return o.Entity
}

// stanceVerb reports the verb of a body stating its stand right after
// it: "says", "said", "has said", "argues", "warned".
func (x *extractor) stanceVerb(k, last int) bool {
	switch x.lower(k) {
	case "has", "have", "had":
		return k+1 < last && stanceWord(x.lower(k+1))
	}
	return stanceWord(x.lower(k))
}

func stanceWord(w string) bool {
	switch w {
	case "said", "says", "say", "believes", "believe", "argues", "argue", "argued", "claims", "claim", "claimed",
		"insists", "insist", "insisted", "warned", "warns", "warn", "urged", "urges", "urge", "wants", "want":
		return true
	}
	return false
}

// spokesmanTitle reports a bare "spokesman" with no portfolio before it.
func spokesmanTitle(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

// bodyDescriptionNoun: nouns that describe a body right before its name
// ("pressure group X", "the charity Y").
func bodyDescriptionNoun(w string) bool {
	switch w {
	case "group", "charity", "organisation", "organization", "union", "body", "campaign", "association", "watchdog",
		"lobby", "federation", "party", "firm", "company", "think-tank", "institute", "council":
		return true
	}
	return false
}
