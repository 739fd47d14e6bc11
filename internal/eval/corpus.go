package eval

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// Record is one article of the shared corpus (the JSON Lines fields that
// evaluation uses; see ../shared/corpus/README.md).
type Record struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Text        string   `json:"text"`
	PublishedAt *string  `json:"published_at"`
	Source      string   `json:"source"`
	URL         *string  `json:"url"`
	DuplicateOf *string  `json:"duplicate_of"`
	Dateline    *string  `json:"dateline"`
	People      []string `json:"people"`
}

// maxRecordBytes bounds one JSON Lines record; the corpus's longest is far
// below it.
const maxRecordBytes = 16 << 20

// ForEachRecord streams a JSON Lines corpus file. A broken line stops the
// walk with an error naming file:line, since the corpus is data we rely on.
func ForEachRecord(ctx context.Context, path string, fn func(line int, r *Record) error) error {
	return forEachRecord(ctx, path, nil, fn)
}

// quickID reads the id of a record written with "id" as its first key
// (as the corpus files are), so unwanted records need not be decoded.
func quickID(line []byte) (string, bool) {
	const head = `{"id": "`
	if !bytes.HasPrefix(line, []byte(head)) {
		return "", false
	}
	rest := line[len(head):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || bytes.IndexByte(rest[:end], '\\') >= 0 {
		return "", false
	}
	return string(rest[:end]), true
}

// forEachRecord is ForEachRecord that decodes only records whose id want
// accepts (all when want is nil).
func forEachRecord(ctx context.Context, path string, want func(id string) bool, fn func(line int, r *Record) error) error {
	f, err := os.Open(path)
	if err != nil {
		return kg.WrapError(kg.CodeNotFound, err, "corpus %s", path)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), maxRecordBytes)
	line := 0
	for sc.Scan() {
		line++
		if line%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		b := sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		if want != nil {
			if id, ok := quickID(b); ok && !want(id) {
				continue
			}
		}
		var r Record
		if err := json.Unmarshal(b, &r); err != nil {
			return kg.WrapError(kg.CodeBadInput, err, "corpus %s:%d", path, line)
		}
		if err := fn(line, &r); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return kg.WrapError(kg.CodeBadInput, err, "corpus %s:%d", path, line+1)
	}
	return nil
}

// readSeedFile reads a plain-text article: the first line is the headline,
// the text is everything after the first line break, byte for byte (so it
// starts with the blank line that follows the headline).
func readSeedFile(path, id string) (*Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, kg.WrapError(kg.CodeNotFound, err, "corpus %s", path)
	}
	s := string(b)
	title, text, ok := strings.Cut(s, "\n")
	if !ok {
		return nil, kg.Errorf(kg.CodeBadInput, "corpus %s: no line break after the headline", path)
	}
	return &Record{ID: id, Title: strings.TrimRight(title, "\r"), Text: text}, nil
}

// readRecords fetches the texts of the gold articles from the shared folder,
// reading each corpus file once.
func readRecords(ctx context.Context, shared string, arts []*GoldArticle) (map[string]*Record, error) {
	byFile := map[string][]*GoldArticle{}
	var files []string
	for _, a := range arts {
		if _, ok := byFile[a.File]; !ok {
			files = append(files, a.File)
		}
		byFile[a.File] = append(byFile[a.File], a)
	}
	out := map[string]*Record{}
	for _, rel := range files {
		path := filepath.Join(shared, filepath.FromSlash(rel))
		want := byFile[rel]
		if !strings.HasSuffix(rel, ".jsonl") {
			if len(want) != 1 {
				return nil, kg.Errorf(kg.CodeBadInput, "gold: %d articles point at the single-article file %s", len(want), rel)
			}
			r, err := readSeedFile(path, want[0].ID)
			if err != nil {
				return nil, err
			}
			out[r.ID] = r
			continue
		}
		ids := map[string]bool{}
		for _, a := range want {
			ids[a.ID] = true
		}
		err := forEachRecord(ctx, path, func(id string) bool { return ids[id] }, func(_ int, r *Record) error {
			if ids[r.ID] {
				out[r.ID] = r
				delete(ids, r.ID)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for id := range ids {
			return nil, kg.Errorf(kg.CodeNotFound, "gold article %q not found in %s", id, path)
		}
	}
	return out, nil
}

// TextHash is the text fingerprint stored in gold files (text_sha256).
func TextHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])[:16]
}

// spanHash is the 8-digit fingerprint of a span's bytes.
func spanHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:8]
}

// Document builds the kg.Document the extractor sees, as the loader would:
// id, title, source, URL and published date from the record, and the text,
// passed through clean when it is set (the loader's own normalisation).
// The published date is the day of published_at; BBC and the seed have
// none. A Reuters dateline is put back in front of the text, as on the
// wire.
func Document(r *Record, clean func(string) string) kg.Document {
	art := kg.Article{ID: r.ID, Title: r.Title, Source: r.Source}
	if r.URL != nil {
		art.URL = *r.URL
	}
	if r.PublishedAt != nil {
		p := *r.PublishedAt
		if len(p) > 10 {
			p = p[:10]
		}
		if d, err := kg.ParsePartialDate(p); err == nil {
			art.Published = d
		}
	}
	text := r.Text
	if r.Dateline != nil && strings.TrimSpace(*r.Dateline) != "" {
		// Reuters keeps its dateline apart; on the wire it opens the
		// story ("TOKYO, March 27 - ..."), and the extractor reads the
		// story's local date from it there. The loader does the same.
		text = strings.TrimSpace(*r.Dateline) + " - " + text
	}
	if clean != nil {
		text = clean(text)
	}
	return kg.Document{Article: art, Text: text, Origin: r.ID}
}
