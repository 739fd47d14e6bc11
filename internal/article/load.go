package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/actorgraph/actorgraph/internal/kg"
)

const sniffLen = 8 << 10

// countingReader counts the raw bytes a walk consumed, for progress.
type countingReader struct {
	r     io.Reader
	total *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.total += int64(n)
	return n, err
}

// source is one opened input as the format loaders see it.
type source struct {
	ctx      context.Context
	path     string
	r        *bufio.Reader // decompressed
	opts     Options
	consumed *int64
	fn       func(Item) error
	stopped  error // the caller's fn failed: the walk ends with this error
}

// emit hands a finished document to the caller.
func (s *source) emit(doc kg.Document, line int) error {
	if err := s.ctx.Err(); err != nil {
		s.stopped = err
		return err
	}
	if err := s.fn(Item{Doc: doc, Path: s.path, Line: line, BytesRead: *s.consumed}); err != nil {
		s.stopped = err
		return err
	}
	return nil
}

func (s *source) problem(line int, cause error, what string) {
	report(s.opts, s.path, line, cause, what)
}

// load detects the format of r and loads its articles. It returns only the
// caller's error or ctx's; everything else is reported.
func load(ctx context.Context, path string, r io.Reader, opts Options, consumed *int64, fn func(Item) error) error {
	br := bufio.NewReaderSize(countingReader{r: r, total: consumed}, 64<<10)
	gz := strings.HasSuffix(strings.ToLower(path), ".gz")
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz = true
	} else if gz {
		if len(head) == 0 {
			report(opts, path, 0, nil, "empty file")
		} else {
			report(opts, path, 0, nil, "not gzip data despite the .gz name")
		}
		return nil
	}
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			report(opts, path, 0, err, "broken gzip data")
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	if head, _ := br.Peek(4); hasUTF16BOM(head) {
		// UTF-16 text (Windows "Unicode" files) becomes UTF-8 here, so the
		// format loaders see only UTF-8 or single-byte text.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	}
	s := &source{ctx: ctx, path: path, r: br, opts: opts, consumed: consumed, fn: fn}

	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		s.problem(0, err, "cannot read")
		return nil
	}
	if len(bytes.TrimSpace(head)) == 0 && len(head) < sniffLen {
		s.problem(0, nil, "empty file")
		return nil
	}
	if looksBinary(head) {
		s.problem(0, nil, "binary data, not an article")
		return nil
	}
	format := opts.Format
	if format == FormatAuto {
		format = detect(path, head)
	}
	switch format {
	case FormatText:
		loadText(s)
	case FormatJSON:
		loadJSON(s)
	case FormatJSONL:
		loadJSONL(s)
	case FormatHTML:
		loadHTML(s)
	case FormatFeed:
		loadFeed(s)
	default:
		s.problem(0, nil, "unknown format "+string(format))
	}
	if s.stopped != nil {
		return s.stopped
	}
	return nil
}

// readWhole reads the rest of the source up to the article size limit.
func (s *source) readWhole() ([]byte, bool) {
	max := s.opts.maxBytes()
	b, err := io.ReadAll(io.LimitReader(s.r, max+1))
	if err != nil {
		s.problem(0, err, "cannot read")
		return nil, false
	}
	if int64(len(b)) > max {
		s.problem(0, nil, "larger than the article size limit of "+humanBytes(max))
		return nil, false
	}
	return b, true
}

// looksBinary says whether the first bytes of a file are not text: a NUL
// byte, or many control characters. UTF-16 text with a byte-order mark
// is decoded before this check.
func looksBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*20 > len(head) // more than 5%
}
