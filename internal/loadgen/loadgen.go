// Package loadgen drives a running actorgraph server (`actorgraph serve`)
// with concurrent GraphQL clients and measures latency (p50, p99) and
// throughput per scenario: the trivial `{ __typename }` and the real
// queries (encounters, timeline, paths, neighbourhood), in one run so that
// they are compared under the same conditions. Optionally abusive clients
// run beside the normal ones, to show that refusing them costs the others
// nothing.
//
// Actors come from the server's own graph (Sample): every actor that
// takes part in a meeting or makes or is the subject of a statement, each
// drawn uniformly per request, so the mix is wide and a store's cache is
// not flattered by one hot actor. The "uncached" variants add a random
// date bound to each query, so that nearly every request is a new
// question.
package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Query is one kind of request a scenario sends.
type Query struct {
	Name string
	// Build returns the GraphQL request body for one request.
	Build func(r *rand.Rand, actors []string) []byte
}

func body(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

func pick(r *rand.Rand, actors []string) string { return actors[r.IntN(len(actors))] }

// randomFrom is a random month of 2004-2005 (the BBC corpus' span) as a
// from bound: the question changes, the answers stay realistic.
func randomFrom(r *rand.Rand) string { return fmt.Sprintf("%d-%02d", 2004+r.IntN(2), 1+r.IntN(12)) }

const (
	qTrivial      = `{ __typename }`
	qEncounters   = `query Encounters($a: ID!, $f: PartialDate) { encounters(actor: $a, from: $f) { counterpart { id name } count first last } }`
	qTimeline     = `query Timeline($a: [ID!], $f: PartialDate) { timeline(actors: $a, from: $f, first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename id kind date ... on Meeting { status participants { id name } } ... on Statement { quote speaker { id name } } } } } }`
	qPaths        = `query Paths($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxHops: 3, first: 5) { length steps { from { id } to { id } via { __typename id kind evidence { sentence article { id } } } } } }`
	qNeighborhood = `query Neighborhood($a: ID!) { neighborhood(actor: $a, depth: 2, limit: 100) { truncated nodes { id label weight depth } edges { source target kind weight } } }`
)

// Queries are the scenarios by name.
var Queries = map[string]Query{
	"trivial": {"trivial", func(*rand.Rand, []string) []byte { return body(qTrivial, nil) }},
	"encounters": {"encounters", func(r *rand.Rand, a []string) []byte {
		return body(qEncounters, map[string]any{"a": pick(r, a)})
	}},
	// encounters-met asks only about actors that took part in a meeting
	// (Config.MetActors): answers that are never empty.
	"encounters-met": {"encounters-met", func(r *rand.Rand, a []string) []byte {
		return body(qEncounters, map[string]any{"a": pick(r, a)})
	}},
	"encounters-uncached": {"encounters-uncached", func(r *rand.Rand, a []string) []byte {
		return body(qEncounters, map[string]any{"a": pick(r, a), "f": randomFrom(r)})
	}},
	"timeline": {"timeline", func(r *rand.Rand, a []string) []byte {
		return body(qTimeline, map[string]any{"a": []string{pick(r, a)}})
	}},
	"timeline-uncached": {"timeline-uncached", func(r *rand.Rand, a []string) []byte {
		return body(qTimeline, map[string]any{"a": []string{pick(r, a)}, "f": randomFrom(r)})
	}},
	"paths": {"paths", func(r *rand.Rand, a []string) []byte {
		from, to := pick(r, a), pick(r, a)
		for to == from && len(a) > 1 {
			to = pick(r, a)
		}
		return body(qPaths, map[string]any{"f": from, "t": to})
	}},
	"neighborhood": {"neighborhood", func(r *rand.Rand, a []string) []byte {
		return body(qNeighborhood, map[string]any{"a": pick(r, a)})
	}},
}

// DefaultScenarios is the order of a default run: the trivial query first
// and last, so drift of the machine's load shows.
var DefaultScenarios = []string{"trivial", "encounters", "encounters-met", "encounters-uncached", "timeline", "timeline-uncached", "paths", "neighborhood", "trivial"}

// Abuse is one kind of abusive request and the codes it may be refused
// with.
type Abuse struct {
	Name   string
	Body   []byte
	Header map[string]string
	Codes  []string
}

// Abuses are the abusive requests of the issue, plus an alias bomb.
func Abuses(actor string) []Abuse {
	aliases := "{"
	for i := 0; i < 40; i++ {
		aliases += fmt.Sprintf(" p%d: paths(from: %q, to: %q, maxHops: 6, first: 20) { length }", i, actor, actor+"x")
	}
	aliases += " }"
	// 50 levels: roles -> person -> roles ... of a person.
	deep := `query($a: ID!) { actor(id: $a) { ... on Person ` + strings.Repeat(`{ roles { person `, 25) + `{ id }` + strings.Repeat(` } }`, 25) + ` } }`
	return []Abuse{
		{Name: "million-row page", Body: body(`{ timeline(first: 1000000) { totalCount edges { node { id } } } }`, nil), Codes: []string{"LIMIT_EXCEEDED"}},
		{Name: "depth-50 neighbourhood", Body: body(`query($a: ID!) { neighborhood(actor: $a, depth: 50, limit: 500) { nodes { id } } }`, map[string]any{"a": actor}), Codes: []string{"LIMIT_EXCEEDED"}},
		{Name: "50-level selection", Body: body(deep, map[string]any{"a": actor}), Codes: []string{"LIMIT_EXCEEDED"}},
		{Name: "3 MB body", Body: body(`{ __typename }`, map[string]any{"pad": strings.Repeat("x", 3<<20)}), Codes: []string{"LIMIT_EXCEEDED"}},
		// UNAVAILABLE when the server has no ingest token at all.
		{Name: "unauthenticated mutation", Body: body(`mutation { ingest(articles: [{text: "Someone met someone."}]) { received } }`, nil),
			Codes: []string{"UNAUTHENTICATED", "UNAVAILABLE"}},
		{Name: "alias bomb", Body: body(aliases, nil), Codes: []string{"LIMIT_EXCEEDED"}},
	}
}

// Config says what to run.
type Config struct {
	URL       string        // the GraphQL endpoint, e.g. http://127.0.0.1:8080/graphql
	Clients   []int         // concurrency levels
	Duration  time.Duration // measured time per scenario and level
	Warmup    time.Duration // unmeasured time before each
	Scenarios []string      // names in Queries
	Abusive   int           // abusive clients running beside the normal ones (0: none)
	Abuses    []string      // names of the abuses they send in turn (empty: all of Abuses)
	Actors    []string      // actor ids to draw from (see Sample)
	MetActors []string      // the actors of Actors that took part in a meeting (encounters-met)
	Seed      uint64
	// MinPerClient makes every client (normal or abusive) go on past
	// Duration until it has completed this many requests (tests on slow
	// machines); 0: stop at Duration.
	MinPerClient int
	// ServerPID, when the server runs on this machine, lets each result
	// report the server's CPU time per request (from /proc/PID/stat): a
	// figure other jobs on a shared machine do not blur.
	ServerPID int
}

// Result is one scenario at one concurrency level.
type Result struct {
	Scenario     string
	Clients      int
	Requests     int
	Errors       int            // transport failures, non-200 answers, GraphQL errors
	ErrorCodes   map[string]int // errors by extensions.code ("transport" and "HTTP n" otherwise)
	FirstError   string
	Elapsed      time.Duration
	P50, P90     time.Duration
	P99, Max     time.Duration
	LoadBefore   string // /proc/loadavg at the start
	LoadAfter    string
	ServerCPU    time.Duration // CPU time the server used during the run (0: unknown)
	Abusive      int
	AbuseRefused map[string]int // by name: refused with the expected code
	AbuseOther   map[string]int // by name: anything else
}

// RPS is completed requests per second.
func (r Result) RPS() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

// Run runs every scenario at every level, in order.
func Run(ctx context.Context, cfg Config, progress io.Writer) ([]Result, error) {
	if len(cfg.Actors) == 0 {
		return nil, fmt.Errorf("loadgen: no actors to query (see Sample)")
	}
	maxClients := cfg.Abusive
	for _, c := range cfg.Clients {
		maxClients = max(maxClients, c+cfg.Abusive)
	}
	hc := &http.Client{Timeout: time.Minute, Transport: &http.Transport{
		MaxIdleConns: maxClients * 2, MaxIdleConnsPerHost: maxClients * 2, IdleConnTimeout: time.Minute,
	}}
	var out []Result
	for _, name := range cfg.Scenarios {
		q, ok := Queries[name]
		if !ok {
			return out, fmt.Errorf("loadgen: unknown scenario %q", name)
		}
		for _, n := range cfg.Clients {
			if cfg.Warmup > 0 {
				if _, err := run(ctx, hc, cfg, q, n, cfg.Warmup); err != nil {
					return out, err
				}
			}
			res, err := run(ctx, hc, cfg, q, n, cfg.Duration)
			if err != nil {
				return out, err
			}
			out = append(out, res)
			if progress != nil {
				fmt.Fprintf(progress, "%-20s %3d clients: %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d  load %s\n",
					res.Scenario, res.Clients, res.RPS(), ms(res.P50), ms(res.P99), res.Errors, res.LoadAfter)
			}
		}
	}
	return out, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// processCPU is the user+system CPU time of a process (Linux).
func processCPU(pid int) (time.Duration, bool) {
	if pid <= 0 {
		return 0, false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	// Fields after the command name (which may hold spaces) start after ")".
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, false
	}
	var ut, st int64
	if _, err := fmt.Sscan(f[11], &ut); err != nil {
		return 0, false
	}
	if _, err := fmt.Sscan(f[12], &st); err != nil {
		return 0, false
	}
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(ut+st) * time.Second / ticks, true
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func run(ctx context.Context, hc *http.Client, cfg Config, q Query, clients int, d time.Duration) (Result, error) {
	res := Result{Scenario: q.Name, Clients: clients, Abusive: cfg.Abusive, LoadBefore: loadavg(),
		AbuseRefused: map[string]int{}, AbuseOther: map[string]int{}, ErrorCodes: map[string]int{}}
	cpu0, cpuOK := processCPU(cfg.ServerPID)
	// Requests run to their end (none is cut off and miscounted); a client
	// stops starting new ones after d, once it has done MinPerClient.
	deadline := time.Now().Add(d)
	more := func(done int) bool {
		return ctx.Err() == nil && (time.Now().Before(deadline) || done < cfg.MinPerClient)
	}
	var (
		mu       sync.Mutex
		lat      []time.Duration
		errs     atomic.Int64
		firstErr atomic.Value
		wg       sync.WaitGroup
	)
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(cfg.Seed, uint64(c)+1))
			mine := make([]time.Duration, 0, 4096)
			codes := map[string]int{}
			pool := cfg.Actors
			if q.Name == "encounters-met" && len(cfg.MetActors) > 0 {
				pool = cfg.MetActors
			}
			for more(len(mine)) {
				b := q.Build(r, pool)
				t0 := time.Now()
				err := post(ctx, hc, cfg.URL, b, nil)
				took := time.Since(t0)
				if ctx.Err() != nil {
					break // interrupted: not a result
				}
				if err != nil {
					errs.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					codes[errorCode(err)]++
				}
				mine = append(mine, took)
			}
			mu.Lock()
			lat = append(lat, mine...)
			for k, v := range codes {
				res.ErrorCodes[k] += v
			}
			mu.Unlock()
		}(c)
	}
	abuses := Abuses(cfg.Actors[0])
	if len(cfg.Abuses) > 0 {
		var sel []Abuse
		for _, a := range abuses {
			for _, n := range cfg.Abuses {
				if a.Name == n {
					sel = append(sel, a)
				}
			}
		}
		abuses = sel
	}
	for c := 0; c < cfg.Abusive && len(abuses) > 0; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			refused, other := map[string]int{}, map[string]int{}
			for i := c; more(i - c); i++ {
				a := abuses[i%len(abuses)]
				err := post(ctx, hc, cfg.URL, a.Body, a.Header, a.Codes...)
				if ctx.Err() != nil {
					break
				}
				if err == nil {
					refused[a.Name]++
				} else {
					other[a.Name+": "+err.Error()]++
				}
			}
			mu.Lock()
			for k, v := range refused {
				res.AbuseRefused[k] += v
			}
			for k, v := range other {
				res.AbuseOther[k] += v
			}
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.LoadAfter = loadavg()
	if cpu1, ok := processCPU(cfg.ServerPID); ok && cpuOK {
		res.ServerCPU = cpu1 - cpu0
	}
	res.Requests, res.Errors = len(lat), int(errs.Load())
	if v := firstErr.Load(); v != nil {
		res.FirstError = v.(string)
	}
	if len(lat) > 0 {
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		p := func(f float64) time.Duration { return lat[min(len(lat)-1, int(f*float64(len(lat))))] }
		res.P50, res.P90, res.P99, res.Max = p(0.50), p(0.90), p(0.99), lat[len(lat)-1]
	}
	return res, ctx.Err()
}

