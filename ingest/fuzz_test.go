package ingest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// checkFuzzError fails t unless err is a *truce.Error naming the input.
func checkFuzzError(t *testing.T, err error, name string) {
	t.Helper()
	if code := truce.ErrorCode(err); code != truce.EINVALID && code != truce.ETOOLARGE {
		t.Fatalf("error %v has code %q", err, code)
	}
	if !strings.HasPrefix(err.Error(), name) {
		t.Fatalf("error %q does not name %q", err, name)
	}
}

// checkFuzzArticle fails t unless a is well-formed.
func checkFuzzArticle(t *testing.T, a *truce.Article) {
	t.Helper()
	if a == nil {
		t.Fatal("nil article and nil error")
	}
	if a.ID == "" || len(a.ContentHash) != 64 || strings.TrimSpace(a.Text) == "" {
		t.Fatalf("incomplete article: id %q hash %q text %q", a.ID, a.ContentHash, a.Text)
	}
	if !utf8.ValidString(a.Text) {
		t.Fatalf("text is not UTF-8: %q", a.Text)
	}
	if a.SimHash != SimHash(a.Text) {
		t.Fatal("simhash is not of the text")
	}
	if body, _, _, _ := Clean(a.Text); body != a.Text {
		t.Fatalf("text is not clean: %q", a.Text)
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add(MustReadFile(f, "article.html"), "")
	f.Add(MustReadFile(f, "nobody.html"), "https://example.com/x")
	f.Add([]byte("<p>Three words here</p>"), "https://example.com/")
	f.Add([]byte("<html><head><meta charset=\"shift_jis\"><link rel=canonical href=\"//x\"></head><body><p>\x82\xa0\x82\xa2 text</p>"), "http://a/b")
	f.Add([]byte(strings.Repeat("<div>", 3000)+"deep text in divs"), "")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := ParseHTML("fuzz.html", page, pageURL)
		if err != nil {
			checkFuzzError(t, err, "fuzz.html: ")
			return
		}
		checkFuzzArticle(t, a)
		if a.Origin != "fuzz.html" {
			t.Fatalf("origin %q", a.Origin)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(MustReadFile(f, "docs.jsonl"))
	f.Add([]byte(`{"id":1e400,"text":"x"}` + "\n" + `{"text":"\ud800 lone surrogate"}`))
	f.Add([]byte(`{"html":"<p>a b c</p>","url":"http://x/%zz"}`))
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"bom\"}\r\n\r\n[[[[[[["))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader()
		r.MaxBytes = 4096
		lines := 0
		err := r.ReadJSONL(context.Background(), "fuzz.jsonl", bytes.NewReader(data), func(a *truce.Article, err error) error {
			lines++
			if err != nil {
				checkFuzzError(t, err, "fuzz.jsonl:")
				return nil
			}
			checkFuzzArticle(t, a)
			if !strings.HasPrefix(a.Origin, "fuzz.jsonl:") {
				t.Fatalf("origin %q", a.Origin)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadJSONL = %v", err)
		}
		if max := bytes.Count(data, []byte("\n")) + 1; lines > max {
			t.Fatalf("%d results from %d lines", lines, max)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add(MustReadFile(f, "feed.rss"))
	f.Add(MustReadFile(f, "feed.atom"))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"Some text here","url":"https://e.com/1"}]}`))
	f.Add([]byte(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>x</title><description>d</description></item></rdf:RDF>`))
	f.Add([]byte("<rss><channel><item><description>&lt;p&gt;a&lt;/p&gt;</description></item>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := ParseFeed("fuzz.xml", data)
		if err != nil {
			checkFuzzError(t, err, "fuzz.xml: ")
			return
		}
		for _, it := range items {
			a, err := it.Article("fuzz.xml")
			if err != nil {
				checkFuzzError(t, err, "fuzz.xml: ")
				continue
			}
			checkFuzzArticle(t, a)
		}
	})
}
