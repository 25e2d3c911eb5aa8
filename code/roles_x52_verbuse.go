package code

import "strings"

// Issue 3, round x52: a noun-row trigger used as a verb takes a direct
// object. "Venezuela said it would boycott the United States", "Serbia
// would boycott all formal dealings with Albania": the lexicon row is the
// noun ("a boycott of …"), whose target follows a preposition; the verb
// has its object right after it, or after a bare noun phrase it heads
// ("all official contact with").

// verbUseObjectPrepsX52 may join the verb's own noun phrase to the side it
// is aimed at: "boycotted all trade with", "boycott the goods of". ("from"
// and "to" say where: placePreps.)
var verbUseObjectPrepsX52 = filtered(wordSet("with", "against", "of"))

// verbUseObjectX52 returns the object of cd's noun-row trigger when it
// stands as a verb (tagged VB*): the first actor, not a place, reached
// from the trigger past determiners and modifiers and at most one joining
// preposition, within eight words. Else nil.
func (st *sent) verbUseObjectX52(cd *candidate) []*mention {
	if cd.e.pos != 'N' || cd.j >= len(st.low) || !verbAt(st, cd.i) || cd.j-cd.i != 1 {
		return nil
	}
	preps := 0
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		m := st.mentionAt(k)
		// "all official contact with": a sector word before the noun it
		// modifies names no one.
		if m != nil && preps == 0 && m.kind == "sector" && m.j < len(st.low) && st.mentionAt(m.j) == nil && strings.HasPrefix(st.toks[m.j].tag, "NN") {
			k = m.j - 1
			continue
		}
		if m != nil {
			// (As for any object: "boycotted Brazilian beef" names
			// goods, "shelled Syrian territory" a place. A capital may
			// be the town itself, "would blockade Brussels", which the
			// place rules read: roles_x51_place.go.)
			if m.i != k || m.place || m.kind == "capital" || st.isPossessive(m.j) || placeAdjective(st, m) || goodsAdjective(st, m) || brokerCompound(st, m) {
				return nil
			}
			return st.coordinated(m)
		}
		switch {
		// "rallied outside parliament": where, not whom.
		case placePreps.has(st.low[k]) || directions.has(st.low[k]):
			return nil
		case verbUseObjectPrepsX52.has(st.low[k]):
			if preps > 0 || k == cd.j {
				return nil
			}
			preps++
		case determiners.has(st.low[k]) || st.toks[k].tag == "DT" || st.toks[k].tag == "PDT" || st.toks[k].tag == "JJ" || strings.HasPrefix(st.toks[k].tag, "NN"):
		default:
			return nil
		}
	}
	return nil
}