var errorsPrefix = []byte(`{"errors":`)

// answerError is an answer that is not a success.
type answerError struct {
	status int
	body   []byte
}

func (e *answerError) Error() string { return fmt.Sprintf("status %d: %.200s", e.status, e.body) }

// errorCode names an error for the table: the GraphQL code of the first
// error, the HTTP status, or "transport".
func errorCode(err error) string {
	ae, ok := err.(*answerError)
	if !ok {
		return "transport"
	}
	var r struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if json.Unmarshal(ae.body, &r) == nil && len(r.Errors) > 0 && r.Errors[0].Extensions.Code != "" {
		return r.Errors[0].Extensions.Code
	}
	return fmt.Sprintf("HTTP %d", ae.status)
}

// post sends one request. Without codes it succeeds on a 200 answer
// without errors; otherwise on an answer whose first error has one of
// them.
func post(ctx context.Context, hc *http.Client, url string, b []byte, header map[string]string, codes ...string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if len(codes) == 0 {
		// gqlgen writes "errors" first when there are any.
		if resp.StatusCode != http.StatusOK || bytes.HasPrefix(out, errorsPrefix) {
			return &answerError{status: resp.StatusCode, body: out}
		}
		return nil
	}
	var r struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if json.Unmarshal(out, &r) != nil || len(r.Errors) == 0 {
		return fmt.Errorf("status %d, not refused: %.120s", resp.StatusCode, out)
	}
	c := r.Errors[0].Extensions.Code
	for _, want := range codes {
		if c == want {
			return nil
		}
	}
	return fmt.Errorf("code %s", c)
}

