package code

import "strings"

// A count of attackers killed told after a toll of their victims in the
// same sentence adds to it, as ACLED counts every death of an event: "at
// least 15 officers were killed; [five of the attackers] were shot dead"
// is 20, "a guard was killed and [two gunmen] died" three.

// toll46AttackersToo reports whether the count at token i, of the given
// field, counts attackers and follows a toll of dead read before it in
// the sentence (out) that counted others.
func toll46AttackersToo(st *sent, out []tollRead, field string, i int) bool {
	if field != "fatalities" || !toll46CountsAttackers(st, i) {
		return false
	}
	for _, r := range out {
		if r.field == "fatalities" && !r.total && !toll46CountsAttackers(st, r.i) {
			return true
		}
	}
	return false
}

// toll46CountsAttackers reports whether the count at token i is of
// attackers: "[three] gunmen", "[five] of the attackers", "[all four]
// assailants", "[two] suspected militants".
func toll46CountsAttackers(st *sent, i int) bool {
	for n := i + 1; n < len(st.low) && n <= i+4; n++ {
		w := st.low[n]
		if toll42AttackerNouns.has(w) {
			return !toll42SingleAttacker(w)
		}
		switch t := st.toks[n].tag; {
		case w == "of" || w == "the" || w == "their" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "VBN":
		default:
			return false
		}
	}
	return false
}
