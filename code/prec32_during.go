package code

import "time"

// An act dated by a period that is over: "regained the territory during
// the war", "fought on the government's side during the war in Tigray",
// "was accused of stifling dissent during his rule". The period names a
// closed chapter the writer recalls; its acts are background.

// closedPeriodNouns, after "during the" or a possessive, name a period of
// rule or war the writer recalls as a whole.
var closedPeriodNouns = filtered(wordSet("war", "rule", "reign", "tenure", "presidency", "premiership",
	"dictatorship", "occupation", "regime", "mandate"))

// duringClosedPeriodPrec32 reports whether the verb trigger cd, a simple
// past or a passive, has in its own clause, within a dozen words after it,
// "during the war", "during his rule" or the like, with no other verb
// but a gerund between ("accused of stifling dissent during his rule"),
// and no speaker or
// finding to make it news ("the US said the army had used chemical
// weapons during its war with the RSF" is a finding of the week).
func duringClosedPeriodPrec32(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'V' || !simplePast(st, cd.i) {
		return false
	}
	for k := cd.j; k+2 < len(st.low) && k <= cd.j+12; k++ {
		w := st.low[k]
		if w == ";" || w == "," || w == "but" || w == "and" && k+1 < len(st.low) && finiteVerb(st.toks[k+1].tag) {
			return false
		}
		// "called for the return of paintings looted during the war":
		// the period dates the participle, not the call.
		if t := st.toks[k].tag; t == "VBN" || t == "VBD" || finiteVerb(t) {
			return false
		}
		if w != "during" {
			continue
		}
		d := st.low[k+1]
		if d != "the" && d != "his" && d != "her" && d != "their" {
			return false
		}
		if !closedPeriodNouns.has(st.low[k+2]) && !(k+3 < len(st.low) && closedPeriodNouns.has(st.low[k+3]) && isModifier(st.toks[k+2])) {
			return false
		}
		return reporter(st, cd.i) == nil && !findingFrame(st, cd.i)
	}
	return false
}
