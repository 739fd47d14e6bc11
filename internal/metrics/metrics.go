// Package metrics measures the server for Prometheus: GraphQL operations
// (count and latency per operation, refusals per error code), HTTP
// requests per route, every kg.Store call (latency per method and
// outcome) and articles ingested over the API (per outcome). cmd wires it:
// New, Store around the store, Ingest around the ingest function, and
// internal/server serves Handler at /metrics and reports each request.
package metrics

import (
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the collectors of one server, in a registry of its own
// (so tests and several servers in one process never collide).
type Metrics struct {
	reg *prometheus.Registry

	operations *prometheus.CounterVec   // per operation and outcome
	opLatency  *prometheus.HistogramVec // per operation
	errors     *prometheus.CounterVec   // per extensions.code
	http       *prometheus.CounterVec   // per route and status
	httpTime   *prometheus.HistogramVec // per route
	store      *prometheus.HistogramVec // per method and outcome code
	ingest     *prometheus.CounterVec   // per outcome

	namesM sync.Mutex
	names  map[string]bool // operation names seen, bounded
}

// MaxOperationNames bounds the operation label's values: names are chosen
// by clients, and each new one is a new time series. Past the bound (or
// for names that are not GraphQL names) the label is "other".
const MaxOperationNames = 200

// Latency buckets from 50µs to about 12s: store calls are often well
// under a millisecond, graph searches may take seconds.
var buckets = prometheus.ExponentialBuckets(0.00005, 2.5, 14)

// New makes the collectors, with Go runtime and process metrics.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry(), names: map[string]bool{}}
	m.operations = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "actorgraph", Name: "graphql_operations_total",
		Help: "GraphQL operations by operation name, type (query, mutation) and outcome (ok, error).",
	}, []string{"operation", "type", "outcome"})
	m.opLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "actorgraph", Name: "graphql_operation_duration_seconds",
		Help: "Time to answer a GraphQL request, by operation name.", Buckets: buckets,
	}, []string{"operation", "type"})
	m.errors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "actorgraph", Name: "graphql_errors_total",
		Help: "GraphQL errors by extensions.code (refusals such as LIMIT_EXCEEDED included).",
	}, []string{"code"})
	m.http = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "actorgraph", Name: "http_requests_total",
		Help: "HTTP requests by route and status code.",
	}, []string{"route", "status"})
	m.httpTime = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "actorgraph", Name: "http_request_duration_seconds",
		Help: "Time to answer an HTTP request, by route.", Buckets: buckets,
	}, []string{"route"})
	m.store = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "actorgraph", Name: "store_call_duration_seconds",
		Help: "Time of each kg.Store call, by method and outcome (OK or the error's code).", Buckets: buckets,
	}, []string{"method", "outcome"})
	m.ingest = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "actorgraph", Name: "ingest_articles_total",
		Help: "Articles received by the ingest mutation, by outcome (NEW, UNCHANGED, REPLACED, FAILED).",
	}, []string{"outcome"})
	m.reg.MustRegister(m.operations, m.opLatency, m.errors, m.http, m.httpTime, m.store, m.ingest,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry is where the collectors are registered, for adding more.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

var graphqlName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// operationLabel bounds the operation names used as label values.
func (m *Metrics) operationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !graphqlName.MatchString(name) {
		return "other"
	}
	m.namesM.Lock()
	defer m.namesM.Unlock()
	if m.names[name] {
		return name
	}
	if len(m.names) >= MaxOperationNames {
		return "other"
	}
	m.names[name] = true
	return name
}

// Operation records one GraphQL request: its operation's name and type
// ("query", "mutation"; "" when the request never got to an operation),
// how long it took and the codes of its errors.
func (m *Metrics) Operation(name, typ string, d time.Duration, codes []string) {
	if m == nil {
		return
	}
	if typ == "" {
		typ = "none"
	}
	op := m.operationLabel(name)
	outcome := "ok"
	if len(codes) > 0 {
		outcome = "error"
	}
	m.operations.WithLabelValues(op, typ, outcome).Inc()
	m.opLatency.WithLabelValues(op, typ).Observe(d.Seconds())
	for _, c := range codes {
		m.errors.WithLabelValues(c).Inc()
	}
}

// HTTP records one HTTP request; route is one of a few fixed names.
func (m *Metrics) HTTP(route string, status int, d time.Duration) {
	if m == nil {
		return
	}
	m.http.WithLabelValues(route, statusLabel(status)).Inc()
	m.httpTime.WithLabelValues(route).Observe(d.Seconds())
}

func statusLabel(code int) string {
	if code < 100 || code > 599 {
		return "other"
	}
	const digits = "0123456789"
	return string([]byte{digits[code/100], digits[code/10%10], digits[code%10]})
}

// IngestOutcome counts n articles ingested over the API with an outcome.
func (m *Metrics) IngestOutcome(outcome string, n int) {
	if m == nil || n == 0 {
		return
	}
	m.ingest.WithLabelValues(outcome).Add(float64(n))
}
