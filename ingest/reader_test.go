package ingest

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestReadFolder(t *testing.T) {
	got := MustRead(t, MustReader(t), "testdata/corpus")
	var origins, errs []string
	for _, g := range got {
		if g.err != nil {
			errs = append(errs, g.err.Error())
			continue
		}
		checkArticle(t, g.a)
		origins = append(origins, g.a.Origin)
		if !g.a.Fetched.Equal(fixedNow) {
			t.Errorf("%s: fetched %v", g.a.Origin, g.a.Fetched)
		}
	}
	wantOrigins := []string{
		"testdata/corpus/2025/geneva.txt",
		"testdata/corpus/2025/october/border.htm",
		"testdata/corpus/2025/october/strike.md",
		"testdata/corpus/docs.jsonl:1",
		"testdata/corpus/docs.jsonl:2",
	}
	if !slices.Equal(origins, wantOrigins) {
		t.Errorf("origins\n%q\nwant\n%q", origins, wantOrigins)
	}
	wantErrs := []string{"testdata/corpus/empty.txt: empty document"}
	if !slices.Equal(errs, wantErrs) {
		t.Errorf("errors %q, want %q", errs, wantErrs)
	}
}

func TestReadFiles(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		wantN     int    // articles
		wantErr   string // message of the only error
		wantCode  string
		wantTitle string
	}{
		{name: "text file", input: "testdata/article.txt", wantN: 1, wantTitle: "Talks on prisoner exchange stall in Geneva"},
		{name: "html file", input: "testdata/article.html", wantN: 1, wantTitle: "Border crossing reopens after week of clashes"},
		{name: "rss file", input: "testdata/feed.rss", wantN: 2, wantTitle: "Militia releases kidnapped aid workers"},
		{name: "atom file", input: "testdata/feed.atom", wantN: 1, wantTitle: "Observers report calm along the ceasefire line"},
		{name: "windows-1252 file", input: "testdata/cp1252.txt", wantN: 1},
		{name: "binary file sniffed", input: "testdata/binary.png", wantErr: "testdata/binary.png: binary content, not text", wantCode: truce.EINVALID},
		{name: "whitespace file", input: "testdata/blank.txt", wantErr: "testdata/blank.txt: empty document", wantCode: truce.EINVALID},
		{name: "html without body", input: "testdata/nobody.html", wantErr: "testdata/nobody.html: no body text", wantCode: truce.EINVALID},
		{name: "missing file", input: "testdata/no-such-file.txt", wantErr: "testdata/no-such-file.txt: cannot open", wantCode: truce.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MustRead(t, MustReader(t), tt.input)
			var arts []*truce.Article
			for _, g := range got {
				if g.err != nil {
					if tt.wantErr == "" {
						t.Errorf("unexpected error %v", g.err)
					} else if !strings.HasPrefix(g.err.Error(), tt.wantErr) || truce.ErrorCode(g.err) != tt.wantCode {
						t.Errorf("error %q (%s), want %q (%s)", g.err, truce.ErrorCode(g.err), tt.wantErr, tt.wantCode)
					}
					continue
				}
				checkArticle(t, g.a)
				arts = append(arts, g.a)
			}
			if len(arts) != tt.wantN {
				t.Fatalf("%d articles, want %d", len(arts), tt.wantN)
			}
			if tt.wantErr != "" && len(got) != 1 {
				t.Errorf("%d results, want 1 error", len(got))
			}
			if tt.wantTitle != "" && arts[0].Title != tt.wantTitle {
				t.Errorf("title %q, want %q", arts[0].Title, tt.wantTitle)
			}
		})
	}
	// The Windows-1252 file is converted.
	got := MustRead(t, MustReader(t), "testdata/cp1252.txt")
	if want := "Ministers met in Brussels to discuss the “peace plan” and its café diplomacy."; got[0].a == nil || got[0].a.Text != want {
		t.Errorf("cp1252 text %+v, want %q", got[0], want)
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// zeros is an endless stream of a repeated letter, standing for huge input.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadTooLarge(t *testing.T) {
	const fifty = 50 << 20
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(f, zeros{}, fifty); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	bigLine := filepath.Join(dir, "big.jsonl")
	f, err = os.Create(bigLine)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, `{"id":"ok","text":"Small first line."}`+"\n"+`{"text":"`)
	io.CopyN(f, zeros{}, fifty)
	io.WriteString(f, "\"}\n"+`{"id":"ok2","text":"Small last line."}`+"\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		input   string
		wantErr string
		wantOK  int
	}{
		{name: "50 MB file", input: big, wantErr: big + ": larger than the 10485760-byte limit"},
		{name: "50 MB JSONL line", input: bigLine, wantErr: bigLine + ":2: line longer than 10485760 bytes", wantOK: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MustRead(t, MustReader(t), tt.input)
			ok := 0
			var errs []error
			for _, g := range got {
				if g.err != nil {
					errs = append(errs, g.err)
				} else {
					ok++
				}
			}
			if ok != tt.wantOK || len(errs) != 1 {
				t.Fatalf("%d articles and errors %v", ok, errs)
			}
			if errs[0].Error() != tt.wantErr || truce.ErrorCode(errs[0]) != truce.ETOOLARGE {
				t.Errorf("error %q (%s), want %q (too_large)", errs[0], truce.ErrorCode(errs[0]), tt.wantErr)
			}
		})
	}

	// From a stream of unknown size, no more than MaxBytes+1 bytes are read.
	r := MustReader(t)
	r.MaxBytes = 1 << 20
	src := &countingReader{r: io.LimitReader(zeros{}, fifty)}
	r.Stdin = src
	res := MustRead(t, r, "-")
	if len(res) != 1 || truce.ErrorCode(res[0].err) != truce.ETOOLARGE || !strings.HasPrefix(res[0].err.Error(), "stdin: ") {
		t.Fatalf("stdin results %+v", res)
	}
	if src.n > r.MaxBytes+1 {
		t.Errorf("read %d bytes from stdin, limit %d", src.n, r.MaxBytes)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantTitle string
		wantText  string
		wantErr   string
	}{
		{name: "plain text", in: "Curfew lifted\n\nThe army lifted the curfew in the old city on Sunday.\n", wantTitle: "Curfew lifted", wantText: "The army lifted the curfew in the old city on Sunday."},
		{name: "html", in: "<!doctype html><html><head><title>Curfew lifted</title></head><body><p>The army lifted the curfew in the old city on Sunday.</p></body></html>", wantTitle: "Curfew lifted", wantText: "The army lifted the curfew in the old city on Sunday."},
		{name: "empty", in: "", wantErr: "stdin: empty document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustReader(t)
			r.Stdin = strings.NewReader(tt.in)
			got := MustRead(t, r, "-")
			if len(got) != 1 {
				t.Fatalf("%d results", len(got))
			}
			if tt.wantErr != "" {
				if got[0].err == nil || got[0].err.Error() != tt.wantErr {
					t.Fatalf("err %v, want %q", got[0].err, tt.wantErr)
				}
				return
			}
			if got[0].err != nil {
				t.Fatal(got[0].err)
			}
			a := got[0].a
			if a.Origin != "stdin" || a.Title != tt.wantTitle || a.Text != tt.wantText {
				t.Errorf("got origin %q title %q text %q", a.Origin, a.Title, a.Text)
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := MustReader(t).Read(context.Background(), "testdata/corpus", func(*truce.Article, error) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Read = %v after %d calls, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = MustReader(t).Read(ctx, "testdata/corpus", func(*truce.Article, error) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("Read = %v after %d calls, want context.Canceled", err, n)
	}
}
