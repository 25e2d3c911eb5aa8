package when

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The one-pass scanCues finds the cues the scan for each word found, on
// random runs of the cue words, their capitalised, upper-case and cut
// forms, digits, spaces and other letters.
func TestScanCuesOnePass(t *testing.T) {
	var parts []string
	for _, ws := range [][]string{
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept"},
		{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day"},
		{"war", "world", "cold", "yesterday", "today", "tonight", "night", "morning", "afternoon", "evening"},
		{"this ", "last ", "next ", "decade", "year", "month", "0s", "1990s", "2024-05-03", "1998"},
	} {
		for _, w := range ws {
			parts = append(parts, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w[1:])
		}
	}
	parts = append(parts, " ", " ", ",", ".", "-", "é", "É", "th", "s", "a", "Z", "\t", "ß")
	r := rand.New(rand.NewPCG(3, 4))
	for run := 0; run < 20000; run++ {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := withoutSharp(scanCues(s)), *scanCuesOld(s); got != want {
			t.Fatalf("scanCues(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// A rule's need holds wherever its pattern matches: on the dev snippets
// and on random runs of month names, numbers and blanks.
func TestRuleNeedsHoldWhereTheyMatch(t *testing.T) {
	texts := snippetTexts(t, "../code/testdata/snippets/dev/*.gold.json")
	parts := []string{"May", "March", "Sept.", "Sep", "Dec.", "Mayor", "mar", " ", "  ", "\t", "\n", ".", ",",
		"3", "24", "2024", "1st", "of", "the", "in", "late", "x", "\v", "\u00a0", "-"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		c := scanCues(s)
		for n, rl := range rules {
			if rl.re.MatchString(s) {
				matched++
				if !rl.need(c) {
					t.Fatalf("rule %d matches %q but its need fails (cues %+v)", n, s, *c)
				}
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("%d matches: too few to tell", matched)
	}
}
