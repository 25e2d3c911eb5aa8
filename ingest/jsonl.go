package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/truce-project/truce"
)

// jsonlDoc is one JSONL line. ID is raw so that numeric ids are accepted.
type jsonlDoc struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	Title     *string         `json:"title"`
	URL       *string         `json:"url"`
	Published *string         `json:"published"`
}

// maxIDLen bounds ids taken from JSONL.
const maxIDLen = 256

// ReadJSONL reads documents from rd, one JSON object per line:
// {"id","text","published","title","url"}, with "html" accepted instead of
// "text" (then the page is read as by ParseHTML). published is RFC 3339 or
// YYYY-MM-DD. Unknown fields are ignored and blank lines skipped. A line
// longer than MaxBytes, malformed or hostile JSON, a field of the wrong type,
// a bad date or a line without text is reported to fn as an error naming
// "name:LINE", and reading goes on. Every article's Origin is "name:LINE".
// ReadJSONL returns an error only when fn does, when ctx is done, or when rd
// fails.
func (r *Reader) ReadJSONL(ctx context.Context, name string, rd io.Reader, fn func(*truce.Article, error) error) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	max := r.maxBytes()
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, rerr := readLine(br, max)
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return inputError(truce.EINVALID, name, rerr, "read failed at line %d", lineNo)
		}
		where := fmt.Sprintf("%s:%d", name, lineNo)
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		var a *truce.Article
		var err error
		switch {
		case tooLong:
			err = inputError(truce.ETOOLARGE, where, nil, "line longer than %d bytes", max)
		case len(bytes.TrimSpace(line)) == 0:
			if rerr != nil {
				return nil
			}
			continue
		default:
			a, err = r.parseJSONLine(where, line)
		}
		if ferr := fn(a, err); ferr != nil {
			return ferr
		}
		if rerr != nil {
			return nil
		}
	}
}

// readLine reads one line (without its newline) of at most max bytes. A
// longer line is consumed to its end but not kept, and tooLong is set. err
// is io.EOF on the last line.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the newline
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, tooLong, err
	}
}

// parseJSONLine turns one JSONL line into an article.
func (r *Reader) parseJSONLine(where string, line []byte) (*truce.Article, error) {
	var d jsonlDoc
	if err := json.Unmarshal(line, &d); err != nil {
		return nil, inputError(truce.EINVALID, where, err, "malformed JSON")
	}
	id, err := jsonID(d.ID)
	if err != nil {
		return nil, inputError(truce.EINVALID, where, err, "bad id")
	}
	var a *truce.Article
	switch {
	case d.Text != nil && strings.TrimSpace(*d.Text) != "":
		if strings.ContainsRune(*d.Text, 0) || controlShare(*d.Text) > 0.10 {
			return nil, errBinary(where)
		}
		a = &truce.Article{Text: *d.Text}
	case d.HTML != nil && strings.TrimSpace(*d.HTML) != "":
		a, err = ParseHTML(where, []byte(*d.HTML), deref(d.URL))
		if err != nil {
			return nil, err
		}
	default:
		return nil, inputError(truce.EINVALID, where, nil, "no text")
	}
	a.ID, a.Origin = id, where
	if d.URL != nil {
		a.URL = strings.TrimSpace(*d.URL)
	}
	if d.Title != nil && strings.TrimSpace(*d.Title) != "" {
		a.Title = *d.Title
	}
	if d.Published != nil && strings.TrimSpace(*d.Published) != "" {
		t, ok := parseTime(*d.Published)
		if !ok {
			return nil, inputError(truce.EINVALID, where, nil, "published %q is not RFC 3339 or YYYY-MM-DD", truncate(*d.Published, 40))
		}
		a.Published = t
	}
	a.Fetched = r.now()
	Finish(a)
	if strings.TrimSpace(a.Text) == "" {
		return nil, inputError(truce.EINVALID, where, nil, "no body text")
	}
	return a, nil
}

// jsonID accepts a JSON string or number as an id.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var id string
	switch raw[0] {
	case '"':
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", err
		}
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		id = string(raw)
	default:
		return "", errors.New("id must be a string or a number")
	}
	id = strings.TrimSpace(id)
	if len(id) > maxIDLen {
		return "", fmt.Errorf("id longer than %d bytes", maxIDLen)
	}
	return id, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// truncate shortens s to at most n runes for messages.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
