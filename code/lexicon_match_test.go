package code

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// matchEvery is match as it reads without the second-word index: every
// form sharing the first word is tried, in file order. The index must
// find the same forms.
func matchEvery(lx *lexicon, low []string, i int) ([]*entry, int) {
	var best []*entry
	bestN, bestLit := 0, 0
	for _, e := range lx.byFirst[low[i]] {
		n, ok := matchFrom(low, i+1, e.words[1:])
		n++
		if !ok || n < bestN {
			continue
		}
		lit := literalWords(e.words)
		if n == bestN && lit < bestLit {
			continue
		}
		if n > bestN || lit > bestLit {
			best, bestN, bestLit = nil, n, lit
		}
		best = append(best, e)
	}
	for _, q := range lx.qualifiers[low[i]] {
		if n, ok := matchFrom(low, i+1, q[1:]); ok && n+1 >= bestN {
			return nil, 0
		}
	}
	for _, q := range lx.inner[low[i]] {
		if i < q.at || !wordsAt(low, i-q.at, q.words[:q.at]) {
			continue
		}
		if n, ok := matchFrom(low, i+1, q.words[q.at+1:]); ok && n+1 >= bestN {
			return nil, 0
		}
	}
	return best, bestN
}

// The index of forms by the word after a wildcard finds what trying every
// form finds: "planted two * bombs" within the gap, not past a full stop.
func TestMatchIndexFindsEveryForm(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       int // tokens the trigger at token 1 spans, 0 for none
	}{
		{"no gap", "insurgents planted explosives under the bridge", 2},
		{"gap of one", "insurgents planted crude explosives under the bridge", 3},
		{"gap of three", "insurgents planted three homemade roadside bombs near the gate", 5},
		{"gap of four", "insurgents planted two large homemade roadside bombs near the gate", 6},
		{"gap of five is too long", "insurgents planted two very large homemade roadside bombs near the gate", 0},
		{"a full stop ends the gap", "militiamen planted flags . explosives were found", 0},
		{"a word twice in the window", "jets dropped bombs bombs on the depot", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			low := strings.Fields(tc.text)
			got, n := lx.match(low, 1)
			want, wn := matchEvery(lx, low, 1)
			if n != wn || !slices.Equal(got, want) {
				t.Fatalf("match spans %d with %d forms, trying every form spans %d with %d", n, len(got), wn, len(want))
			}
			if tc.want > 0 && n != tc.want {
				t.Errorf("match spans %d tokens, want %d", n, tc.want)
			}
		})
	}
	// Random runs laid out from the forms with wildcards, each wildcard
	// filled with none to five tokens, some of them stops or later words
	// of the form, so that gaps both fit and overrun.
	var wild []*entry
	var vocab []string
	for _, es := range lx.byFirst {
		for _, e := range es {
			if slices.Contains(e.words, "*") {
				wild = append(wild, e)
			}
			for _, w := range e.words {
				if w != "*" {
					vocab = append(vocab, w)
				}
			}
		}
	}
	slices.SortFunc(wild, func(a, b *entry) int { return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " ")) })
	slices.Sort(vocab)
	vocab = slices.Compact(vocab)
	r := rand.New(rand.NewPCG(1, 2))
	filler := func(e *entry) string {
		switch r.IntN(4) {
		case 0:
			return [...]string{".", ";", "the"}[r.IntN(3)]
		case 1:
			return e.words[r.IntN(len(e.words))]
		}
		return vocab[r.IntN(len(vocab))]
	}
	for run := 0; run < 5000; run++ {
		e := wild[r.IntN(len(wild))]
		low := []string{filler(e)}
		for _, w := range e.words {
			if w != "*" {
				low = append(low, w)
				continue
			}
			for range r.IntN(6) {
				low = append(low, filler(e))
			}
		}
		low = append(low, filler(e))
		for i := range low {
			got, n := lx.match(low, i)
			want, wn := matchEvery(lx, low, i)
			if n != wn || !slices.Equal(got, want) {
				t.Fatalf("%q at %d: match spans %d with %d forms, trying every form spans %d with %d", low, i, n, len(got), wn, len(want))
			}
		}
	}
}

// pairDomain reads two words as the domain table's key of both would:
// "cost of living" is found from "cost" and "of living".
func TestPairDomain(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	pairs := 0
	for k, d := range lx.domains {
		first, rest, ok := strings.Cut(k, " ")
		if !ok {
			continue
		}
		pairs++
		if got := lx.pairDomain(first, rest); got != d {
			t.Errorf("pairDomain(%q, %q) = %q, want %q", first, rest, got, d)
		}
	}
	if pairs == 0 {
		t.Fatal("no domain of several words to try")
	}
	for _, tc := range [][2]string{{"harvest", "festival"}, {"", ""}, {"a b", "c"}} {
		if got, want := lx.pairDomain(tc[0], tc[1]), lx.domains[tc[0]+" "+tc[1]]; got != want {
			t.Errorf("pairDomain(%q, %q) = %q, want %q", tc[0], tc[1], got, want)
		}
	}
}
