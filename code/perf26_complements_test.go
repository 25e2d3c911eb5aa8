package code

import (
	"slices"
	"strings"
	"testing"
)

// TestComplementIndexFindsEveryMatch checks that, at every token of the
// demo's sentences and of a few written for adverbs and repeated words,
// every complement of every category that matches there is among the
// index's candidates, and that the candidates come in file order.
func TestComplementIndexFindsEveryMatch(t *testing.T) {
	c, docs := readDemoDocs(t,
		"The envoy called once again for the release of the hostages and urged them to hand over weapons.",
		"Protesters demanded at last that the army hand hand over power and return return to barracks.",
		"They asked repeatedly to resume talks, and urged the rebels to quickly return the bodies.",
	)
	var sents [][]string
	for _, d := range docs {
		for _, st := range d.sents {
			sents = append(sents, st.low)
		}
	}
	// the complements' own words, alone and after an adverb
	for _, cs := range c.lex.complements {
		for _, cm := range cs {
			w := strings.Join(cm.words, " ")
			sents = append(sents, strings.Fields("urged them to "+w), strings.Fields("urged them to again "+w))
		}
	}
	if len(c.lex.complementIx) != len(c.lex.complements) {
		t.Fatalf("%d indexes for %d categories", len(c.lex.complementIx), len(c.lex.complements))
	}
	found := 0
	var buf [32]int
	for cat, cs := range c.lex.complements {
		ix := c.lex.complementIx[cat]
		for _, low := range sents {
			for k := range low {
				got := ix.candidates(low, k, buf[:0])
				if !slices.IsSorted(got) {
					t.Fatalf("%s at %d of %q: candidates %v out of order", cat, k, low, got)
				}
				for p, cm := range cs {
					if _, ok := matchFrom(low, k, cm.words); ok {
						found++
						if !slices.Contains(got, p) {
							t.Fatalf("%s at %d of %q: complement %q matches but is no candidate", cat, k, low, cm.words)
						}
					}
				}
			}
		}
	}
	if found < 1000 {
		t.Errorf("%d matches: too few to tell", found)
	}
	if got := (*complementIndex)(nil).candidates([]string{"a"}, 0, nil); len(got) != 0 {
		t.Errorf("nil index gives %v", got)
	}
}
