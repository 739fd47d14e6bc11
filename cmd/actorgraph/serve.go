package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/internal/article"
	"github.com/actorgraph/actorgraph/internal/ingest"
	"github.com/actorgraph/actorgraph/internal/kg"
	"github.com/actorgraph/actorgraph/internal/metrics"
	"github.com/actorgraph/actorgraph/internal/samples"
	"github.com/actorgraph/actorgraph/internal/server"
)

// shutdownGrace is how long in-flight requests get to finish on SIGINT/SIGTERM.
const shutdownGrace = 10 * time.Second

func (a *app) serveCommand() *cobra.Command {
	var (
		flags        ingestFlags
		storeFlag    = storeURI()
		addr         string
		load         []string
		demo         bool
		noIntrospect bool
		corsOrigins  []string
		withMetrics  bool
		maxExpensive int
		loaderWait   time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve [--store URI] [--addr :8080] [--load PATH...] [--demo]",
		Short: "Serve the graph over GraphQL (and the GraphiQL playground)",
		Long: `serve answers GraphQL at /graphql (GET and POST), serves the GraphiQL
playground at /playground with every asset from the binary (it works offline),
reports health at /healthz and Prometheus metrics at /metrics. --load
ingests articles before serving;
--demo loads the sample articles shipped with actorgraph (into memory unless
--store is given). SIGINT or SIGTERM lets requests in flight finish, then exits.

The ingest mutation needs ACTORGRAPH_TOKEN set; clients send it as
"Authorization: Bearer <token>". Without it the mutation is switched off.
Dashboards on other origins need --cors-origins.`,
		Example: `  actorgraph serve --demo
  actorgraph serve --store file:./data --addr 127.0.0.1:8080
  actorgraph serve --load ../news/ --addr :9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if demo && !cmd.Flags().Changed("store") {
				storeFlag = "memory:"
			}
			opts, ex, err := flags.options(a)
			if err != nil {
				return err
			}
			// Bind before loading so a taken port fails fast.
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("listen on %s: %w", addr, err)
			}
			defer ln.Close()
			store, err := openStore(ctx, storeFlag)
			if err != nil {
				return err
			}
			defer store.Close()
			a.log.Info().Str("store", redactURI(storeFlag)).Msg("store open")
			var m *metrics.Metrics
			if withMetrics {
				m = metrics.New()
				store = m.Store(store) // every store call timed from here on
			}

			failed := 0
			if demo {
				docs, err := sampleDocuments(ctx)
				if err != nil {
					return err
				}
				sum, err := ingest.RunDocuments(ctx, store, ex, docs, opts)
				if err != nil {
					return fmt.Errorf("load demo samples: %w", err)
				}
				a.log.Info().Int("articles", sum.Read).Int("new", sum.New).Msg("demo samples loaded")
			}
			if len(load) > 0 {
				sum, runErr := ingest.Run(ctx, store, ex, load, opts)
				if err := sum.WriteText(a.stderr); err != nil {
					return err
				}
				if runErr != nil {
					return runErr
				}
				failed = sum.Failed + sum.BadInputs
				if flags.report != "" {
					if err := writeReport(flags.report, &sum); err != nil {
						return err
					}
				}
			}

			cfg := server.Config{
				DisableIntrospection: noIntrospect,
				IngestToken:          envOr("ACTORGRAPH_TOKEN", ""),
				CORSOrigins:          corsOrigins,
				Metrics:              m,
				MaxExpensive:         maxExpensive,
				LoaderWait:           loaderWait,
			}
			if cfg.IngestToken != "" {
				cfg.Ingest = mutationIngest(store, ex, opts)
				if m != nil {
					cfg.Ingest = m.Ingest(cfg.Ingest)
				}
			}
			h := server.New(cfg, store, a.log)
			srv := server.NewHTTPServer(addr, cfg, h)
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			base := "http://" + displayAddr(ln.Addr())
			a.log.Info().Str("addr", ln.Addr().String()).
				Str("explorer", base+"/").Str("playground", base+"/playground").
				Bool("ingest_mutation", cfg.Ingest != nil).Msg("serving")

			select {
			case err := <-errc:
				if !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("serve %s: %w", addr, err)
				}
			case <-ctx.Done():
				a.log.Info().Msg("shutting down: finishing requests in flight")
				sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
				defer cancel()
				if err := srv.Shutdown(sctx); err != nil {
					a.log.Warn().Err(err).Msg("shutdown: some requests did not finish in time")
				}
			}
			if failed > 0 {
				return partialError{failed}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&storeFlag, "store", storeFlag, "store URI: file:PATH, memory:, bolt://HOST:PORT, neo4j://HOST:PORT (env ACTORGRAPH_STORE)")
	cmd.Flags().StringVar(&addr, "addr", envOr("ACTORGRAPH_ADDR", ":8080"), "address to listen on")
	cmd.Flags().StringSliceVar(&load, "load", nil, "articles to ingest before serving (repeatable, or comma-separated)")
	cmd.Flags().BoolVar(&demo, "demo", false, "load the sample articles shipped with actorgraph (into memory: unless --store is given)")
	cmd.Flags().BoolVar(&noIntrospect, "no-introspection", false, "refuse GraphQL introspection queries")
	cmd.Flags().StringSliceVar(&corsOrigins, "cors-origins", splitList(envOr("ACTORGRAPH_CORS_ORIGINS", "")),
		`origins whose pages may call the API from a browser, e.g. https://dash.example.org ("*" for any; env ACTORGRAPH_CORS_ORIGINS)`)
	cmd.Flags().BoolVar(&withMetrics, "metrics", true, "serve Prometheus metrics at /metrics")
	cmd.Flags().DurationVar(&loaderWait, "loader-wait", 0, "how long dataloaders gather keys before one batched store call (0: the default)")
	cmd.Flags().IntVar(&maxExpensive, "max-expensive", 0, "path and neighbourhood queries that may run at once (0: one per CPU); more wait, then get OVERLOADED")
	flags.register(cmd)
	return cmd
}

// sampleDocuments loads the shipped samples through the same loader as
// "ingest" of their files, so the demo graph is the graph a user gets from
// loading internal/samples/articles.
func sampleDocuments(ctx context.Context) ([]kg.Document, error) {
	list, err := samples.List()
	if err != nil {
		return nil, fmt.Errorf("demo samples: %w", err)
	}
	var docs []kg.Document
	for _, sm := range list {
		err := article.LoadReader(ctx, sm.Path, strings.NewReader(sm.Text), article.Options{}, func(it article.Item) error {
			docs = append(docs, it.Doc)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("demo sample %s: %w", sm.Path, err)
		}
	}
	return docs, nil
}

// splitList reads a comma-separated list from the environment.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// displayAddr turns ":8080" / "[::]:8080" into something a browser opens.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// redactURI hides a password in a store URI before it is logged.
func redactURI(uri string) string {
	if u, err := url.Parse(uri); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
			return u.String()
		}
	}
	return uri
}
