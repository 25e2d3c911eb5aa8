package code

import "strings"

// nounWithoutPrec33 reports whether cd, an act told by a noun, is named
// only as what something lacked or who stood outside it: "the talks
// ended without agreement", "the march ended without arrests", "without a
// final deal, the next flare-up is a matter of time", "the rebels were not
// party to the accord". "Without" says the act did not happen, and
// "party to" says who took part in an act told elsewhere: neither tells
// an act of its own.
func nounWithoutPrec33(st *sent, _, _ []*candidate, cd *candidate) bool {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") || cd.i < 1 {
		return false
	}
	k := cd.i - 1
	for n := 0; n < 3 && k > 0; n++ {
		switch st.toks[k].tag {
		case "DT", "JJ", "PRP$", "CD", "NN":
			k--
			continue
		}
		break
	}
	switch st.low[k] {
	case "without":
		return true
	case "to":
		return k >= 1 && (st.low[k-1] == "party" || st.low[k-1] == "parties")
	}
	return false
}
