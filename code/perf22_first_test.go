package code

import (
	"testing"

	"github.com/truce-project/truce/bloom"
)

// The filter of first words passes every first word of a form, so match
// turns away only tokens no form starts at (TestMatchSignatureSkipsNoMatch
// compares match with trying every form), and it turns away most of the
// demo's other words. The filters of domains pass each of their words
// (TestPairDomain compares pairDomain with the map of every domain;
// TestDomainsReadOnce domainOf with looking every word up).
func TestFirstFilterPassesEveryFirstWord(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for w := range lx.second {
		if !bloom.MayHave(&lx.firsts, w) {
			t.Fatalf("the filter turns away the first word %q", w)
		}
	}
	for w := range lx.domainPairs {
		if !bloom.MayHave(&lx.pairFirsts, w) {
			t.Fatalf("the filter turns away the first word %q of a domain", w)
		}
	}
	for w, d := range lx.domains {
		if got := lx.wordDomain(w); got != d {
			t.Fatalf("wordDomain(%q) = %q, want %q", w, got, d)
		}
	}
	total, others, passed := 0, 0, 0
	for _, low := range demoLowered(t) {
		for _, w := range low {
			total++
			if lx.second[w] == nil {
				others++
				if bloom.MayHave(&lx.firsts, w) {
					passed++
				}
			}
		}
	}
	t.Logf("%d of %d words start no form; the filter passes %d of them", others, total, passed)
	if others < 1000 || passed*10 > others {
		t.Fatalf("the filter passes %d of %d words no form starts with", passed, others)
	}
}
