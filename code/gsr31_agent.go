package code

// gsr31ByPastGerund returns the "by" that follows the gerund complement of
// a passive verb ending at j, or -1: "was accused of bombing civilian
// areas by the RSF", "were charged with smuggling arms by prosecutors".
// The gerund and its object tell what the charge is; the agent after them
// is the passive verb's, the one who accused. A gerund in the passive
// ("accused of being paid by Moscow") has an agent of its own and is
// passed by, as is an object a participle describes ("villages held by
// the rebels": byPastObject stops at the participle).
func (st *sent) gsr31ByPastGerund(j int) int {
	if !st.gsr31GerundCharge(j) {
		return -1
	}
	return st.byPastObject(j + 2)
}

// gsr31GerundCharge reports whether a passive verb ending at j is
// followed by the preposition of a charge and an active gerund: "was
// accused of bombing", not "accused of being paid".
func (st *sent) gsr31GerundCharge(j int) bool {
	if j < 1 || j+2 >= len(st.low) || !gsr31ChargePreps.has(st.low[j]) || st.toks[j+1].tag != "VBG" {
		return false
	}
	if w := st.low[j+1]; w == "being" || w == "having" {
		return false
	}
	return st.isPassive(j - 1)
}

// gsr31ChargePreps open what a passive verb of judging charges its
// subject with: "accused of", "blamed for", "charged with".
var gsr31ChargePreps = filtered(wordSet("of", "for", "with"))
