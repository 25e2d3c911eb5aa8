package code

import "github.com/truce-project/truce"

// raidersLeavePrec31 reports whether cd, a withdrawal told by a gerund
// right after "before" with no subject of its own, is the way out of a
// raid the sentence has just told: "gunmen looted the market and torched
// two houses before pulling back into the bush", "fighters held the
// town for hours before withdrawing with seized weapons". The raiders
// leaving is the end of their attack; no ground changes hands and no side
// concedes anything. A withdrawal with a subject of its own ("before the
// troops withdrew") or after an act of another kind is left alone.
func raidersLeavePrec31(st *sent, _, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Retreat || st.toks[cd.i].tag != "VBG" || cd.i < 2 {
		return false
	}
	k := cd.i - 1
	if st.toks[k].tag == "RB" {
		k--
	}
	if k < 1 || st.low[k] != "before" {
		return false
	}
	for _, o := range built {
		if o == cd || o.folded || o.j > k {
			continue
		}
		switch o.ev.Type {
		case truce.Assault, truce.Coerce, truce.Protest:
			return true
		}
	}
	return false
}
