package article

import (
	"bytes"
	"errors"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, utf8BOM) }

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
}

var errEncoding = errors.New("neither UTF-8 nor plausible Windows-1252/Latin-1 text")

// decodeText returns b as a UTF-8 string. Text that is not valid UTF-8 is
// read as Windows-1252 (a superset of Latin-1 for printable text, and what
// old news archives and Windows editors produce) when the result is
// plausible text: no undefined bytes, no control characters, and mostly
// ASCII, as Western-European prose is. Anything else is rejected rather
// than guessed, so garbage never reaches the graph. The second result
// says whether a Windows-1252 decoding was applied.
func decodeText(b []byte) (string, bool, error) {
	b = trimBOM(b)
	if utf8.Valid(b) {
		return string(b), false, nil
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", false, errEncoding
	}
	high, letters := 0, 0
	for _, r := range string(s) {
		switch {
		case r == utf8.RuneError:
			return "", false, errEncoding // byte undefined in Windows-1252
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			return "", false, errEncoding
		case r >= 0x80:
			high++
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	// Real Latin-1 prose has a few accented letters among many plain ones;
	// binary or another encoding read as Windows-1252 is mostly high bytes.
	if letters == 0 || high*4 > letters {
		return "", false, errEncoding
	}
	return string(s), true, nil
}
