package events

import "testing"

// TestStatementsInformed: "advised/informed/assured/reminded/notified
// <listener> that ..." reports words told to a listener; not an
// adjective ("informed sources"), not "informed X of Y" with no
// clause, not a passive ("was informed that").
func TestStatementsInformed(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "advised a listener that", in: "The Ruvanian Department of Health has advised parents that \"powdered milk is not sterile\".",
			want: []string{"Ruvanian Department of Health"}},
		{name: "informed, adverb before", in: "Kestrel Partners earlier informed Dorvale that it holds 2 pct of its shares.",
			want: []string{"Kestrel Partners"}},
		{name: "reminded a conference", in: "Tomas Verel reminded the news conference that the talks could take years.",
			want: []string{"Tomas Verel"}},
		{name: "adjective", in: "Well informed sources said that Kestrel Partners will sell.",
			want: nil},
		{name: "informed of, no clause", in: "Kestrel Partners informed the board of its plans.",
			want: nil},
		{name: "passive", in: "Tomas Verel was informed that the talks had failed.",
			want: nil},
	})
}

// TestStatementsAttemptPersuade: "sought to reassure Y that ...", "tried
// to convince Y that ...": words aimed at a listener, framed as an
// attempt, are the subject's statement (GUIDELINES 20.11); the same verbs
// with no reported clause ("by cutting", "to sell") are acts.
func TestStatementsAttemptPersuade(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "sought to reassure", in: "Lena Marsh has sought to reassure farmers that the grain subsidy will stay.",
			want: []string{"Lena Marsh"}},
		{name: "tried to convince", in: "Tomas Verel tried to convince the council that the bridge was safe.",
			want: []string{"Tomas Verel"}},
		{name: "by an act", in: "Lena Marsh has sought to reassure farmers by cutting the levy.",
			want: nil},
		{name: "to do", in: "Tomas Verel tried to persuade the council to close the bridge.",
			want: nil},
		{name: "no attempt verb", in: "Lena Marsh wants to persuade farmers that the levy is fair.",
			want: nil},
	})
}