// Sample asks the server for the actors of its graph: every participant of
// an occurred meeting and every speaker and subject of a statement (paging through
// the meetings and statements connections), each once, in a stable order;
// met are those that took part in an occurred meeting (they come first).
func Sample(ctx context.Context, url string, limit int) (all, met []string, err error) {
	hc := &http.Client{Timeout: time.Minute}
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	type page struct {
		Data map[string]struct {
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct {
				Node struct {
					Participants []struct{ ID string }
					Speaker      struct{ ID string }
					About        []struct{ ID string }
				}
			}
		}
		Errors []struct{ Message string }
	}
	for _, c := range []struct{ field, args, sel string }{
		{"meetings", `, statuses: [OCCURRED]`, `participants { id }`},
		{"statements", ``, `speaker { id } about { id }`},
	} {
		after := ""
		for pages := 0; pages < 10000 && (limit <= 0 || len(out) < limit); pages++ {
			q := `query($after: String) { ` + c.field + `(first: 100, after: $after` + c.args + `) { pageInfo { hasNextPage endCursor } edges { node { ` + c.sel + ` } } } }`
			vars := map[string]any{}
			if after != "" {
				vars["after"] = after
			}
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body(q, vars)))
			if err != nil {
				return nil, nil, err
			}
			req.Header.Set("Content-Type", "application/json")
			resp, err := hc.Do(req)
			if err != nil {
				return nil, nil, fmt.Errorf("sample actors: %w", err)
			}
			var p page
			err = json.NewDecoder(resp.Body).Decode(&p)
			resp.Body.Close()
			if err != nil {
				return nil, nil, fmt.Errorf("sample actors: %w", err)
			}
			if len(p.Errors) > 0 {
				return nil, nil, fmt.Errorf("sample actors: %s", p.Errors[0].Message)
			}
			conn := p.Data[c.field]
			for _, e := range conn.Edges {
				for _, a := range e.Node.Participants {
					add(a.ID)
				}
				add(e.Node.Speaker.ID)
				for _, a := range e.Node.About {
					add(a.ID)
				}
			}
			if c.field == "meetings" {
				met = append([]string(nil), out...)
			}
			if !conn.PageInfo.HasNextPage {
				break
			}
			after = conn.PageInfo.EndCursor
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, met, nil
}

