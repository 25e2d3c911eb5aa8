package code

// Precision pass over a sentence's built events, after prec29: each rule
// lives in its own prec30_*.go file.

// prec30 drops, once a sentence's events are built, those a careful
// coder would not record: a rejection told in a restrictive relative
// clause to say which members of a group are meant ("fighters who
// rejected the deal will be moved north"), see prec30_stance.go; what
// a protest told before was for, past a comma ("marched through Tamale,
// Ho and Kumasi to demand"), see prec30_purpose.go; a protest that only
// says when another act was done ("during the protests"), see
// prec30_during.go.
func (c *Coder) prec30(st *sent, built []*candidate) {
	for n, cd := range built {
		if cd.folded {
			continue
		}
		if prev := protestPurposePrec30(st, built[:n], cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "what a protest told before was for, past a comma (\"marched through Tamale, Ho and Kumasi to demand\")")
			continue
		}
		if protestDuringPrec30(st, built, cd) {
			cd.folded = true
			c.trace(st, cd, "the protest another act was done during (\"during the protests, police dispersed\"): its setting")
			continue
		}
		if stanceRelativePrec30(st, cd) {
			cd.folded = true
			c.trace(st, cd, "a rejection naming which members of a group are meant (\"fighters who rejected the deal\"): a label, not the news")
		}
	}
}
