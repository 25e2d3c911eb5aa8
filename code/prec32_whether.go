package code

import "time"

// What a "whether" clause asks: "investigators were trying to establish
// whether the blast was linked to a feud", "it was examining whether the
// weapons were meant for an attack", "did not say whether his government
// would accept the plan". A question left open tells no act.

// whetherClausePrec32 reports whether the trigger cd stands in the
// predicate of a clause opened by "whether" a few words before it, with
// no semicolon, comma or conjunction that starts another clause between.
// The clause's subject is not asked about: in "examining whether the
// attack that killed 12 was planned abroad" the attack happened.
func whetherClausePrec32(st *sent, cd *candidate, _ time.Time) bool {
	verb := finiteVerb(st.toks[cd.i].tag) || st.toks[cd.i].tag == "MD"
	for k := cd.i - 1; k >= 0 && k >= cd.i-14; k-- {
		switch st.low[k] {
		case "whether":
			return verb
		case ";", ",", "but", "while", "whereas", "although", "though", "and", "after", "because", "when":
			return false
		}
		if t := st.toks[k].tag; finiteVerb(t) || t == "MD" {
			verb = true
		}
	}
	return false
}