// Markdown renders results as a table; rates are also given as a share of
// the trivial query's rate at the same concurrency in the same run (its
// first measurement).
func Markdown(w io.Writer, results []Result) {
	trivial := map[int]float64{}
	for _, r := range results {
		if r.Scenario == "trivial" && trivial[r.Clients] == 0 {
			trivial[r.Clients] = r.RPS()
		}
	}
	fmt.Fprintln(w, "| scenario | clients | requests | req/s | % of trivial | p50 ms | p90 ms | p99 ms | max ms | server CPU µs/req | errors | load avg (1/5/15 min) before → after |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
	for _, r := range results {
		share := "—"
		if t := trivial[r.Clients]; t > 0 {
			share = fmt.Sprintf("%.0f%%", 100*r.RPS()/t)
		}
		errs := fmt.Sprint(r.Errors)
		if r.Errors > 0 {
			var parts []string
			for _, k := range sortedKeys(r.ErrorCodes) {
				parts = append(parts, fmt.Sprintf("%s %d", k, r.ErrorCodes[k]))
			}
			errs = strings.Join(parts, ", ")
		}
		cpu := "—"
		if r.ServerCPU > 0 && r.Requests > 0 {
			cpu = fmt.Sprintf("%.0f", float64(r.ServerCPU.Microseconds())/float64(r.Requests))
		}
		fmt.Fprintf(w, "| %s | %d | %d | %.0f | %s | %.2f | %.2f | %.2f | %.1f | %s | %s | %s → %s |\n",
			r.Scenario, r.Clients, r.Requests, r.RPS(), share, ms(r.P50), ms(r.P90), ms(r.P99), ms(r.Max), cpu, errs, r.LoadBefore, r.LoadAfter)
	}
	var abusive bool
	for _, r := range results {
		abusive = abusive || r.Abusive > 0
	}
	if !abusive {
		return
	}
	fmt.Fprintln(w, "\nAbusive clients beside the normal ones (requests refused with the expected code / anything else):")
	fmt.Fprintln(w)
	for _, r := range results {
		var parts []string
		for _, k := range sortedKeys(r.AbuseRefused) {
			parts = append(parts, fmt.Sprintf("%s %d", k, r.AbuseRefused[k]))
		}
		other := 0
		for _, v := range r.AbuseOther {
			other += v
		}
		fmt.Fprintf(w, "- %s, %d clients + %d abusive: refused %s; other %d\n", r.Scenario, r.Clients, r.Abusive, strings.Join(parts, ", "), other)
		for _, k := range sortedKeys(r.AbuseOther) {
			fmt.Fprintf(w, "  - unexpected: %s ×%d\n", k, r.AbuseOther[k])
		}
	}
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
