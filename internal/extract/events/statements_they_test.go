package events

import "testing"

// TestStatementsTheyContinues: a subject "they" opening its clause right
// after a body's statement goes on with that body (news prose makes
// companies and parties plural); not when unnamed people (sources,
// officials, analysts) speak around it, not for a country, not for a
// person, not two sentences back, not across another speaker.
func TestStatementsTheyContinues(t *testing.T) {
	checkStatements(t, false, []stmtCase{
		{name: "they said", in: "Ruvo Motors Inc said sales fell 4 pct in May. They said the new plant would open in July.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "trailing they added", in: "Ruvo Motors Inc said sales fell 4 pct in May. Exports held up better than expected, they added.",
			want: []string{"Ruvo Motors Inc", "Ruvo Motors Inc"}},
		{name: "but they say", in: "The Green Party says the levy is unfair. But they say drivers in towns will pay less.",
			want: []string{"Green Party", "Green Party"}},
		{name: "sources spoke", in: "Ruvo Motors Inc has proposed to its dealers that prices stay unchanged, industry sources said. They said the new plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "officials in the sentence", in: "Ruvo Motors Inc said sales fell 4 pct in May. Union officials disagreed, but they said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "a country", in: "Norway said the quotas would end. They said talks could resume in June.",
			want: []string{"Norway"}},
		{name: "a person", in: "Dana Pike said sales fell 4 pct in May. They said nothing about exports.",
			want: []string{"Dana Pike"}},
		{name: "two sentences back", in: "Ruvo Motors Inc said sales fell 4 pct in May. Prices rose. They said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
		{name: "someone spoke between", in: "Ruvo Motors Inc said sales fell 4 pct in May. The dealers' group said prices rose. They said the plant would open in July.",
			want: []string{"Ruvo Motors Inc"}},
	})
}
