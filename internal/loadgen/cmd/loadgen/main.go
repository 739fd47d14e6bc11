// Command loadgen measures a running `actorgraph serve` with concurrent
// GraphQL clients (see package loadgen) and prints a Markdown table:
//
//	go run ./internal/loadgen/cmd/loadgen -url http://127.0.0.1:8080/graphql \
//	    -clients 16,64 -duration 10s [-abusive 4] [-scenarios trivial,encounters,...]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/internal/loadgen"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint of a running actorgraph serve")
	clients := flag.String("clients", "16,64", "concurrency levels, comma-separated")
	duration := flag.Duration("duration", 10*time.Second, "measured time per scenario and level")
	warmup := flag.Duration("warmup", 2*time.Second, "unmeasured time before each measurement")
	scenarios := flag.String("scenarios", strings.Join(loadgen.DefaultScenarios, ","), "scenarios in order")
	abusive := flag.Int("abusive", 0, "abusive clients running beside the normal ones")
	abuses := flag.String("abuses", "", "comma-separated names of the abuses to send (default all: million-row page, depth-50 neighbourhood, 50-level selection, 3 MB body, unauthenticated mutation, alias bomb)")
	actors := flag.Int("actors", 0, "use at most this many actors of the graph (0: all)")
	seed := flag.Uint64("seed", 1, "random seed of the clients")
	pid := flag.Int("server-pid", 0, "pid of the server when it runs on this machine: report its CPU time per request")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var levels []int
	for _, f := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			fail(fmt.Errorf("invalid -clients %q", *clients))
		}
		levels = append(levels, n)
	}
	pool, met, err := loadgen.Sample(ctx, *url, *actors)
	if err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "loadgen: %d actors from the graph at %s (%d took part in a meeting)\n", len(pool), *url, len(met))
	res, err := loadgen.Run(ctx, loadgen.Config{URL: *url, Clients: levels, Duration: *duration, Warmup: *warmup,
		Scenarios: strings.Split(*scenarios, ","), Abusive: *abusive, Abuses: splitNonEmpty(*abuses), Actors: pool, MetActors: met, Seed: *seed, ServerPID: *pid}, os.Stderr)
	loadgen.Markdown(os.Stdout, res)
	if err != nil {
		fail(err)
	}
}

func splitNonEmpty(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "loadgen:", err)
	os.Exit(1)
}
