package nlp

import "testing"

// lookedUp records for every word of the index what context looks up.
func TestLookedUpMatchesContext(t *testing.T) {
	tg := MustPipeline(t).tagger
	sc := &tagScratch{words: make([]*wordFeats, 1), suffixes: make([]*suffixFeats, 1), looked: make([]bool, 1)}
	withSuffix := 0
	for w := range tg.ix.words {
		sc.looked[0] = false
		tg.lookedUp(0, tg.lex[w], sc)
		gw, gs := tg.ix.context(w)
		if !sc.looked[0] || sc.words[0] != gw || sc.suffixes[0] != gs {
			t.Fatalf("lookedUp(%q) = %p, %p; context gives %p, %p", w, sc.words[0], sc.suffixes[0], gw, gs)
		}
		if gs != nil {
			withSuffix++
		}
	}
	if withSuffix < 1000 {
		t.Fatalf("%d words with a suffix entry: too few to tell", withSuffix)
	}
}
