package code

// A past date set before a verb governs the verbs its subject goes on to
// with "and": "In July 1995 the militia overran the enclave and killed
// thousands of men" tells both acts as history, however far the second
// stands from the date.

// sharesDatedVerb reports whether the verb trigger cd is joined by a bare
// "and" to the earlier verb trigger dated, which a past date governs, with
// no comma, clause or finite verb of its own between them, when the date
// opens the sentence: "In 2014 the rebels seized the town and burned its
// market". ", and police said …"
// opens a new predicate, and is left to the date rules.
func sharesDatedVerb(st *sent, dated, cd *candidate) bool {
	if dated == nil || dated.e.pos != 'V' || cd.e.pos != 'V' || cd.i <= dated.j || cd.i-dated.j > 14 {
		return false
	}
	if t := st.toks[cd.i].tag; t != "VBD" && t != "VBN" || st.toks[dated.i].tag != "VBD" || st.low[cd.i-1] != "and" || !frontedDate(st, dated.i) {
		return false
	}
	for k := dated.j; k < cd.i-1; k++ {
		switch w := st.low[k]; {
		case w == "," || w == ";" || w == "and" || w == "but" || w == "who" || w == "which" || w == "that" || w == "when" || w == "after" || w == "before":
			return false
		case finiteVerb(st.toks[k].tag) || st.toks[k].tag == "MD":
			return false
		}
	}
	return true
}

// frontedDate reports whether a date opens the sentence and ends before
// the verb at i, so that it sets the time of the whole predicate: "In July
// 1995, the militia overran …", "Thirty years after the army shelled …".
// A date further in ("Dodik, under sanctions since 2017, dismissed …",
// "put the 1960 pact in abeyance") may date a noun only.
func frontedDate(st *sent, i int) bool {
	for _, x := range st.dates {
		k, end := st.tokenAtByte(x.Start), st.tokenAtByte(x.End-1)
		if k >= 0 && k <= 1 && end >= 0 && end < i {
			return true
		}
	}
	return false
}
