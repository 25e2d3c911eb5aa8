package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzSplit(f *testing.F) {
	p := MustPipeline(f)
	f.Add("Lt. Gen. Khan left the U.S. Officials said 7.5 billion.")
	// Tokens are slices of valid text and copies of the rest.
	f.Add("Zürich’s “peace” talks — in Yaoundé — failed. Troops left 北京 on Monday.")
	f.Add("A bad byte \xff here. Then caf\xc3 and “quotes”\x80 again.")
	f.Fuzz(func(t *testing.T, text string) {
		sents := p.Analyze(text)
		// Each invalid byte counts as one code point (U+FFFD), as in
		// []rune(text); checkSentences compares against that.
		if len([]rune(text)) != utf8.RuneCountInString(text) {
			t.Fatal("rune count mismatch")
		}
		checkSentences(t, text, sents)
		split := p.Split(text)
		if len(split) != len(sents) {
			t.Fatalf("Split found %d sentences, Analyze %d", len(split), len(sents))
		}
	})
}

func FuzzParseCount(f *testing.F) {
	f.Add("at least 23 people")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		c, n, ok := ParseCount(words)
		if !ok {
			if n != 0 {
				t.Fatalf("ParseCount(%q) not ok but consumed %d", s, n)
			}
			return
		}
		if n < 1 || n > len(words) {
			t.Fatalf("ParseCount(%q) consumed %d of %d words", s, n, len(words))
		}
		if c.Min > c.Max || c.Min < 0 {
			t.Fatalf("ParseCount(%q) = %+v", s, c)
		}
		ParseDuration(words)
		for _, w := range words {
			IsMeasure(w)
		}
	})
}
