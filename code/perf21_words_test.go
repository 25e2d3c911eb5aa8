package code

import "testing"

// attributes answers from one set what the sets it gathers answer.
func TestAttributionWords(t *testing.T) {
	plain := func(w string) bool {
		return reportVerbs.has(w) || admitVerbs.has(w) || findingVerbs.has(w) || w == "declared" || w == "accused" || w == "accuses" || w == "added" || w == "saying"
	}
	words := []string{"", "said", "saying", "acknowledged", "concluded", "declared", "added", "accused", "attacked", "Said", "says "}
	for _, s := range []map[string]bool{reportVerbs.m, admitVerbs.m, findingVerbs.m, deathWords.m, clauseBreaks.m} {
		for w := range s {
			words = append(words, w)
		}
	}
	for _, w := range words {
		if got, want := attributes(w), plain(w); got != want {
			t.Errorf("attributes(%q) = %v, want %v", w, got, want)
		}
	}
}

// No word that fails startsWithDigit matches the patterns it guards: on
// the words of the lexicon and of sentences of our own, and on scores,
// spans and their near misses.
func TestStartsWithDigitGuardsPatterns(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "1-0", "3–2", "45-10", "1998-2000", "1992–95", "-1-0", " 1-0", "a1-0", "١-٠",
		"x1998-2000", "2024", "covid-19", "g-20", "mid-1990s", "o-1"}
	for w := range lx.byFirst {
		words = append(words, w)
	}
	for w := range lx.domains {
		words = append(words, w)
	}
	checked := 0
	for _, w := range words {
		if startsWithDigit(w) {
			continue
		}
		checked++
		if scorePattern.MatchString(w) || yearSpanPattern.MatchString(w) {
			t.Errorf("%q matches a pattern but does not start with a digit", w)
		}
	}
	for _, w := range []string{"1-0", "3–2", "1998-2000", "1992–95"} {
		if !startsWithDigit(w) {
			t.Errorf("startsWithDigit(%q) = false", w)
		}
	}
	if checked < 1000 {
		t.Fatalf("%d words checked: too few", checked)
	}
}
