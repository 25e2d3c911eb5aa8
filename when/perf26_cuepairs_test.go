package when

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// wordCuesEveryByte is wordCues trying the words at every byte, as it did
// before cuePairs.
func wordCuesEveryByte(s string) uint16 {
	var bits uint16
	for i := 0; i < len(s); i++ {
		c := s[i]
		for _, cw := range cueWords.exact[c] {
			if len(s)-i >= len(cw.w) && s[i:i+len(cw.w)] == cw.w {
				bits |= cw.bit
			}
		}
		for _, cw := range cueWords.folded[lowerASCII(c)] {
			if foldedAt(s, i, cw.w) {
				bits |= cw.bit
			}
		}
	}
	return bits
}

// wordCues finds what trying every byte finds: on the dev snippets as
// written and in upper case, and on random runs of the cue words, cut
// and in every case, with other bytes between them.
func TestCuePairsFindEveryCue(t *testing.T) {
	texts := snippetTexts(t, "../code/testdata/snippets/dev/*.gold.json")
	var parts []string
	for _, ws := range [][256][]cueWord{cueWords.exact, cueWords.folded} {
		for _, l := range ws {
			for _, cw := range l {
				w := cw.w
				parts = append(parts, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w[1:])
			}
		}
	}
	parts = append(parts, " ", "-", ".", "1", "0", "x", "é", "\u212a", "K")
	r := rand.New(rand.NewPCG(26, 11))
	for range 30000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	var found uint16
	for _, s := range texts {
		for _, v := range []string{s, strings.ToUpper(s)} {
			got, want := wordCues(v), wordCuesEveryByte(v)
			if got != want {
				t.Fatalf("wordCues(%q) = %b, trying every byte gives %b", v, got, want)
			}
			found |= want
		}
	}
	if found != cuePeriod<<1-1 {
		t.Errorf("cues found %b: not every cue was tried", found)
	}
}
