package code

import "github.com/truce-project/truce"

// stanceRelativePrec30 reports whether the rejection verb cd opens a
// restrictive relative clause on a plural group noun: "fighters who
// rejected the terms will be bussed north", "dissidents who rejected the
// 2019 accord have set up a camp". The clause picks out the members of a
// group by a stance they took at some time; what is news is the main
// clause. A clause set off by a comma (", which denied involvement")
// answers a charge and is kept.
func stanceRelativePrec30(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Reject || cd.e.pos != 'V' {
		return false
	}
	k := cd.i - 1
	if k >= 0 && (st.low[k] == "had" || st.low[k] == "have") {
		k--
	}
	if k < 1 || st.low[k] != "who" && st.low[k] != "that" {
		return false
	}
	return st.toks[k-1].tag == "NNS" || st.toks[k-1].tag == "NNPS"
}
