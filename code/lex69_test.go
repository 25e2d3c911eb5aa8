package code

import "testing"

// A double quotation mark inside a form's span is read past; a single one
// is not (it may close a plural possessive).
func TestLex69SkipQuote(t *testing.T) {
	cases := []struct {
		low   []string
		words []string
		n     int
		ok    bool
	}{
		{[]string{"a", `"`, "sham", `"`}, []string{"a", "sham"}, 3, true},
		{[]string{"a", "“", "publicity", "stunt", "”"}, []string{"a", "publicity", "stunt"}, 4, true},
		{[]string{"a", "sham"}, []string{"a", "sham"}, 2, true},
		{[]string{"rebels", "'", "attack"}, []string{"rebels", "attack"}, 0, false},
	}
	for _, c := range cases {
		n, ok := matchFrom(c.low, 0, c.words)
		if ok != c.ok || ok && n != c.n {
			t.Errorf("matchFrom(%q, %q) = %d, %v; want %d, %v", c.low, c.words, n, ok, c.n, c.ok)
		}
	}
}
