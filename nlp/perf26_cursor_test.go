package nlp

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// byteCursor gives the byte offset of every rune offset asked for, forward
// and back in any order, and the slices they cut, on the bench corpus and
// on a text of one- to four-byte runes.
func TestByteCursorSeeksBothWays(t *testing.T) {
	corpus, _ := benchCorpus(t)
	r := rand.New(rand.NewPCG(26, 5))
	for _, text := range []string{corpus, "Kyiv – Ürümqi’s 3rd ward: €5, 𝄞 and 東京 «here»."} {
		runes := []rune(text)
		offsets := make([]int, len(runes)+1)
		for k, ru := range runes {
			offsets[k+1] = offsets[k] + utf8.RuneLen(ru)
		}
		c := byteCursor{r: runes, valid: utf8.ValidString(text)}
		for range 5000 {
			i := r.IntN(len(runes) + 1)
			if r.IntN(3) > 0 {
				// mostly short steps, as Analyze takes them
				i = min(len(runes), max(0, c.rune+r.IntN(40)-15))
			}
			if got := c.seek(i); got != offsets[i] {
				t.Fatalf("seek(%d) = %d, want %d", i, got, offsets[i])
			}
			j := min(len(runes), i+r.IntN(30))
			if got, want := c.slice(text, i, j), string(runes[i:j]); got != want {
				t.Fatalf("slice(%d, %d) = %q, want %q", i, j, got, want)
			}
		}
	}
}
