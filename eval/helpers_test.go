package eval

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// MustLoad loads a gold file or fails the test.
func MustLoad(tb testing.TB, path string) []*Document {
	tb.Helper()
	docs, err := LoadFile(path)
	if err != nil {
		tb.Fatalf("LoadFile(%q): %v", path, err)
	}
	return docs
}

// MustEvidence returns the evidence of the first occurrence of sub in text,
// in code points.
func MustEvidence(tb testing.TB, text, sub string) truce.Evidence {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("%q not in text", sub)
	}
	start := utf8.RuneCountInString(text[:i])
	return truce.Evidence{Sentence: sub, Start: start, End: start + utf8.RuneCountInString(sub)}
}

// MustRun runs eval with a fake extractor that returns x for every
// document, leaving the article text as it is.
func MustRun(tb testing.TB, docs []*Document, x func(a *truce.Article) *truce.Extraction) *Report {
	tb.Helper()
	extract := func(_ context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error) {
		return a, x(a), nil
	}
	r, err := Run(context.Background(), docs, extract)
	if err != nil {
		tb.Fatalf("Run: %v", err)
	}
	return r
}

func actors(ids ...string) []truce.Actor {
	var as []truce.Actor
	for _, id := range ids {
		as = append(as, truce.Actor{ID: id})
	}
	return as
}

// perfect is what a flawless extractor would return for testdata/sudan.txt.
func perfect(tb testing.TB, text string) *truce.Extraction {
	tb.Helper()
	ev := func(sub string) truce.Evidence { return MustEvidence(tb, text, sub) }
	return &truce.Extraction{
		Document: truce.Document{
			Byline: "By Jane Roe", RepublishedFrom: "Khartoum weekly",
			RelatedLinks: []string{"See also: Markets reopen in Port Sudan"},
		},
		Events: []truce.Event{
			{
				ID: "e-market", Type: truce.Assault, Mode: "heavy-weapons",
				Source: actors("RSF"), Target: []truce.Actor{{ID: "SDNCVL", Sector: "CVL"}},
				Location:   &truce.Location{Name: "El Fasher", Country: "SDN"},
				Fatalities: &truce.Count{Min: 7, Max: 7}, Injuries: &truce.Count{Min: 12, Max: 12},
				Status: truce.StatusReported, Evidence: ev("Fighters of the Rapid Support Forces shelled a market"),
			},
			{
				ID: "e-accuse", Type: truce.Accuse, Source: actors("SDNGOV"), Target: actors("RSF"),
				Status: truce.StatusReported, Evidence: ev("Sudan’s government accused the paramilitary"),
			},
			{
				ID: "e-air", Type: truce.Assault, Mode: "aerial", Source: actors("SDNMIL"), Target: actors("RSF"),
				ReportedBy: &truce.Actor{ID: "SDNGOV"}, RetaliatesFor: "e-market",
				Evidence: ev("On Tuesday the Sudanese air force bombed RSF positions"),
			},
			{
				ID: "e-truce", Type: truce.Agree, Mode: "ceasefire", Source: actors("SDNGOV"), Target: actors("RSF"),
				CeasefireID: "cf1", Evidence: ev("A 72-hour truce — brokered by Saudi Arabia"),
			},
			{
				ID: "e-soldiers", Type: truce.Assault, Fatalities: &truce.Count{Min: 2, Max: 2},
				Evidence: ev("finally confirmed that two soldiers had died"),
			},
		},
		Ceasefires: []truce.Ceasefire{{
			ID: "cf1", Mediators: actors("SAU", "USA"), DurationHours: 72,
			Terms: []string{"open aid corridors"}, State: truce.CeasefireViolated,
		}},
	}
}
