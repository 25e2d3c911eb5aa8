package nlp

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// context returns what the two lookups it replaces return: for every word
// and suffix of the model, every word of the bench corpus as written and
// lowered, and random strings of its letters.
func TestContextMatchesTwoLookups(t *testing.T) {
	p := MustPipeline(t)
	ix := p.tagger.ix
	words := []string{"", "a", "-START-", "-END2-", "!HYPHEN", "!DIGITS", "!YEAR", "é", "Ürümqi"}
	for w := range ix.words {
		words = append(words, w, strings.ToUpper(w))
	}
	for s := range ix.suffixes {
		words = append(words, s, "x"+s, "xy"+s)
	}
	text, _ := benchCorpus(t)
	for _, w := range strings.Fields(text) {
		words = append(words, w, strings.ToLower(w))
	}
	r := rand.New(rand.NewPCG(25, 1))
	letters := "abcdeilnorstuy-'"
	for range 20000 {
		b := make([]byte, 1+r.IntN(9))
		for k := range b {
			b[k] = letters[r.IntN(len(letters))]
		}
		words = append(words, string(b))
	}
	found := 0
	for _, w := range words {
		gw, gs := ix.context(w)
		ww, ws := ix.word(w), ix.suffix(suffix3(w))
		if gw != ww || gs != ws {
			t.Fatalf("context(%q) = %p, %p; word and suffix give %p, %p", w, gw, gs, ww, ws)
		}
		if gw != nil && gs != nil {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("%d words with both entries: too few to tell", found)
	}
}

// lex holds every word of tags, with its tag and the tag's number, and
// every word of the index with its entry (perf26_lex.go), and nothing else.
func TestKnownMatchesTags(t *testing.T) {
	tg := MustPipeline(t).tagger
	if len(tg.tags) < 1000 {
		t.Fatalf("%d tagged words", len(tg.tags))
	}
	for w, tag := range tg.tags {
		if e := tg.lex[w]; !e.known || e.tag != tag || e.id != tg.ix.id(tag) {
			t.Fatalf("lex[%q] = %+v, want %q, %d", w, e, tag, tg.ix.id(tag))
		}
	}
	for w, n := range tg.ix.words {
		if e := tg.lex[w]; e.word != n {
			t.Fatalf("lex[%q] = %+v, want word %d", w, e, n)
		}
	}
	for w, e := range tg.lex {
		_, tagged := tg.tags[w]
		n, indexed := tg.ix.words[w]
		if e.known != tagged || !indexed && e.word != -1 || indexed && e.word != n || !tagged && (e.tag != "" || e.id != -1) {
			t.Fatalf("lex[%q] = %+v: tagged %v, indexed %v", w, e, tagged, indexed)
		}
	}
}

// runesOf decodes as []rune does, bad bytes included, and reuses its
// buffer without leaving runes of a longer text behind.
func TestRunesOfMatchesConversion(t *testing.T) {
	sc := new(tagScratch)
	for _, s := range []string{
		"Kabul — 3 killed", "", "\xff\xfe bad \xc3", "Ürümqi’s «ward»", "a", "\xe2\x82", "longer text again, with é and ß",
	} {
		got, want := sc.runesOf(s), []rune(s)
		if !slices.Equal(got, want) {
			t.Fatalf("runesOf(%q) = %q, want %q", s, got, want)
		}
	}
}
