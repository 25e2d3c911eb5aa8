package sqlite

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

// Actors used by the fixtures.
var (
	pakMil = truce.Actor{Text: "Pakistani jets", Name: "Pakistan Armed Forces", ID: "PAKMIL", Country: "PAK", Sector: "MIL"}
	pakGov = truce.Actor{Text: "Islamabad", Name: "Government of Pakistan", ID: "PAKGOV", Country: "PAK", Sector: "GOV"}
	afgGov = truce.Actor{Text: "the Taliban government", Name: "Afghan Taliban government", ID: "AFGGOV", Country: "AFG", Sector: "GOV"}
	afgCvl = truce.Actor{Text: "civilians", Name: "Afghan civilians", ID: "AFGCVL", Country: "AFG", Sector: "CVL"}
	ttp    = truce.Actor{Text: "the TTP", Name: "Tehrik-e-Taliban Pakistan", ID: "TTP", Country: "PAK", Sector: "REB"}
	qatar  = truce.Actor{Text: "Qatar", Name: "Qatar", ID: "QAT", Country: "QAT", Sector: "GOV"}
)

var (
	kabul = &truce.Location{Text: "Kabul", Name: "Kabul", Country: "AFG", Admin1: "Kabul", Lat: 34.5281, Lon: 69.1723, GeonamesID: 1138958, Precision: "city"}
	wana  = &truce.Location{Text: "Wana", Name: "Wana", Country: "PAK", Admin1: "Khyber Pakhtunkhwa", Lat: 32.2989, Lon: 69.5725, GeonamesID: 1162862, Precision: "city"}
)

// newArticle returns an article with the given id, text, publication day
// (YYYY-MM-DD or "") and simhash; its content hash and URLs derive from id.
func newArticle(tb testing.TB, id, text, published string, simhash uint64) *truce.Article {
	tb.Helper()
	a := &truce.Article{
		ID:           id,
		URL:          "https://news.example/" + id + "?utm_source=feed",
		CanonicalURL: "https://news.example/" + id,
		Origin:       "https://news.example/feed.xml",
		Title:        "Report " + id,
		Text:         text,
		ContentHash:  fmt.Sprintf("%064x", id),
		SimHash:      simhash,
		Fetched:      time.Date(2025, 10, 20, 8, 30, 0, 0, time.UTC),
	}
	if published != "" {
		a.Published = mustDay(tb, published).Add(9 * time.Hour)
	}
	return a
}

// newEvent returns an event with the given id, type and date between src
// and tgt.
func newEvent(id, typ, date string, src, tgt []truce.Actor, loc *truce.Location) truce.Event {
	return truce.Event{
		ID:       id,
		Type:     typ,
		Source:   src,
		Target:   tgt,
		Location: loc,
		Date:     date,
		Status:   truce.StatusReported,
		Evidence: truce.Evidence{Sentence: "Sentence behind " + id + ".", Start: 0, End: 20},
	}
}

func mustDay(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// mustPut stores a and x and fails the test unless the put reports status.
func mustPut(tb testing.TB, s truce.Store, a *truce.Article, x *truce.Extraction, status string) truce.PutResult {
	tb.Helper()
	res, err := s.PutArticle(context.Background(), a, x)
	if err != nil {
		tb.Fatalf("PutArticle(%s): %v", a.ID, err)
	}
	if res.Status != status {
		tb.Fatalf("PutArticle(%s) status = %q, want %q (result %+v)", a.ID, res.Status, status, res)
	}
	return res
}

func mustEvent(tb testing.TB, s truce.Store, id string) *truce.Event {
	tb.Helper()
	e, err := s.Event(context.Background(), id)
	if err != nil {
		tb.Fatalf("Event(%s): %v", id, err)
	}
	return e
}

func mustEvents(tb testing.TB, s truce.Store, f truce.EventFilter) []*truce.Event {
	tb.Helper()
	es, err := s.Events(context.Background(), f)
	if err != nil {
		tb.Fatalf("Events(%+v): %v", f, err)
	}
	return es
}

func eventIDs(es []*truce.Event) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// snapshot renders everything s holds, to compare before and after an
// operation that must change nothing.
func snapshot(tb testing.TB, s truce.Store) string {
	tb.Helper()
	ctx := context.Background()
	as, err := s.Articles(ctx, truce.ArticleFilter{Limit: 1 << 20})
	if err != nil {
		tb.Fatalf("Articles: %v", err)
	}
	es := mustEvents(tb, s, truce.EventFilter{Limit: 1 << 20})
	cs, err := s.Ceasefires(ctx)
	if err != nil {
		tb.Fatalf("Ceasefires: %v", err)
	}
	slices.SortFunc(as, func(a, b *truce.Article) int { return cmp.Compare(a.ID, b.ID) })
	b, err := json.MarshalIndent(map[string]any{"articles": as, "events": es, "ceasefires": cs}, "", " ")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
