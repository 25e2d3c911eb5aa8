package when

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The sharp cues hold wherever the four patterns they guard match: on the
// dev snippets and on random runs of the patterns' words in every case,
// with 'ſ' and the Kelvin sign for 's' and 'k', figures, blanks and other
// words. They also fail often enough to be worth having.
func TestSharpCuesHoldWhereTheyMatch(t *testing.T) {
	texts := snippetTexts(t, "../code/testdata/snippets/dev/*.gold.json")
	var parts []string
	for _, w := range []string{
		"yesterday", "today", "tonight", "night", "last", "this", "next", "morning", "afternoon",
		"evening", "week", "month", "months", "year", "years", "decade", "decades", "the", "1990s",
		"2000s", "0s", "three", "six", "several", "a few", "a hundred", "a", "for", "over", "in",
		"of", "ago", "since", "early", "mid", "late", "earlier", "later", "day before", "with",
		"the 1990s", "the late 1980s", "the mid-2000s", "the 1920s",
	} {
		parts = append(parts, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:],
			strings.ReplaceAll(w, "s", longS), strings.ReplaceAll(w, "k", kelvin))
	}
	parts = append(parts, " ", " ", "  ", "\t", "\n", "\v", "\u00a0", "-", ",", ".", "12", "7", "x", "é")
	r := rand.New(rand.NewPCG(25, 26))
	for range 40000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	// Each guard adds its phrase to a cue word: where the pattern
	// matches and the word was found, the phrase must be found too.
	guards := []struct {
		name        string
		need        func(*cues) bool
		word, sharp func(*cues) bool
	}{
		{"relativeDay", needRelativeDay, func(c *cues) bool { return c.today }, func(c *cues) bool { return c.sharp.relDay }},
		{"relativePeriod", needPeriodOrWeek, func(c *cues) bool { return c.relative }, func(c *cues) bool { return c.sharp.relPeriod }},
		{"decade", needDecade, func(c *cues) bool { return c.period }, func(c *cues) bool { return c.sharp.decade }},
		{"span", needSpan, func(c *cues) bool { return c.period }, func(c *cues) bool { return c.sharp.span }},
	}
	for _, g := range guards {
		checkGuardHolds(t, g.name, g.need, g.word, g.sharp, texts, false)
	}
}

// checkGuardHolds checks, over texts, that the date rule whose need is
// need never matches where word holds but sharp does not, and that sharp
// spares the rule at least 200 times while it matches 200 times.
func checkGuardHolds(t *testing.T, name string, need, word, sharp func(*cues) bool, texts []string, logCounts bool) {
	t.Helper()
	var re *regexp.Regexp
	for _, rl := range rules {
		if sameFunc(rl.need, need) {
			re = rl.re
		}
	}
	if re == nil {
		t.Fatalf("%s: no rule", name)
	}
	matched, spared := 0, 0
	for _, s := range texts {
		c := scanCues(s)
		if !word(c) {
			continue
		}
		switch {
		case re.MatchString(s):
			matched++
			if !sharp(c) {
				t.Fatalf("%s matches %q but its cue is not found (cues %+v)", name, s, *c)
			}
		case !sharp(c):
			spared++
		}
	}
	if matched < 200 || spared < 200 {
		t.Errorf("%s: %d matches, %d spared: too few to tell", name, matched, spared)
	}
	if logCounts {
		t.Logf("%s: %d matches, %d spared", name, matched, spared)
	}

}

// sameFunc reports whether f and g are the same function.
func sameFunc(f, g func(*cues) bool) bool {
	return reflect.ValueOf(f).Pointer() == reflect.ValueOf(g).Pointer()
}

// withoutSharp returns c without its sharp cues, to compare with the cues
// scanCuesOld finds.
func withoutSharp(c *cues) cues {
	out := *c
	out.sharp = sharpCues{}
	return out
}
