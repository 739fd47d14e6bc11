package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// HandlerTimeout bounds one export request; MaxConcurrent exports run at
// once, further requests get 503 with Retry-After rather than queueing
// behind a whole-graph export.
const (
	HandlerTimeout = 2 * time.Minute
	MaxConcurrent  = 2
)

// Handler serves GET /export?format=graphml|gexf|cytoscape|csv|ftm
// [&actor=NAME-OR-ID[&depth=N][&limit=N]] as a download. Without actor it
// exports the whole graph: every actor with at least one link and every
// link. Errors answer in the GraphQL error shape with the kg code in
// extensions.code: INVALID_ARGUMENT 400, NOT_FOUND 404, AMBIGUOUS 409 (with
// the candidates), LIMIT_EXCEEDED 413, UNAVAILABLE 503.
func Handler(store kg.Store, log zerolog.Logger) http.Handler {
	sem := make(chan struct{}, MaxConcurrent)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, kg.Errorf(kg.CodeInvalidArgument, "use GET"))
			return
		}
		q := r.URL.Query()
		format, err := ParseFormat(q.Get("format"))
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		opts := Options{Actor: q.Get("actor")}
		for _, p := range []struct {
			name string
			dst  *int
		}{{"depth", &opts.Depth}, {"limit", &opts.Limit}} {
			if v := q.Get(p.name); v != "" {
				n, err := strconv.Atoi(v)
				if err != nil {
					writeError(w, http.StatusBadRequest, kg.Errorf(kg.CodeInvalidArgument, "%s must be a whole number, got %q", p.name, v))
					return
				}
				*p.dst = n
			}
		}
		if opts.Actor == "" && opts.Limit != 0 {
			writeError(w, http.StatusBadRequest, kg.Errorf(kg.CodeInvalidArgument, "a limit needs an actor: the whole graph has no centre"))
			return
		}
		select {
		case sem <- struct{}{}:
			defer func() { <-sem }()
		default:
			w.Header().Set("Retry-After", "10")
			writeError(w, http.StatusServiceUnavailable, kg.Errorf(kg.CodeUnavailable, "too many exports running; try again shortly"))
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), HandlerTimeout)
		defer cancel()
		g, err := Build(ctx, store, opts)
		if err != nil {
			if kg.ErrorCode(err) == kg.CodeInternal || kg.ErrorCode(err) == kg.CodeUnavailable {
				log.Error().Err(err).Str("format", string(format)).Str("actor", opts.Actor).Msg("export failed")
			}
			writeError(w, statusOf(err), err)
			return
		}
		// Written to memory first, so a failure can still be a clean error
		// response instead of a truncated file with status 200.
		var body bytes.Buffer
		if err := Write(&body, g, format); err != nil {
			log.Error().Err(err).Str("format", string(format)).Msg("export failed")
			writeError(w, http.StatusInternalServerError, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", format.ContentType())
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": g.FileStem() + format.Extension()}))
		h.Set("Content-Length", strconv.Itoa(body.Len()))
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(body.Bytes())
	})
}

// statusOf maps a kg code to an HTTP status.
func statusOf(err error) int {
	switch kg.ErrorCode(err) {
	case kg.CodeInvalidArgument, kg.CodeBadInput:
		return http.StatusBadRequest
	case kg.CodeNotFound:
		return http.StatusNotFound
	case kg.CodeAmbiguous, kg.CodeConflict:
		return http.StatusConflict
	case kg.CodeLimitExceeded:
		return http.StatusRequestEntityTooLarge
	case kg.CodeUnauthenticated:
		return http.StatusUnauthorized
	case kg.CodeUnavailable:
		return http.StatusServiceUnavailable
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

// writeError answers like the GraphQL endpoint does, so clients read every
// failure the same way; internal causes are never shown.
func writeError(w http.ResponseWriter, status int, err error) {
	ext := map[string]any{"code": kg.ErrorCode(err)}
	var ke *kg.Error
	if errors.As(err, &ke) && len(ke.Candidates) > 0 {
		var cands []map[string]string
		for _, c := range ke.Candidates {
			cands = append(cands, map[string]string{"id": c.ID, "name": c.Name, "kind": string(c.Kind)})
		}
		ext["candidates"] = cands
	}
	msg := kg.ErrorMessage(err)
	if status == http.StatusGatewayTimeout {
		msg = "the export took too long; export one actor's network (actor=...) instead"
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]any{{"message": msg, "extensions": ext}}})
}
