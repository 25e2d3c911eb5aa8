package nlp

import (
	"strings"
	"testing"
)

// TestNormalizeAllAgreesWithNormalize checks that the context words
// lowered into one string are those normalize gives, word by word, on
// every sentence of the tagger's test text and on hand-made words.
func TestNormalizeAllAgreesWithNormalize(t *testing.T) {
	words := []string{"", "-", "-Day", "Well-Known", "2024", "+123", "1990S", "ÜBER", "Über", "über", "UN",
		"a", "A", "McDonald's", "U.S.", "IS", "iPhone", "Kelvin\u212a", "HELLO", strings.Repeat("Ab", 300)}
	sc := new(tagScratch)
	check := func(words []string) {
		t.Helper()
		got := sc.normalizeAll([]string{"-START-"}, words)
		if len(got) != len(words)+1 || got[0] != "-START-" {
			t.Fatalf("normalizeAll(%q) = %q", words, got)
		}
		for i, w := range words {
			if got[i+1] != normalize(w) {
				t.Fatalf("normalizeAll: %q gives %q, normalize %q", w, got[i+1], normalize(w))
			}
		}
	}
	check(words)
	check(words[:3]) // buffers reused, shorter
	check(nil)
	text, _ := benchCorpus(t)
	for _, s := range strings.Split(text, ".") {
		check(strings.Fields(s))
	}
}
