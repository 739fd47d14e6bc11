package server

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Health is the body of GET /healthz.
type Health struct {
	Status string `json:"status"`          // "ok" or "unavailable"
	Store  string `json:"store"`           // "ok" or "down"
	Error  string `json:"error,omitempty"` // why the store is down, safe to show
}

// healthz answers 200 when the store answers Ping, 503 otherwise, so a
// load balancer or orchestrator can tell a live process from a useful one.
func healthz(store kg.Store, log zerolog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), DefaultPingTimeout)
		defer cancel()
		h, status := Health{Status: "ok", Store: "ok"}, http.StatusOK
		if err := store.Ping(ctx); err != nil {
			log.Warn().Err(err).Str("request_id", RequestIDFrom(r.Context())).Msg("healthz: store ping failed")
			h = Health{Status: "unavailable", Store: "down", Error: kg.ErrorMessage(err)}
			if h.Error == "internal error" {
				h.Error = "the store does not answer"
			}
			status = http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(h)
	})
}
