package code

import "github.com/truce-project/truce"

// prec73OwnSanctions reports whether b and cd, two sanctions of one kind
// told by verbs of their own in one sentence, are two measures: "imposed
// sanctions on three ministers and raised tariffs on steel", "cut
// diplomatic ties with Kenya and recalled its ambassador". Each
// verb has its own object, so each is a step of its own, though both
// restrict the same country. One verb told twice over one object
// ("announced and imposed sanctions on the firm"), or one verb said again
// over a second object, stays one act, as does a noun that names the
// measure again ("the sanctions").
func prec73OwnSanctions(b, cd *candidate) bool {
	x, y := &b.ev, &cd.ev
	if x.Type != truce.Sanction || y.Type != truce.Sanction || b.e == cd.e {
		return false
	}
	if b.e.pos != 'V' || cd.e.pos != 'V' || b.st == nil || b.st != cd.st || cd.i <= b.j || cd.j > len(cd.st.low) {
		return false
	}
	st := cd.st
	// "expelled the ambassador and expelled two attachés": one verb said
	// twice lists the objects of one measure.
	if !verbAt(st, cd.i) || st.low[b.i] == st.low[cd.i] || sharedObject(b, cd) || !prec73AndBetween(st, b.j, cd.i) {
		return false
	}
	// "declared the envoy persona non grata and gave him 72 hours to
	// leave": a pronoun object is the first measure's object, told again.
	for k := cd.i; k <= cd.j && k < len(st.low); k++ {
		switch st.low[k] {
		case "him", "her", "them", "it":
			return false
		}
	}
	return true
}

// prec73AndBetween reports whether an "and" joins the clause ending at j
// to the verb at i, with no clause break between.
func prec73AndBetween(st *sent, j, i int) bool {
	for k := j; k < i; k++ {
		if clauseBreaks.has(st.low[k]) {
			return false
		}
	}
	return wordBetween(st, "and", j, i)
}
