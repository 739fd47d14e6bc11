package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/metrics"
)

// RequestIDHeader carries the request id in and out: a sane id sent by a
// proxy is kept, otherwise one is made up, and it is echoed in the response
// and logged, so a user's report can be matched to the log.
const RequestIDHeader = "X-Request-Id"

var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,128}$`)

type requestInfoKey struct{}

// requestInfo collects what the log line of a request reports and only
// inner handlers learn (the GraphQL operation).
type requestInfo struct {
	mu        sync.Mutex
	id        string
	operation string // "query Encounters"
	opName    string
	opType    string
	codes     []string // extensions.code of the response's errors
}

func infoFrom(ctx context.Context) *requestInfo {
	ri, _ := ctx.Value(requestInfoKey{}).(*requestInfo)
	return ri
}

// RequestIDFrom returns the id of the request ctx belongs to, or "".
func RequestIDFrom(ctx context.Context) string {
	if ri := infoFrom(ctx); ri != nil {
		return ri.id
	}
	return ""
}

func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(RequestIDHeader)
		if !validRequestID.MatchString(id) {
			var b [8]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set(RequestIDHeader, id)
		ctx := context.WithValue(r.Context(), requestInfoKey{}, &requestInfo{id: id})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// recordOperation is a gqlgen operation middleware that names the
// operation ("query Encounters") for the request log.
func recordOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if ri := infoFrom(ctx); ri != nil && graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name := oc.OperationName
		op := ""
		if oc.Operation != nil {
			op = string(oc.Operation.Operation)
			if name == "" {
				name = oc.Operation.Name
			}
		}
		ri.mu.Lock()
		ri.operation = op + " " + name
		ri.opName, ri.opType = name, op
		ri.mu.Unlock()
	}
	return next(ctx)
}

// recordErrors is a gqlgen response middleware that notes the error codes
// of each response for the metrics, and holds back refusals (see
// refusalDelay).
func recordErrors(delay time.Duration) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || len(resp.Errors) == 0 {
			return resp
		}
		refused := false
		ri := infoFrom(ctx)
		if ri != nil {
			ri.mu.Lock()
		}
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" {
				code = "NONE"
			}
			refused = refused || refusalCodes[code]
			if ri != nil {
				ri.codes = append(ri.codes, code)
			}
		}
		if ri != nil {
			ri.mu.Unlock()
		}
		if refused {
			refusalDelay(ctx, delay)
		}
		return resp
	}
}

// refusalCodes are the answers to requests a well-behaved client does not
// repeat: oversized, too deep, unauthenticated, unreadable.
var refusalCodes = map[string]bool{
	string(kg.CodeLimitExceeded): true, string(kg.CodeUnauthenticated): true, string(kg.CodeInvalidArgument): true,
	string(kg.CodeBadRequest): true, "GRAPHQL_PARSE_FAILED": true, "GRAPHQL_VALIDATION_FAILED": true,
	// A switched-off mutation (or a store that is down): retrying at once
	// does not help either.
	string(kg.CodeUnavailable): true,
}

// refusalDelay holds a refusal back before it is written. A client that
// repeats refused requests in a loop then sends a few a second on each
// connection instead of thousands, so it cannot take the CPU from the
// clients whose requests are served; a sleeping goroutine costs nothing,
// and a client that made one mistake barely notices.
func refusalDelay(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// routeOf names a request's route for metrics: a fixed set, so paths
// clients make up do not become label values.
func routeOf(path string) string {
	switch {
	case path == "/graphql", path == "/healthz", path == "/metrics", path == "/export", path == "/":
		return path
	case strings.HasPrefix(path, "/playground"):
		return "/playground"
	case strings.HasPrefix(path, "/explorer/"):
		return "/explorer"
	}
	return "other"
}

// statusRecorder remembers the status and size of a response.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the real writer (flushes).
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// logRequests writes one line per request: id, method, path, status,
// size, duration and, for GraphQL, the operation.
func logRequests(log zerolog.Logger, m *metrics.Metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		took := time.Since(start)
		route := routeOf(r.URL.Path)
		m.HTTP(route, rec.status, took)
		if ri := infoFrom(r.Context()); ri != nil && route == "/graphql" && (r.Method == http.MethodGet || r.Method == http.MethodPost) {
			ri.mu.Lock()
			codes := ri.codes
			if rec.status >= 400 && len(codes) == 0 {
				// Refused before GraphQL ran (body too large, bad JSON).
				codes = []string{"HTTP_" + strconv.Itoa(rec.status)}
			}
			m.Operation(ri.opName, ri.opType, took, codes)
			ri.mu.Unlock()
		}
		ev := log.Info()
		if rec.status >= 500 {
			ev = log.Error()
		}
		ev = ev.Str("request_id", RequestIDFrom(r.Context())).
			Str("method", r.Method).
			Str("path", r.URL.Path).
			Int("status", rec.status).
			Int64("bytes", rec.bytes).
			Dur("duration", took)
		if ri := infoFrom(r.Context()); ri != nil {
			ri.mu.Lock()
			if ri.operation != "" {
				ev = ev.Str("operation", ri.operation)
			}
			ri.mu.Unlock()
		}
		ev.Msg("http request")
	})
}

// recoverPanics turns a panic outside gqlgen (which has its own recovery)
// into a logged 500 instead of a dropped connection.
func recoverPanics(log zerolog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.Error().Str("request_id", RequestIDFrom(r.Context())).
					Str("panic", fmt.Sprint(v)).Bytes("stack", debug.Stack()).Msg("http handler panicked")
				writeError(w, http.StatusInternalServerError, kg.CodeInternal, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses bodies larger than max with 413 before gqlgen reads
// them (held back by delay, see refusalDelay). The body is read here (at
// most max+1 bytes) so a client that lies about or omits Content-Length is
// caught too.
func limitBody(max int64, delay time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > max {
			refusalDelay(r.Context(), delay)
			tooLarge(w, max)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
		if err != nil {
			writeError(w, http.StatusBadRequest, kg.CodeBadRequest, "could not read the request body")
			return
		}
		if int64(len(body)) > max {
			refusalDelay(r.Context(), delay)
			tooLarge(w, max)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, max int64) {
	// The client may still be sending; tell it not to reuse the connection.
	w.Header().Set("Connection", "close")
	writeError(w, http.StatusRequestEntityTooLarge, kg.CodeLimitExceeded,
		fmt.Sprintf("the request body is larger than %d bytes", max))
}

// writeError answers outside gqlgen in the shape of a GraphQL response, so
// clients can read every failure the same way.
func writeError(w http.ResponseWriter, status int, code kg.Code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
