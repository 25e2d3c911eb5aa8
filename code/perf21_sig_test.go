package code

import (
	"slices"
	"testing"
)

// The signatures turn away only forms that cannot match: on every token of
// the demo articles match finds what trying every form finds, and a form
// laid out as a sentence of its own words passes its signature.
func TestMatchSignatureSkipsNoMatch(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tried, found := 0, 0
	for _, low := range demoLowered(t) {
		for i := range low {
			got, n := lx.match(low, i)
			want, wn := matchEvery(lx, low, i)
			if n != wn || !slices.Equal(got, want) {
				t.Fatalf("%q at %d: match spans %d with %d forms, trying every form spans %d with %d", low, i, n, len(got), wn, len(want))
			}
			tried++
			if n > 0 {
				found++
			}
		}
	}
	if found == 0 || tried < 1000 {
		t.Fatalf("%d tokens tried, %d triggers found: too few to tell", tried, found)
	}
	for w, ix := range lx.second {
		for k, e := range ix.entries {
			var low []string
			for _, x := range e.words {
				if x == "*" {
					x = "someone"
				}
				low = append(low, x)
			}
			if have := ix.tokenBits(low, 1); ix.need[k]&^have != 0 {
				t.Fatalf("%q: form %q fails its own signature", w, e.words)
			}
			if _, span := formNeeds(e.words); span < len(low)-1 || span > ix.span {
				t.Fatalf("%q: form %q spans %d, index %d", w, e.words, span, ix.span)
			}
		}
	}
}
