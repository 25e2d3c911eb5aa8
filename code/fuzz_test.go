package code_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
)

// FuzzExtract feeds arbitrary text through the whole coder (sentences, tags,
// actors, places, dates, triggers, tolls, ceasefire tallies and monitoring
// terms) and checks the invariants every extraction must keep, whatever the
// input: no panic, evidence offsets inside the text and pointing at the
// sentence they quote, sane tolls and codes, ceasefire ids that exist.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Pakistani jets struck TTP hideouts in Kabul on Thursday, killing at least 12 people.",
		"Kabul said 58 soldiers were killed; Pakistan put its losses at 23.",
		"The 48-hour ceasefire, mediated by Qatar and Turkey, was violated twice, officials said, adding that dozens of breaches had been counted since it began.",
		"A joint monitoring committee of the two armies will verify the truce, which commits both sides to respect territorial sovereignty.",
		"Gaza health officials said 104 people were killed in strikes that broke the truce on Tuesday.",
		"He said they would not attend unless it was withdrawn.",
		"Police arrested 3,000 protesters; 2–5 died and scores were wounded.",
		"",
		"....;;;,,,———",
		"killed killed killed 9999999999999999999 dead",
		"\u202eAl-Shabaab\u00a0fighters\tattacked\r\nMogadishu",
		// A past participle that opens the sentence once read the token
		// before the first.
		"Backed by Rwandan troops, M23 rebels seized the town of Bunagana.",
		// A denial whose target was carried over from an earlier
		// sentence once read that target's tokens in its own.
		carriedTargetText,
	} {
		f.Add(s, "2025-11-20")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			t.Skip() // ingest rejects invalid UTF-8 and splits large inputs
		}
		a := &truce.Article{ID: "fuzz", Text: text}
		if d, err := time.Parse(time.DateOnly, published); err == nil {
			a.Published = d
		}
		ingest.Finish(a)
		x, err := MustCoder(t).Extract(context.Background(), a)
		if errors.Is(err, code.ErrInternal) {
			t.Fatal(err) // a fault of the coder, caught by Extract's guard
		}
		if err != nil {
			return // an error is an answer; only faults and broken records fail
		}
		checkExtraction(t, a.Text, x)
	})
}

func checkExtraction(t *testing.T, text string, x *truce.Extraction) {
	t.Helper()
	runes := []rune(text)
	cfs := make(map[string]bool)
	for _, cf := range x.Ceasefires {
		cfs[cf.ID] = true
	}
	for i, e := range x.Events {
		ev := e.Evidence
		if ev.Start < 0 || ev.End < ev.Start || ev.End > len(runes) {
			t.Fatalf("event %d: evidence [%d,%d) outside a text of %d code points", i, ev.Start, ev.End, len(runes))
		}
		if got := string(runes[ev.Start:ev.End]); strings.TrimSpace(got) != strings.TrimSpace(ev.Sentence) {
			t.Errorf("event %d: evidence offsets give %q, sentence is %q", i, got, ev.Sentence)
		}
		for _, c := range []*truce.Count{e.Fatalities, e.Injuries} {
			if c != nil && (c.Min < 0 || c.Max != 0 && c.Max < c.Min) {
				t.Errorf("event %d: count %+v", i, *c)
			}
		}
		if e.Quad < 1 || e.Quad > 4 {
			t.Errorf("event %d: quad %d", i, e.Quad)
		}
		if e.Type == "" || e.CAMEO == "" {
			t.Errorf("event %d: type %q cameo %q", i, e.Type, e.CAMEO)
		}
		if e.CeasefireID != "" && !cfs[e.CeasefireID] {
			t.Errorf("event %d: ceasefire %q not in the list", i, e.CeasefireID)
		}
		if !(e.Confidence >= 0 && e.Confidence <= 1) {
			t.Errorf("event %d: confidence %v is not a probability", i, e.Confidence)
		}
	}
}
