package ingest

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

func TestReadJSONL(t *testing.T) {
	r := MustReader(t)
	var got []result
	err := r.ReadJSONL(context.Background(), "docs.jsonl", bytes.NewReader(MustReadFile(t, "docs.jsonl")), func(a *truce.Article, err error) error {
		got = append(got, result{a, err})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Line 4 is blank and skipped.
	want := []struct {
		origin    string
		id        string
		title     string
		published string
		errText   string
	}{
		{origin: "docs.jsonl:1", id: "a1", title: "Village shelled", published: "2025-06-01"},
		{errText: "docs.jsonl:2: malformed JSON"},
		{origin: "docs.jsonl:3", id: "a3", title: "Talks resume", published: "2025-06-03"},
		{errText: "docs.jsonl:5: no text"},
		{errText: `docs.jsonl:6: published "June 2025" is not RFC 3339 or YYYY-MM-DD`},
		{origin: "docs.jsonl:7", id: "6", published: "2025-06-06"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d results, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if w.errText != "" {
			if g.err == nil || !strings.HasPrefix(g.err.Error(), w.errText) || truce.ErrorCode(g.err) != truce.EINVALID {
				t.Errorf("result %d: err %v, want %q", i, g.err, w.errText)
			}
			continue
		}
		if g.err != nil {
			t.Errorf("result %d: %v", i, g.err)
			continue
		}
		checkArticle(t, g.a)
		if g.a.Origin != w.origin || g.a.ID != w.id || g.a.Title != w.title || g.a.Published.Format(time.DateOnly) != w.published {
			t.Errorf("result %d: origin %q id %q title %q published %v; want %+v", i, g.a.Origin, g.a.ID, g.a.Title, g.a.Published, w)
		}
		if !g.a.Fetched.Equal(fixedNow) {
			t.Errorf("result %d: fetched %v", i, g.a.Fetched)
		}
	}
	if c := got[0].a.CanonicalURL; c != "https://example.com/a1" {
		t.Errorf("canonical %q", c)
	}
	if txt := got[2].a.Text; txt != "Delegations from both sides returned to the negotiating table in Doha on Wednesday after a two-week pause, officials said." {
		t.Errorf("html line text %q", txt)
	}
}

func TestReadJSONLHostile(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 20000) + "1" + strings.Repeat("}", 20000)
	tests := []struct {
		name    string
		line    string
		wantErr string
		code    string
	}{
		{name: "deep nesting", line: `{"id":"x","text":"ok","n":` + deep + `}`, wantErr: "malformed JSON"},
		{name: "deep array", line: strings.Repeat("[", 50000), wantErr: "malformed JSON"},
		{name: "huge number id", line: `{"id":` + strings.Repeat("9", 5000) + `,"text":"Some text."}`, wantErr: "bad id"},
		{name: "huge exponent ignored field", line: `{"x":1e999999999,"text":"Some text."}`},
		{name: "text is a number", line: `{"id":"x","text":42}`, wantErr: "malformed JSON"},
		{name: "text is an object", line: `{"id":"x","text":{"a":"b"}}`, wantErr: "malformed JSON"},
		{name: "id is an object", line: `{"id":{"a":1},"text":"Some text."}`, wantErr: "bad id"},
		{name: "top-level array", line: `["text"]`, wantErr: "malformed JSON"},
		{name: "top-level string", line: `"text"`, wantErr: "malformed JSON"},
		{name: "NUL in text", line: `{"text":"a\u0000b\u0000c"}`, wantErr: "binary content"},
		{name: "invalid UTF-8 replaced", line: "{\"text\":\"caf\xe9 talks\"}"},
		{name: "trailing garbage", line: `{"text":"a"} x`, wantErr: "malformed JSON"},
		{name: "null text", line: `{"text":null}`, wantErr: "no text"},
		{name: "too long", line: `{"text":"` + strings.Repeat("a", 2000) + `"}`, wantErr: "line longer than 1024 bytes", code: truce.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustReader(t)
			r.MaxBytes = 1024
			if tt.name == "deep nesting" || tt.name == "deep array" || tt.name == "huge number id" {
				r.MaxBytes = 1 << 20
			}
			in := "{\"id\":\"before\",\"text\":\"First.\"}\n" + tt.line + "\n{\"id\":\"after\",\"text\":\"Last.\"}\n"
			var got []result
			err := r.ReadJSONL(context.Background(), "h.jsonl", strings.NewReader(in), func(a *truce.Article, err error) error {
				got = append(got, result{a, err})
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 3 || got[0].a == nil || got[0].a.ID != "before" || got[2].a == nil || got[2].a.ID != "after" {
				t.Fatalf("neighbouring lines not read: %+v", got)
			}
			mid := got[1]
			if tt.wantErr == "" {
				if mid.err != nil {
					t.Fatalf("err %v", mid.err)
				}
				checkArticle(t, mid.a)
				return
			}
			code := tt.code
			if code == "" {
				code = truce.EINVALID
			}
			if mid.err == nil || !strings.HasPrefix(mid.err.Error(), "h.jsonl:2: ") || !strings.Contains(mid.err.Error(), tt.wantErr) || truce.ErrorCode(mid.err) != code {
				t.Fatalf("err %v (code %s), want h.jsonl:2 … %q (code %s)", mid.err, truce.ErrorCode(mid.err), tt.wantErr, code)
			}
		})
	}
}

func TestReadJSONLStops(t *testing.T) {
	stop := errors.New("stop")
	in := "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n{\"text\":\"Three.\"}\n"
	tests := []struct {
		name    string
		cancel  bool
		wantErr error
		wantN   int
	}{
		{name: "callback error", wantErr: stop, wantN: 2},
		{name: "cancelled context", cancel: true, wantErr: context.Canceled, wantN: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancel {
				cancel()
			}
			n := 0
			err := MustReader(t).ReadJSONL(ctx, "s.jsonl", strings.NewReader(in), func(a *truce.Article, err error) error {
				n++
				if n == 2 {
					return stop
				}
				return nil
			})
			if !errors.Is(err, tt.wantErr) || n != tt.wantN {
				t.Fatalf("err %v after %d calls, want %v after %d", err, n, tt.wantErr, tt.wantN)
			}
		})
	}
}

func TestReadJSONLLongLines(t *testing.T) {
	// Lines longer than the bufio buffer but within MaxBytes are read whole.
	r := MustReader(t)
	long := strings.Repeat("The convoy moved slowly. ", 10000) // 250 kB
	in := `{"id":"long","text":"` + long + "\"}\r\n"
	var got []result
	if err := r.ReadJSONL(context.Background(), "l.jsonl", strings.NewReader(in), func(a *truce.Article, err error) error {
		got = append(got, result{a, err})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].err != nil || got[0].a.Text != strings.TrimSpace(long) {
		t.Fatalf("long line not read: %d results, err %v", len(got), got[0].err)
	}
}
