package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/internal/export"
	"github.com/actorgraph/actorgraph/internal/kg"
)

func (a *app) exportCommand() *cobra.Command {
	var (
		storeFlag = storeURI()
		format    string
		actor     string
		depth     int
		limit     int
		output    string
	)
	cmd := &cobra.Command{
		Use:   "export --format graphml|gexf|cytoscape|csv|ftm [--store URI] [--actor NAME --depth N] [-o PATH]",
		Short: "Write the graph, or one actor's network, for Gephi, Cytoscape, Neo4j or Aleph",
		Long: `export writes the graph in a format other tools open:

  graphml    GraphML (Gephi, Cytoscape, yEd, networkx)
  gexf       GEXF 1.3 (Gephi's own format, with colours by kind)
  cytoscape  Cytoscape.js elements JSON (.cyjs: Cytoscape desktop, web dashboards)
  csv        CSV files for "neo4j-admin database import full" (a directory, or a .zip),
             with IMPORT.txt giving the exact command; the graph matches the Neo4j store's
  ftm        FollowTheMoney entities, one JSON object per line (Aleph/OpenAleph, ftm tools)

Without --actor the whole graph is written: every actor that has at least one
link and every link (a meeting that happened, a statement about another actor,
a role). Planned meetings and statements about no one are not links and are
left out. With --actor NAME (an id, name or alias) only the actors within
--depth hops of it are written (at most --limit of them), with the links
between them.

Edges join two actors and merge every link of one kind between them: MET
(weight = number of meetings), SAID_ABOUT and HOLDS_ROLE (directed). Each edge
keeps its link ids, first and last dates and its evidence sentences with their
articles.

The output goes to stdout, or to --output; csv needs --output (a directory
to create or fill, or a path ending in .zip).`,
		Example: `  actorgraph export --format gexf -o graph.gexf
  actorgraph export --format graphml --actor "Vladimir Putin" --depth 2 > putin.graphml
  actorgraph export --format csv -o import/ && cat import/IMPORT.txt
  actorgraph export --store bolt://localhost:7687 --format ftm -o entities.ftm.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format == "" {
				return usageError{errors.New("--format is required: graphml, gexf, cytoscape, csv or ftm")}
			}
			f, err := export.ParseFormat(format)
			if err != nil {
				return usageError{errors.New(kg.ErrorMessage(err))}
			}
			if actor == "" && (cmd.Flags().Changed("depth") || cmd.Flags().Changed("limit")) {
				return usageError{errors.New("--depth and --limit need --actor: the whole graph has no centre")}
			}
			if actor != "" && (depth < 1 || depth > export.MaxDepth) {
				return usageError{fmt.Errorf("--depth must be between 1 and %d, got %d", export.MaxDepth, depth)}
			}
			if actor != "" && (limit < 1 || limit > export.MaxLimit) {
				return usageError{fmt.Errorf("--limit must be between 1 and %d, got %d", export.MaxLimit, limit)}
			}
			if f == export.CSV && output == "" {
				return usageError{errors.New("--format csv writes several files: give --output DIR (or a path ending in .zip)")}
			}
			ctx := cmd.Context()
			store, err := openStore(ctx, storeFlag)
			if err != nil {
				return err
			}
			defer store.Close()
			opts := export.Options{Actor: actor}
			if actor != "" {
				opts.Depth, opts.Limit = depth, limit
			}
			g, err := export.Build(ctx, store, opts)
			if err != nil {
				return err
			}
			if g.Truncated {
				a.log.Warn().Int("limit", limit).Msg("the network has more actors than --limit: the export holds the best-connected ones")
			}
			if err := a.writeExport(g, f, output); err != nil {
				return err
			}
			a.log.Info().Str("format", string(f)).Int("actors", len(g.Actors)).Int("edges", len(g.Edges)).
				Int("meetings", len(g.Meetings)).Int("statements", len(g.Statements)).Int("roles", len(g.Roles)).
				Str("output", outputName(output)).Msg("exported")
			return nil
		},
	}
	cmd.Flags().StringVar(&storeFlag, "store", storeFlag, "store URI: file:PATH, memory:, bolt://HOST:PORT, neo4j://HOST:PORT (env ACTORGRAPH_STORE)")
	cmd.Flags().StringVarP(&format, "format", "f", "", "graphml, gexf, cytoscape, csv or ftm (required)")
	cmd.Flags().StringVar(&actor, "actor", "", "export only this actor's network: an id, name or alias (default: the whole graph)")
	cmd.Flags().IntVar(&depth, "depth", export.DefaultDepth, fmt.Sprintf("hops around --actor, 1 to %d", export.MaxDepth))
	cmd.Flags().IntVar(&limit, "limit", export.DefaultLimit, fmt.Sprintf("most actors in --actor's network, 1 to %d", export.MaxLimit))
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file (csv: a directory, or a .zip file) instead of stdout")
	return cmd
}

func outputName(path string) string {
	if path == "" {
		return "stdout"
	}
	return path
}

// writeExport writes g to stdout, a file, a zip file or (csv) a directory.
// A file is written under a temporary name and renamed when complete, so
// a failed export never leaves a truncated file behind.
func (a *app) writeExport(g *export.Graph, f export.Format, output string) error {
	if output == "" {
		bw := bufio.NewWriter(a.stdout)
		if err := export.Write(bw, g, f); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	}
	if f == export.CSV && !strings.HasSuffix(strings.ToLower(output), ".zip") {
		return writeCSVDir(g, output)
	}
	return writeFileAtomic(output, func(w io.Writer) error { return export.Write(w, g, f) })
}

func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeCSVDir writes the CSV files into dir (created when missing). It
// refuses a directory that holds other files, so an export never mixes
// with an older one or with unrelated data.
func writeCSVDir(g *export.Graph, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	if len(entries) > 0 {
		return usageError{fmt.Errorf("--output %s is not empty: give a new or empty directory", dir)}
	}
	return export.WriteCSVFiles(g, func(name string) (io.WriteCloser, error) {
		return os.Create(filepath.Join(dir, name))
	})
}
