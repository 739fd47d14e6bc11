package article

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Input is one file a walk will read.
type Input struct {
	Path string
	Size int64 // bytes on disk; -1 when unknown (stdin)
}

// articleExts are the extensions a directory walk reads (after an optional
// .gz). Files without an extension are read too.
var articleExts = map[string]Format{
	".txt":       FormatText,
	".text":      FormatText,
	".json":      FormatJSON,
	".jsonl":     FormatJSONL,
	".ndjson":    FormatJSONL,
	".jsonlines": FormatJSONL,
	".html":      FormatHTML,
	".htm":       FormatHTML,
	".xhtml":     FormatHTML,
	".xml":       FormatFeed,
	".rss":       FormatFeed,
	".atom":      FormatFeed,
}

// formatOfName returns the format an extension names (".gz" stripped) and
// whether the name has a known extension or none at all.
func formatOfName(name string) (Format, bool) {
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	ext := filepath.Ext(base)
	if ext == "" {
		return FormatAuto, true
	}
	f, ok := articleExts[ext]
	return f, ok
}

// Expand turns paths into the files to read, in a deterministic order: the
// paths as given, directories walked recursively in lexical order (hidden
// entries skipped), a path that does not exist but contains glob
// metacharacters expanded as a pattern. A file reached twice (named and
// inside a named directory) is read once. Paths that give nothing are
// reported through opts.OnError (when set) and left out.
func Expand(ctx context.Context, paths []string, opts Options) []Input {
	var problems problemList
	opts = problems.install(opts)
	var out []Input
	seen := map[string]bool{}
	add := func(p string, size int64) {
		if p != "-" {
			if seen[p] {
				return // a file named twice (a dir and a glob) is read once
			}
			seen[p] = true
		}
		out = append(out, Input{Path: p, Size: size})
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			return out
		}
		if p == "-" {
			add(p, -1)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if os.IsNotExist(err) && hasMeta(p) {
				matches, gerr := filepath.Glob(p)
				if gerr != nil {
					report(opts, p, 0, gerr, "bad glob pattern")
					continue
				}
				if len(matches) == 0 {
					report(opts, p, 0, nil, "no files match")
					continue
				}
				for _, m := range matches {
					expandOne(ctx, m, opts, add)
				}
				continue
			}
			report(opts, p, 0, err, "cannot read")
			continue
		}
		if fi.IsDir() {
			expandDir(ctx, p, opts, add)
			continue
		}
		add(p, fi.Size())
	}
	return out
}

// expandOne adds a glob match: a file, or a directory to walk.
func expandOne(ctx context.Context, p string, opts Options, add func(string, int64)) {
	fi, err := os.Stat(p)
	if err != nil {
		report(opts, p, 0, err, "cannot read")
		return
	}
	if fi.IsDir() {
		expandDir(ctx, p, opts, add)
		return
	}
	add(p, fi.Size())
}

func expandDir(ctx context.Context, root string, opts Options, add func(string, int64)) {
	n := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			report(opts, p, 0, err, "cannot read")
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := formatOfName(d.Name()); !ok {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			report(opts, p, 0, err, "cannot read")
			return nil
		}
		if !info.Mode().IsRegular() && info.Mode()&fs.ModeSymlink == 0 {
			return nil // sockets, devices, pipes
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			st, err := os.Stat(p)
			if err != nil || !st.Mode().IsRegular() {
				return nil // dangling or to a directory: not followed
			}
			info = st
		}
		n++
		add(p, info.Size())
		return nil
	})
	if err != nil && ctx.Err() == nil {
		report(opts, root, 0, err, "cannot walk")
		return
	}
	if n == 0 && ctx.Err() == nil {
		report(opts, root, 0, nil, "no article files in directory")
	}
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[") }
