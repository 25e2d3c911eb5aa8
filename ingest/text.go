package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of a document is checked for NUL bytes.
const sniffLen = 8 << 10

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// inputError returns a *truce.Error whose message names the input and the
// problem, wrapping err when it is not nil.
func inputError(code, name string, err error, format string, args ...any) error {
	return &truce.Error{Code: code, Message: name + ": " + fmt.Sprintf(format, args...), Err: err}
}

func errEmpty(name string) error {
	return inputError(truce.EINVALID, name, nil, "empty document")
}

func errBinary(name string) error {
	return inputError(truce.EINVALID, name, nil, "binary content, not text")
}

// decodeText returns b as UTF-8 text. A UTF-8 BOM is dropped and UTF-16
// with a BOM is converted; other input that is not valid UTF-8 is read as
// Windows-1252 (a superset of Latin-1's printable characters). Input with a
// NUL byte in its first 8 KiB, or with more than 10% control characters, is
// binary; input with nothing but white space is empty.
func decodeText(name string, b []byte) (string, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", errEmpty(name)
	}
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		b = b[len(utf8BOM):]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", errBinary(name)
		}
		b = out
	}
	if bytes.IndexByte(b[:min(len(b), sniffLen)], 0) >= 0 {
		return "", errBinary(name)
	}
	var s string
	if utf8.Valid(b) {
		s = string(b)
	} else {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", errBinary(name)
		}
		s = string(out)
	}
	if controlShare(s) > 0.10 {
		return "", errBinary(name)
	}
	if strings.TrimSpace(s) == "" {
		return "", errEmpty(name)
	}
	return s, nil
}

// controlShare returns the share of runes in s that are control characters
// other than white space, or invalid.
func controlShare(s string) float64 {
	var n, bad int
	for _, r := range s {
		n++
		if r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			bad++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(bad) / float64(n)
}

// Title rule for plain text: the first line is the title when it is
// followed by a blank line and more text, has at most maxTitleWords words and
// maxTitleRunes characters, and does not end like a sentence or a clause
// (".", ",", ";", ":"). A question or an exclamation may be a title.
const (
	maxTitleWords = 20
	maxTitleRunes = 200
)

// ParseText makes an article from plain text (or Markdown, read as text).
// The encoding is handled as described for Reader. The first line becomes
// the title, and leaves the body, only when it is short, does not end with
// ".", ",", ";" or ":", and is followed by a blank line and more text;
// otherwise the whole text is body. It returns an EINVALID error naming the
// input when the text is empty, binary, or has no body text once navigation
// lines are removed.
func ParseText(name string, text []byte) (*truce.Article, error) {
	s, err := decodeText(name, text)
	if err != nil {
		return nil, err
	}
	a := &truce.Article{Origin: name}
	a.Title, a.Text = splitTitle(s)
	Finish(a)
	if strings.TrimSpace(a.Text) == "" {
		return nil, inputError(truce.EINVALID, name, nil, "no body text")
	}
	return a, nil
}

// splitTitle applies the plain-text title rule to s.
func splitTitle(s string) (title, body string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimLeft(s, "\n\t \r")
	first, rest, ok := strings.Cut(s, "\n")
	if !ok {
		return "", s
	}
	first = strings.TrimSpace(first)
	blank, after, ok := strings.Cut(rest, "\n")
	if !ok || strings.TrimSpace(blank) != "" || strings.TrimSpace(after) == "" {
		return "", s
	}
	if len(strings.Fields(first)) > maxTitleWords || utf8.RuneCountInString(first) > maxTitleRunes ||
		strings.ContainsAny(first[len(first)-1:], ".,;:") || isNavigation(first) {
		return "", s
	}
	return first, after
}
