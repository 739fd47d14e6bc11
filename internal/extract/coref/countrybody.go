package coref

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// countryQualifiedBodies joins a body named with its country in front
// ("U.S. Air Force", "Japanese Finance Ministry") and the same body
// named without it ("the Air Force said") or with another form of the
// same country ("United States Navy" after "U.S. Navy"): news names a
// national body once with its country and then drops or respells it.
// The bare name joins only when every country-qualified body of that
// name in the story is of one country and the story names it with its
// country first; a bare name the lists tie to a country of their own
// keeps it.
func (r *Result) countryQualifiedBodies(g *gazetteer.Gazetteer) {
	type qualified struct {
		e    int
		iso  string
		rest string
	}
	var qs []qualified
	ms := r.md.Mentions
	d := r.md.Seg
	for ei := range r.Entities {
		e := &r.Entities[ei]
		if e.Kind != kg.KindOrganization {
			continue
		}
		// the country opens the body's first mention: "U.S.", "Swiss",
		// "United States" (matched on the text, no new segmenting)
		if e.First < 0 || e.First >= len(ms) {
			continue
		}
		m := &ms[e.First]
		if m.Kind != mentions.Org || m.Last-m.First < 2 || m.Last > len(d.Tokens) {
			continue
		}
		var ce *gazetteer.Entry
		n := 0
		for lim := m.First + 1; lim <= m.First+2 && lim < m.Last; lim++ {
			// the country alone, not the listed body it opens ("U.S. Senate")
			if c, k := g.MatchEntity(d, m.First, lim); c != nil && k == lim-m.First && c.ISO != "" && (c.Kind == gazetteer.Country || c.Kind == gazetteer.Demonym) {
				ce, n = c, k
			}
		}
		if ce == nil {
			continue
		}
		rest := d.Text[d.Tokens[m.First+n].Start:d.Tokens[m.Last-1].End]
		if !strings.HasSuffix(e.Name, " "+rest) {
			continue
		}
		qs = append(qs, qualified{ei, ce.ISO, rest})
	}
	if len(qs) == 0 {
		return
	}
	target := make([]int, len(r.Entities)) // entity -> the body it joins + 1
	for k, q := range qs {
		// the first body of this name and country takes the others
		for j := 0; j < k; j++ {
			if qs[j].rest == q.rest && qs[j].iso == q.iso && target[qs[j].e] == 0 {
				target[q.e] = qs[j].e + 1
				break
			}
		}
	}
	for ei := range r.Entities {
		e := &r.Entities[ei]
		if e.Kind != kg.KindOrganization {
			continue
		}
		to, iso, n := -1, "", 0
		for _, q := range qs {
			if q.rest != e.Name || q.e == ei {
				continue
			}
			if n > 0 && q.iso != iso {
				n = -1
				break
			}
			if n == 0 {
				to, iso = q.e, q.iso
			}
			n++
		}
		if n <= 0 || e.CountryID != "" && e.CountryID != kg.CountryID(iso) {
			continue
		}
		if e.First < 0 || r.Entities[to].First < 0 || e.First < r.Entities[to].First {
			continue // "a Foreign Ministry official in Tokyo" before "the Brazilian Foreign Ministry": named bare first, another country's may be meant
		}
		if t := target[to]; t > 0 {
			to = t - 1
		}
		target[ei] = to + 1
	}
	r.redirect(target)
}

// redirect moves the mentions of every entity e with target[e] > 0 to
// entity target[e]-1, which takes the earlier first mention of the two.
func (r *Result) redirect(target []int) {
	ms := r.md.Mentions
	for i := range ms {
		if e := ms[i].Entity; e >= 0 && e < len(target) && target[e] > 0 {
			ms[i].Entity = target[e] - 1
		}
	}
	for from, t := range target {
		if t > 0 && r.Entities[from].First >= 0 && (r.Entities[t-1].First < 0 || r.Entities[from].First < r.Entities[t-1].First) {
			r.Entities[t-1].First = r.Entities[from].First
		}
	}
}

// suffixedFirms joins a firm named bare ("Intel", "Volkswagen") and the
// same name with its legal suffix ("Intel Corp", "Volkswagen AG") in one
// story: the suffix is the registered form of the same company, and the
// fuller form is the canonical name (GUIDELINES §2). Two suffixed forms
// ("Unilever Plc", "Unilever NV") are two companies; the bare name then
// stays apart.
func (r *Result) suffixedFirms() {
	var target []int // bare entity -> suffixed entity + 1
	for ei := range r.Entities {
		e := &r.Entities[ei]
		if e.Kind != kg.KindOrganization {
			continue
		}
		base := e.Name
		cut := false
		for {
			sp := strings.LastIndexByte(base, ' ')
			if sp <= 0 || !mentions.LegalSuffix(base[sp+1:]) {
				break
			}
			base, cut = base[:sp], true
		}
		if !cut {
			continue
		}
		for bi := range r.Entities {
			b := &r.Entities[bi]
			if bi == ei || b.Kind != kg.KindOrganization || b.Name != base {
				continue
			}
			if target == nil {
				target = make([]int, len(r.Entities))
			}
			if target[bi] != 0 && target[bi] != ei+1 {
				target[bi] = -1 // two suffixed forms: two companies
			} else if target[bi] == 0 {
				target[bi] = ei + 1
			}
		}
	}
	if target == nil {
		return
	}
	for bi, t := range target {
		if t <= 0 {
			continue
		}
		to, from := &r.Entities[t-1], &r.Entities[bi]
		if to.OrgKind == "" {
			to.OrgKind = from.OrgKind
		}
		if to.CountryID == "" {
			to.CountryID = from.CountryID
		}
	}
	r.redirect(target)
}
