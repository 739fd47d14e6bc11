// Command dump prints every row of every table of an actorgraph store as
// JSON: table name -> the rows as sorted text. The crash tests build it
// without the race detector and run it, since the pure-Go SQLite reads a
// store many times slower when the test itself is race-built.
//
// Left out: the generation counter in meta (it counts transactions, which
// differ between one run and several), actor_names' rowids (assigned in
// write order) and the full-text index's own tables (the tests check it
// through Search).
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: dump DBFILE OUT.json")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
}

func run(dbFile, out string) error {
	abs, err := filepath.Abs(dbFile)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+abs+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var tables []string
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'actor_fts%' AND name <> 'meta' ORDER BY name`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return err
		}
		tables = append(tables, n)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	res := map[string][]string{}
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			return err
		}
		res[table], err = rowStrings(rows)
		rows.Close()
		if err != nil {
			return fmt.Errorf("table %s: %w", table, err)
		}
	}
	b, err := json.Marshal(res)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// rowStrings reads rows as sorted text, one line per row, leaving out a
// column named rowid.
func rowStrings(rows *sql.Rows) ([]string, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var out []string
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		var sb strings.Builder
		for i, c := range cols {
			if c == "rowid" {
				continue
			}
			v := vals[i]
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			fmt.Fprintf(&sb, "%s=%v\x1f", c, v)
		}
		out = append(out, sb.String())
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Strings(out)
	return out, nil
}
