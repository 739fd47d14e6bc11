package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rs/zerolog"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// loadText reads a plain-text article (see the package comment).
func loadText(s *source) {
	b, ok := s.readWhole()
	if !ok {
		return
	}
	str, ok := s.decode(b, 0)
	if !ok {
		return
	}
	s.build(parseText(str), s.path, 0)
}

// decode turns raw bytes into UTF-8 text, reporting what it cannot read.
func (s *source) decode(b []byte, line int) (string, bool) {
	str, latin, err := decodeText(b)
	if err != nil {
		s.problem(line, err, "invalid text encoding")
		return "", false
	}
	if latin {
		log := zerolog.Ctx(s.ctx)
		log.Debug().Str("file", s.path).Int("line", line).Msg("not UTF-8: read as Windows-1252")
	}
	return str, true
}

// build finishes a document from its fields and emits it.
func (s *source) build(f Fields, origin string, line int) {
	doc, dateErr, err := f.Document(origin)
	if err != nil {
		s.fail(line, err)
		return
	}
	if dateErr != nil {
		log := zerolog.Ctx(s.ctx)
		log.Warn().Str("origin", origin).Err(dateErr).Msg("published date ignored")
	}
	_ = s.emit(doc, line)
}

// jsonRecord is one article object; the aliases accept the field names
// other news dumps use.
type jsonRecord struct {
	ID          json.RawMessage `json:"id"`
	Title       *string         `json:"title"`
	Headline    *string         `json:"headline"`
	Text        *string         `json:"text"`
	Body        *string         `json:"body"`
	Content     *string         `json:"content"`
	PublishedAt *string         `json:"published_at"`
	Published   *string         `json:"published"`
	Date        *string         `json:"date"`
	Source      *string         `json:"source"`
	URL         *string         `json:"url"`
	Dateline    *string         `json:"dateline"`
}

func first(ps ...*string) string {
	for _, p := range ps {
		if p != nil && *p != "" {
			return *p
		}
	}
	return ""
}

// parseRecord reads one JSON article object.
func parseRecord(b []byte) (Fields, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		if !json.Valid(b) {
			return Fields{}, &causeError{"broken JSON", syntaxError(b)}
		}
		return Fields{}, &causeError{what: "not a JSON object"}
	}
	var r jsonRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return Fields{}, &causeError{"broken JSON", err}
	}
	id, err := rawID(r.ID)
	if err != nil {
		return Fields{}, err
	}
	return Fields{
		ID:          id,
		Title:       first(r.Title, r.Headline),
		Text:        withDateline(first(r.Dateline), first(r.Text, r.Body, r.Content)),
		PublishedAt: first(r.PublishedAt, r.Published, r.Date),
		Source:      first(r.Source),
		URL:         first(r.URL),
	}, nil
}

// withDateline puts a dateline kept apart from the text (Reuters:
// "TOKYO, March 27") back where the wire had it, in front of the story, so
// the extractor can read the story's local date from it.
func withDateline(dateline, text string) string {
	dateline = strings.TrimSpace(dateline)
	if dateline == "" || strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), dateline) {
		return text
	}
	return dateline + " - " + text
}

func syntaxError(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	return errors.New("invalid JSON")
}

// rawID accepts a string or a number as an id.
func rawID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", &causeError{"bad id", err}
		}
		return s, nil
	}
	if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return string(raw), nil
	}
	return "", &causeError{what: "id must be a string or a number"}
}

// loadJSON reads a file holding one article object or an array of them.
func loadJSON(s *source) {
	b, ok := s.readWhole()
	if !ok {
		return
	}
	str, ok := s.decode(b, 0)
	if !ok {
		return
	}
	b = bytes.TrimSpace([]byte(str))
	if len(b) > 0 && b[0] == '[' {
		loadJSONArray(s, b)
		return
	}
	f, err := parseRecord(b)
	if err != nil {
		s.fail(0, err)
		return
	}
	s.build(f, s.path, 0)
}

