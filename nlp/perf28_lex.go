package nlp

// Issue 3, round perf28: tag read a word's lex entry only when it reached
// the word, but predict had by then looked up the index entries of the
// two words after it, as context, in the index's own map. lexWords reads
// every word's entry first, so that the context of a word that is its own
// normalised form comes from its entry (lookedUp) or, where the word has
// none, from its suffix alone: lex holds every word of the index, so the
// index has no entry either.

// lexWords returns the lex entries of words, an entry with word -1 and
// known false for a word lex lacks or one fixed already, and records the
// context entries of every word that is its own normalised form.
func (sc *tagScratch) lexWords(t *tagger, words, fixed []string) []lexEntry {
	lexed := sc.lexed[:0]
	for n, w := range words {
		if fixed[n] != "" {
			lexed = append(lexed, lexEntry{id: -1, word: -1})
			continue
		}
		e, ok := t.lex[w]
		if !ok {
			e = lexEntry{id: -1, word: -1}
		}
		lexed = append(lexed, e)
		if p := n + 2; w != sc.ctx[p] || sc.looked[p] {
			continue
		} else if e.word >= 0 {
			t.lookedUp(p, e, sc)
		} else if !ok {
			sc.words[p], sc.suffixes[p] = nil, t.ix.suffix(suffix3(w))
			sc.looked[p] = true
		}
	}
	sc.lexed = lexed
	return lexed
}
