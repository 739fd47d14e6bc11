package coref

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/internal/extract/gazetteer"
	"github.com/actorgraph/actorgraph/internal/extract/mentions"
	"github.com/actorgraph/actorgraph/internal/extract/segment"
	"github.com/actorgraph/actorgraph/internal/kg"
)

// TestCountryQualifiedBodies: a body named with its country and later
// without it, or with another form of the same country, is one body;
// a bare name written before the qualified one, or with qualified
// bodies of two countries in the story, stays apart.
func TestCountryQualifiedBodies(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in   string
		want []string // the organizations' names with mentions
	}{
		{"The Canadian Grain Board raised its forecast. The Grain Board said exports would grow.", []string{"Canadian Grain Board"}},
		{"The U.S. Coast Guard found the boat. The United States Coast Guard said all were safe.", []string{"U.S. Coast Guard"}},
		{"A Trade Ministry official in Lima spoke first. Later the Chilean Trade Ministry denied it.", []string{"Trade Ministry", "Chilean Trade Ministry"}},
		{"The Chilean Trade Ministry and the Peruvian Trade Ministry met. The Trade Ministry said nothing.", []string{"Chilean Trade Ministry", "Peruvian Trade Ministry", "Trade Ministry"}},
	}
	for _, tc := range tests {
		checkOrgNames(t, g, tc.in, tc.want)
	}
}

// TestSuffixedFirms: a firm's bare name and the same name with its legal
// suffix in one story are one firm under the fuller name; with two
// suffixed forms the bare name stays apart.
func TestSuffixedFirms(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		in   string
		want []string
	}{
		{"Volkswagen AG raised its dividend on Monday. Later Volkswagen said it would build a plant in the south.", []string{"Volkswagen AG"}},
		{"Kestral Plc and Kestral NV agreed the merger terms. Kestral Plc said its profit rose.", []string{"Kestral Plc", "Kestral NV"}},
	}
	for _, tc := range tests {
		checkOrgNames(t, g, tc.in, tc.want)
	}
}

// checkOrgNames resolves text and compares the names of the organizations
// that keep mentions with want, in any order.
func checkOrgNames(t *testing.T, g *gazetteer.Gazetteer, text string, want []string) {
	t.Helper()
	md := mentions.Find(segment.Segment(text), g)
	r := Resolve(md, g)
	var got []string
	for _, e := range r.Entities {
		if e.Kind == kg.KindOrganization && e.Mentions > 0 {
			got = append(got, e.Name)
		}
	}
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%q: organizations %q, want %q", text, got, want)
	}
}
