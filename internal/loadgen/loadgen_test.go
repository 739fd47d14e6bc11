package loadgen_test

import (
	"bytes"
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/internal/loadgen"
	"github.com/actorgraph/actorgraph/internal/server"
)

// The generator samples the graph's actors, runs every scenario without a
// failed request, and sees every abusive request refused with its code.
func TestRunAgainstServer(t *testing.T) {
	ts := httptest.NewServer(server.New(server.Config{IngestToken: "secret", RefusalDelay: -1}, graphtest.OpenStore(t), zerolog.Nop()))
	defer ts.Close()
	ctx := context.Background()
	actors, met, err := loadgen.Sample(ctx, ts.URL+"/graphql", 0)
	if err != nil {
		t.Fatal(err)
	}
	// Every actor of a meeting or a statement of the fixture world
	// (France only has a role).
	if len(actors) != 5 {
		t.Errorf("sampled %d actors (%v), want 5", len(actors), actors)
	}
	if len(met) != 4 { // Lena Kov, Omar Ruiz, Germany, Mara Ruiz (Ida Voss only planned)
		t.Errorf("sampled %d actors with meetings (%v), want 4", len(met), met)
	}
	res, err := loadgen.Run(ctx, loadgen.Config{URL: ts.URL + "/graphql", Clients: []int{2}, Duration: 300 * time.Millisecond,
		Scenarios: loadgen.DefaultScenarios, Abusive: 1, Actors: actors, MetActors: met, Seed: 1,
		MinPerClient: len(loadgen.Abuses("x"))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(loadgen.DefaultScenarios) {
		t.Fatalf("%d results, want %d", len(res), len(loadgen.DefaultScenarios))
	}
	abuses := map[string]int{}
	for _, r := range res {
		if r.Requests == 0 || r.Errors != 0 {
			t.Errorf("%s: %d requests, %d errors (%s)", r.Scenario, r.Requests, r.Errors, r.FirstError)
		}
		if len(r.AbuseOther) != 0 {
			t.Errorf("%s: abusive requests not refused as expected: %v", r.Scenario, r.AbuseOther)
		}
		for k, v := range r.AbuseRefused {
			abuses[k] += v
		}
	}
	for _, a := range loadgen.Abuses("x") {
		if abuses[a.Name] == 0 {
			t.Errorf("abuse %q never sent and refused", a.Name)
		}
	}
	var b bytes.Buffer
	loadgen.Markdown(&b, res)
	if !strings.Contains(b.String(), "| encounters | 2 |") || !strings.Contains(b.String(), "refused") {
		t.Errorf("table:\n%s", b.String())
	}
}
