package server_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/loadgen"
	"github.com/actorgraph/actorgraph/internal/server"
	"github.com/actorgraph/actorgraph/internal/store/embedded"
)

func BenchmarkZZProf(b *testing.B) {
	dir := os.Getenv("PROF_STORE")
	if dir == "" {
		b.Skip()
	}
	st, err := embedded.Open(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h := server.New(server.Config{}, st, zerolog.Nop())
	ts := httptest.NewServer(h)
	defer ts.Close()
	actors, err := loadgen.Sample(context.Background(), ts.URL+"/graphql", 0)
	if err != nil {
		b.Fatal(err)
	}
	q := loadgen.Queries[os.Getenv("PROF_Q")]
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		r := rand.New(rand.NewPCG(1, rand.Uint64()))
		for pb.Next() {
			body := q.Build(r, actors)
			req := httptest.NewRequest("POST", "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != 200 || strings.HasPrefix(w.Body.String(), `{"errors"`) {
				panic(fmt.Sprint(w.Code, w.Body.String()))
			}
		}
	})
}
