package when

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The month cues hold wherever partMonth and monthOnly match: on the dev
// snippets and on random runs of the patterns' words in every case, with
// 'ſ' and the Kelvin sign for 's' and 'k', month names, blanks, hyphens
// and other words. They also fail often enough to be worth having.
func TestMonthCuesHoldWhereTheyMatch(t *testing.T) {
	texts := snippetTexts(t, "../code/testdata/snippets/dev/*.gold.json")
	var parts []string
	for _, w := range []string{
		"mid", "early", "late", "end", "the end of", "the middle of", "the beginning of", "middle",
		"beginning", "of", "the", "in", "since", "by", "until", "during", "from", "last", "this",
		"earlier in", "later in", "earlier", "later", "spend", "chocolate", "kin", "ink",
	} {
		parts = append(parts, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:],
			strings.ReplaceAll(w, "s", longS), strings.ReplaceAll(w, "k", kelvin))
	}
	months := []string{"January", "March", "May", "Mayor", "Sept.", "Sep", "Oct", "Dec.", "june", "MAY"}
	seps := []string{" ", " ", "  ", "\t", "\n", "\v", "\u00a0", "-", "--", " -", ",", ".", "2024", "7", "x", "é"}
	r := rand.New(rand.NewPCG(26, 3))
	for range 60000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteString(parts[r.IntN(len(parts))])
			b.WriteString(seps[r.IntN(len(seps))])
			if r.IntN(2) == 0 {
				b.WriteString(months[r.IntN(len(months))])
			}
		}
		texts = append(texts, b.String())
	}
	guards := []struct {
		name  string
		need  func(*cues) bool
		sharp func(*cues) bool
	}{
		{"partMonth", needPartMonth, func(c *cues) bool { return c.sharp.partMonth }},
		{"monthOnly", needMonthOnly, func(c *cues) bool { return c.sharp.monthOnly }},
	}
	monthName := func(c *cues) bool { return c.monthName }
	for _, g := range guards {
		checkGuardHolds(t, g.name, g.need, monthName, g.sharp, texts, true)
	}
}
