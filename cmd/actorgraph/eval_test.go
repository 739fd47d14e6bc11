package main

import (
	"testing"
)

// TestEvalArticleFlagKeepsCommas: Wikinews gold ids hold commas, so --article
// must take each value whole rather than split it as a list.
func TestEvalArticleFlagKeepsCommas(t *testing.T) {
	a := &app{}
	cmd := a.evalCommand()
	id := "wikinews-Mayor_of_Somewhere,_Country_resigns"
	if err := cmd.ParseFlags([]string{"--article", id, "--article", "bbc-politics-001"}); err != nil {
		t.Fatal(err)
	}
	got, err := cmd.Flags().GetStringArray("article")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != id || got[1] != "bbc-politics-001" {
		t.Errorf("--article values = %q, want [%q bbc-politics-001]", got, id)
	}
}
