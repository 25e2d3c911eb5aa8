package ingest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

// result is one call of a Read callback.
type result struct {
	a   *truce.Article
	err error
}

// fixedNow is the clock of test readers.
var fixedNow = time.Date(2025, 10, 23, 12, 0, 0, 0, time.UTC)

// MustReader returns a Reader with a fixed clock.
func MustReader(tb testing.TB) *Reader {
	tb.Helper()
	r := NewReader()
	r.Now = func() time.Time { return fixedNow }
	return r
}

// MustRead reads input with r and returns every callback result, failing
// the test if Read itself fails.
func MustRead(tb testing.TB, r *Reader, input string) []result {
	tb.Helper()
	var out []result
	err := r.Read(context.Background(), input, func(a *truce.Article, err error) error {
		out = append(out, result{a, err})
		return nil
	})
	if err != nil {
		tb.Fatalf("Read(%q) = %v", input, err)
	}
	return out
}

// MustReadFile returns the contents of a file under testdata.
func MustReadFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// checkArticle fails tb if a is not well-formed: derived fields set, body
// clean and valid UTF-8.
func checkArticle(tb testing.TB, a *truce.Article) {
	tb.Helper()
	if a == nil {
		tb.Fatal("nil article with nil error")
	}
	if a.ID == "" || len(a.ContentHash) != 64 {
		tb.Errorf("article %q: id %q, content hash %q", a.Origin, a.ID, a.ContentHash)
	}
	if a.Text == "" {
		tb.Errorf("article %q: empty text", a.Origin)
	}
	if a.Text != "" && SimHash(a.Text) != a.SimHash {
		tb.Errorf("article %q: simhash not of its text", a.Origin)
	}
	body, related, _, _ := Clean(a.Text)
	if body != a.Text || len(related) != 0 {
		tb.Errorf("article %q: text is not clean", a.Origin)
	}
}