func loadJSONArray(s *source, b []byte) {
	var items []json.RawMessage
	if err := json.Unmarshal(b, &items); err != nil {
		s.problem(0, err, "broken JSON")
		return
	}
	if len(items) == 0 {
		s.problem(0, nil, "empty JSON array")
		return
	}
	for i, raw := range items {
		origin := fmt.Sprintf("%s[%d]", s.path, i)
		f, err := parseRecord(raw)
		if err == nil {
			var doc kg.Document
			var dateErr error
			doc, dateErr, err = f.Document(origin)
			if err == nil {
				if dateErr != nil {
					log := zerolog.Ctx(s.ctx)
					log.Warn().Str("origin", origin).Err(dateErr).Msg("published date ignored")
				}
				if s.emit(doc, 0) != nil {
					return
				}
				continue
			}
		}
		what, cause := explain(err)
		s.opts.OnError(s.path, badInput(origin, 0, cause, what))
	}
}

// causeError is a bad record: what is wrong, and the parser's cause.
type causeError struct {
	what string
	err  error
}

func (e *causeError) Error() string {
	if e.err == nil {
		return e.what
	}
	return e.what + ": " + e.err.Error()
}

func (e *causeError) Unwrap() error { return e.err }

// explain splits an error into the words for a message and its cause.
func explain(err error) (string, error) {
	var ce *causeError
	if errors.As(err, &ce) {
		return ce.what, ce.err
	}
	return err.Error(), nil
}

// fail reports a bad record or file.
func (s *source) fail(line int, err error) {
	what, cause := explain(err)
	s.problem(line, cause, what)
}

// loadJSONL streams a JSON Lines file, one article per line. Lines longer
// than the article limit are skipped without being held in memory.
func loadJSONL(s *source) {
	lr := lineReader{r: s.r, max: int(s.opts.maxBytes())}
	records := 0
	for {
		line, n, tooLong, err := lr.next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				s.problem(n, err, "cannot read")
				return
			}
			if line == nil && !tooLong {
				break
			}
		}
		if s.ctx.Err() != nil {
			s.stopped = s.ctx.Err()
			return
		}
		switch {
		case tooLong:
			s.problem(n, nil, "record larger than the article size limit of "+humanBytes(int64(lr.max)))
		case len(bytes.TrimSpace(line)) == 0:
			// blank lines separate nothing in JSON Lines; skip them
		default:
			records++
			s.jsonLine(line, n)
			if s.stopped != nil {
				return
			}
		}
		if err != nil { // io.EOF after a last line without \n
			break
		}
	}
	if records == 0 {
		s.problem(0, nil, "no JSON records")
	}
}

func (s *source) jsonLine(line []byte, n int) {
	if !utf8.Valid(line) {
		str, ok := s.decode(line, n)
		if !ok {
			return
		}
		line = []byte(str)
	}
	f, err := parseRecord(line)
	if err != nil {
		s.fail(n, err)
		return
	}
	s.build(f, fmt.Sprintf("%s:%d", s.path, n), n)
}

// lineReader yields lines of at most max bytes; longer ones are drained
// and flagged.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int
	buf  []byte
}

// next returns the next line without its line ending, its 1-based number,
// whether it was too long, and io.EOF with (or after) the last line.
func (l *lineReader) next() ([]byte, int, bool, error) {
	l.buf = l.buf[:0]
	tooLong := false
	got := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if len(chunk) > 0 {
			got = true
		}
		if !tooLong {
			if len(l.buf)+len(chunk) > l.max+2 { // +2: the line ending
				tooLong = true
				l.buf = l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if !got && err != nil {
			return nil, l.line, false, err
		}
		l.line++
		if tooLong {
			return nil, l.line, true, err
		}
		return bytes.TrimRight(l.buf, "\r\n"), l.line, false, err
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
