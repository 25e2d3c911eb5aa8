package code

import (
	"math/rand/v2"
	"testing"
)

// TestWordFilterAgreesWithMap checks that a wordFilter answers as its map
// does, for the words of the demo and of the sets themselves: on sets of
// the rules and on random sets of the demo's words, from one word to
// hundreds, with a word mapped to false and the empty word.
func TestWordFilterAgreesWithMap(t *testing.T) {
	_, docs := readDemoDocs(t)
	seen := map[string]bool{}
	var vocab []string
	for _, d := range docs {
		for _, st := range d.sents {
			for _, w := range st.low {
				if !seen[w] {
					seen[w] = true
					vocab = append(vocab, w)
				}
			}
		}
	}
	if len(vocab) < 1000 {
		t.Fatalf("demo has %d distinct words, want 1,000 or more", len(vocab))
	}
	sets := map[string]wordFilter{
		"placePreps":       placePreps,
		"clauseBreaks":     clauseBreaks,
		"attributionWords": attributionWords,
		"missileWords":     missileWords,
		"with false":       filtered(map[string]bool{"the": false, "said": true, "": true}),
		"empty":            filtered(map[string]bool{}),
	}
	r := rand.New(rand.NewPCG(23, 5))
	for _, n := range []int{1, 2, 5, 8, 9, 20, 50, 100, 300} {
		for range 10 {
			m := make(map[string]bool, n)
			for len(m) < n {
				m[vocab[r.IntN(len(vocab))]] = true
			}
			sets["random"] = filtered(m)
			checkWordFilter(t, "random", sets["random"], vocab)
		}
	}
	for name, f := range sets {
		checkWordFilter(t, name, f, vocab)
	}
}

// checkWordFilter compares f.has with f.m on words and on f's own words.
func checkWordFilter(t *testing.T, name string, f wordFilter, words []string) {
	t.Helper()
	probe := append([]string{"", "a", "x", "the", "’s", "ceasefire-related"}, words...)
	for w := range f.m {
		probe = append(probe, w, w+"s", "a"+w)
	}
	for _, w := range probe {
		if got, want := f.has(w), f.m[w]; got != want {
			t.Fatalf("%s: has(%q) = %v, the map says %v", name, w, got, want)
		}
	}
}
