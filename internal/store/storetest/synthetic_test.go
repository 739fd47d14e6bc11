package storetest

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// The synthetic corpus is valid input with the shape the benchmarks claim.
func TestSyntheticShape(t *testing.T) {
	arts := Synthetic(2200, 1)
	count := map[string]int{}
	var actors, meetings, statements, roles int
	for _, a := range arts {
		actors += len(a.Actors)
		meetings += len(a.Meetings)
		statements += len(a.Statements)
		roles += len(a.Roles)
		for _, ac := range a.Actors {
			count[ac.ID]++
		}
	}
	n := float64(len(arts))
	t.Logf("per article: %.1f actors, %.1f meetings, %.1f statements, %.1f roles; %d distinct actors",
		float64(actors)/n, float64(meetings)/n, float64(statements)/n, float64(roles)/n, len(count))
	top := map[kg.ActorKind]int{}
	for id, c := range count {
		if k := kg.KindOfID(id); c > top[k] {
			top[k] = c
		}
	}
	t.Logf("most named: person in %d articles, country in %d, organization in %d", top[kg.KindPerson], top[kg.KindCountry], top[kg.KindOrganization])
	if actors != 15*len(arts) || meetings != 2*len(arts) || statements != 4*len(arts) || roles != 3*len(arts) {
		t.Errorf("unexpected shape: %d actors, %d meetings, %d statements, %d roles", actors, meetings, statements, roles)
	}
	if top[kg.KindPerson] > len(arts)/4 {
		t.Errorf("most named person in %d of %d articles: too skewed for news", top[kg.KindPerson], len(arts))
	}
}
