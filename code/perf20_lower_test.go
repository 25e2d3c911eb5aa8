package code

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/demo"
)

// TestLowerTokensAgreesWithToLower checks lowerTokens against lowering each
// token on its own, on the words of the demo articles and hand-made ones
// (curly quotes, non-ASCII capitals, sentences past the buffers' sizes).
func TestLowerTokensAgreesWithToLower(t *testing.T) {
	check := func(words []string) {
		t.Helper()
		toks := make([]truce.Token, len(words))
		for i, w := range words {
			toks[i].Text = w
		}
		low := make([]string, len(toks))
		lowerTokens(toks, low)
		for i, w := range words {
			if want := strings.ToLower(normQuote(w)); low[i] != want {
				t.Fatalf("lowerTokens: %q gives %q, want %q", w, low[i], want)
			}
		}
	}
	check([]string{"", "The", "UN", "don’t", "“Hello”", "ÜBER", "Über", "Kelvin\u212a", "İstanbul", "a", "U.S."})
	check(nil)
	check(strings.Fields(strings.Repeat("Taliban FIGHTERS Attacked Kabul ", 100)))
	raw, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range raw {
		for _, line := range strings.Split(a.Text, ".") {
			check(strings.Fields(line))
		}
	}
}
