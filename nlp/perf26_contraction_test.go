package nlp

import (
	"strings"
	"testing"
	"unicode"
)

// splitContraction's look at the apostrophes misses no clitic: no rune but
// an apostrophe lowers to one, every clitic has one second or third from
// its end, and words ending in each clitic, in every case, split as the
// look at each clitic splits them.
func TestContractionApostrophes(t *testing.T) {
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if l := unicode.ToLower(c); (l == '\'' || l == '’') && !isApostrophe(c) {
			t.Fatalf("%U lowers to an apostrophe", c)
		}
	}
	for _, c := range contractions {
		if n := len(c); !(n >= 2 && c[n-2] == '\'' || n >= 3 && c[n-3] == '\'') {
			t.Fatalf("clitic %q has no apostrophe where splitContraction looks", c)
		}
	}
	var words []string
	for _, c := range contractions {
		for _, w := range []string{"do" + c, "i" + c, c, "x" + c, "xy" + c, "it" + strings.ToUpper(c), "we" + strings.ReplaceAll(c, "'", "’")} {
			words = append(words, w, strings.ToUpper(w))
		}
	}
	words = append(words, "don", "it", "a", "’", "''", "x’x", "rock'n'roll", "o'clock", "ca'n't")
	for _, w := range words {
		r := []rune(w)
		got := splitContraction(r, 0, len(r), nil)
		want := splitEachClitic(r, 0, len(r), nil)
		if len(got) != len(want) || got[0] != want[0] || len(got) > 1 && got[1] != want[1] {
			t.Errorf("splitContraction(%q) = %v, want %v", w, got, want)
		}
	}
}
