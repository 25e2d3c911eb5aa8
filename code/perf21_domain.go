package code

// The domain words of a sentence are read once: domainOf and domainBeside
// run for every trigger the sentence holds, and each looked every token up
// in the domain tables again.

// wordDomains holds the tokens of a sentence that have a domain: of their
// word (lexicon.domains) or of it read with the next word (pairDomain).
// A token with neither changes neither reading, so only these are kept.
type wordDomains struct {
	at   []domainAt
	read bool
	// of is domainOf's answer, set once ofRead.
	of     string
	ofRead bool
}

// domainAt is the domains of the word at token k.
type domainAt struct {
	k          int
	word, pair string
}

// domainsOf returns the domains of st's tokens, reading them the first
// time it is asked. st.low does not change once the sentence is read.
func (c *Coder) domainsOf(st *sent) *wordDomains {
	wd := &st.doms
	if wd.read {
		return wd
	}
	wd.read = true
	for k, w := range st.low {
		d := domainAt{k: k, word: c.lex.wordDomain(w)}
		if k+1 < len(st.low) {
			d.pair = c.lex.pairDomain(w, st.low[k+1])
		}
		if d.word != "" || d.pair != "" {
			wd.at = append(wd.at, d)
		}
	}
	return wd
}
