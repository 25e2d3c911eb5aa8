package nlp

// The tagger looked each word up twice: in known, for the tag of a
// frequent word, and in the index's words, for its features as the context
// of the words around it; and the two maps mostly hold the same strings,
// as most words are lower case and their normalised form is themselves.
// lex answers both at one lookup: tag reads a word's entry once, and where
// the word is its own normalised form, the entry gives its context too.

// lexEntry is what the tagger knows of a string: a frequent word's tag
// (known) and the tag's number in ix (-1 if none); the number of its
// entry in ix's wordList as a normalised word, or -1.
type lexEntry struct {
	tag   string
	id    int32
	word  int32
	known bool
}

// indexLex fills t.lex from t.tags and t.ix.
func (t *tagger) indexLex() {
	t.lex = make(map[string]lexEntry, len(t.ix.words)+len(t.tags)/4)
	for w, n := range t.ix.words {
		t.lex[w] = lexEntry{id: -1, word: n}
	}
	for w, tag := range t.tags {
		e, ok := t.lex[w]
		if !ok {
			e.word = -1
		}
		e.tag, e.id, e.known = tag, t.ix.id(tag), true
		t.lex[w] = e
	}
}

// lookedUp records at context position p the entries of the word whose
// lex entry is e (with e.word set), as at would look them up.
func (t *tagger) lookedUp(p int, e lexEntry, sc *tagScratch) {
	if sc.looked[p] {
		return
	}
	w := &t.ix.wordList[e.word]
	sc.words[p], sc.suffixes[p] = w, nil
	if w.suffix >= 0 {
		sc.suffixes[p] = &t.ix.suffixList[w.suffix]
	}
	sc.looked[p] = true
}
