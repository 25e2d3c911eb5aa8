package http

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
)

var (
	pakMil = truce.Actor{Text: "Pakistani jets", Name: "Pakistan Armed Forces", ID: "PAKMIL", Country: "PAK", Sector: "MIL"}
	afgGov = truce.Actor{Text: "the Taliban government", Name: "Afghan Taliban government", ID: "AFGGOV", Country: "AFG", Sector: "GOV"}
	ttp    = truce.Actor{Text: "the TTP", Name: "Tehrik-e-Taliban Pakistan", ID: "TTP", Country: "PAK", Sector: "REB"}
	qatar  = truce.Actor{Text: "Qatar", Name: "Qatar", ID: "QAT", Country: "QAT", Sector: "GOV"}
	kabul  = &truce.Location{Text: "Kabul", Name: "Kabul", Country: "AFG", Lat: 34.53, Lon: 69.17, Precision: "city"}
	wana   = &truce.Location{Text: "Wana", Name: "Wana", Country: "PAK", Lat: 32.3, Lon: 69.57, Precision: "city"}
)

// fixtureText is the article the fixture events come from; the offsets
// below count its code points.
const fixtureText = "Militants of the TTP attacked a checkpoint in Wana on Sunday, killing 23 soldiers. " +
	"Pakistani jets struck targets in Kabul on Monday in response, the Taliban said. " +
	"Qatar brokered a 48-hour truce on Wednesday. " +
	"The Taliban accused Pakistan of violating the truce in a note <script>alert('x')</script> that must stay text."

// sentence returns the n-th sentence of fixtureText and its code-point
// offsets.
func sentence(n int) (string, int, int) {
	parts := strings.SplitAfter(fixtureText, ". ")
	start := 0
	for i := 0; i < n; i++ {
		start += len([]rune(parts[i]))
	}
	s := strings.TrimSpace(parts[n])
	return s, start, start + len([]rune(s))
}

// MustFixtureStore opens a store holding one article with four events and
// a ceasefire, and closes it when the test ends.
func MustFixtureStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "fixture.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	a := &truce.Article{ID: "art-1", URL: "https://news.example/wana", Title: "Attack in Wana", Text: fixtureText,
		Published: time.Date(2025, 10, 14, 9, 0, 0, 0, time.UTC), ContentHash: "hash-1"}
	ev := func(id, typ string, quad int, date string, src, tgt []truce.Actor, loc *truce.Location, n int, dead *truce.Count) truce.Event {
		s, start, end := sentence(n)
		return truce.Event{ID: id, Type: typ, Quad: quad, Goldstein: float64(5 - 3*quad), Date: date, Source: src, Target: tgt,
			Location: loc, Fatalities: dead, Status: truce.StatusReported,
			Evidence: truce.Evidence{ArticleID: "art-1", Sentence: s, Start: start, End: end}}
	}
	x := &truce.Extraction{Events: []truce.Event{
		ev("ev-attack", truce.Assault, 4, "2025-10-12", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana, 0, &truce.Count{Min: 23, Max: 23}),
		ev("ev-strike", truce.Assault, 4, "2025-10-13", []truce.Actor{pakMil}, []truce.Actor{afgGov}, kabul, 1, nil),
		ev("ev-truce", truce.Agree, 1, "2025-10-15", []truce.Actor{qatar}, []truce.Actor{pakMil, afgGov}, nil, 2, nil),
		ev("ev-note", truce.Accuse, 3, "2025-10-16", []truce.Actor{afgGov}, []truce.Actor{pakMil}, kabul, 3, nil),
	}, Ceasefires: []truce.Ceasefire{{
		ID: "cf-1", Parties: []truce.Actor{pakMil, afgGov}, Mediators: []truce.Actor{qatar},
		Announced: "2025-10-15", DurationHours: 48, State: truce.CeasefireViolated, Terms: []string{"halt strikes"},
		Events:     []string{"ev-truce"},
		Violations: []truce.Violation{{EventID: "ev-note", Date: "2025-10-16", Accused: &pakMil, AccusedBy: &afgGov}},
	}}}
	x.Events[1].RetaliatesFor = "ev-attack"
	if _, err := s.PutArticle(ctx, a, x); err != nil {
		tb.Fatal(err)
	}
	return s
}

// fakeWriter stands in for the watcher, whose fetching is tested in
// package watch.
type fakeWriter struct {
	addFeed   func(ctx context.Context, url string) (bool, error)
	ingestURL func(ctx context.Context, url string) ([]truce.PutResult, error)
}

func (f fakeWriter) AddFeed(ctx context.Context, url string) (bool, error) {
	return f.addFeed(ctx, url)
}
func (f fakeWriter) IngestURL(ctx context.Context, url string) ([]truce.PutResult, error) {
	return f.ingestURL(ctx, url)
}

// MustServer returns a server over store.
func MustServer(tb testing.TB, store Store) *Server {
	tb.Helper()
	s, err := NewServer(store, nil)
	if err != nil {
		tb.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2025, 10, 20, 12, 0, 0, 0, time.UTC) }
	return s
}

// do sends one request to h and returns the response.
func do(tb testing.TB, h nethttp.Handler, method, target, body string, header map[string]string) *httptest.ResponseRecorder {
	tb.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// decode unmarshals a JSON response body into v.
func decode(tb testing.TB, rec *httptest.ResponseRecorder, v any) {
	tb.Helper()
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		tb.Fatalf("decode %s: %v", truncateBody(rec.Body.String()), err)
	}
}

func truncateBody(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return fmt.Sprintf("%q", s)
}

func newTextLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, nil))
}
