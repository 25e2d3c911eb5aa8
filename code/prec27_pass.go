package code

// Precision pass over a sentence's built events for constructions common
// to several blind batches (wire17–wire35): each rule lives in its own
// prec27_*.go file.

// prec27 drops, once a sentence's events are built, those a careful coder
// would not record: violence aimed at a thing no one can attack ("battled
// the blaze", "a losing battle against arithmetic") and the blame
// unnamed locals put on a doer ("residents blamed the militia").
func (c *Coder) prec27(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded {
			continue
		}
		why := ""
		if figurativeViolence(st, cd) {
			why = "violence aimed at a blaze, the economy or a sum (\"battled the blaze\"): a metaphor"
		} else if localsBlame(st, cd) {
			lendBlame(d, cd)
			why = "unnamed locals saying who did it (\"residents blamed the militia\"): who attacked, no accusation"
		}
		if why != "" {
			cd.folded = true
			c.trace(st, cd, why)
		}
	}
}
