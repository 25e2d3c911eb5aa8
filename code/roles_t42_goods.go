package code

import "strings"

// A trade measure whose object names the goods before their origin is
// aimed at the state the goods come from: "banned all imports of seafood
// from Japan", "imposed duties on wine and barley from Australia". One on
// goods sent out is aimed at where they go: "halted exports of chips to
// its neighbour", "suspended arms shipments to Kyiv".

// outboundGoodsWords name goods sent out of the measuring state, so that
// "to" after them names the state the measure is aimed at.
var outboundGoodsWords = filtered(wordSet("exports", "export", "shipments", "shipment", "sales", "deliveries",
	"supplies", "transfers", "transit"))

// goodsOrigin returns, for a sanction trigger that names no target, the
// country or capital after "from" (or, past an outbound goods noun, after
// "to") that ends the object phrase right after the trigger; nil when a
// verb, finite verb, comma or clause break comes first or the phrase runs on past
// eight words.
func (st *sent) goodsOrigin(cd *candidate) []*mention {
	if cd.tgt != nil || cd.j == 0 || cd.j >= len(st.low) {
		return nil
	}
	out := false
	for k := cd.i; k < cd.j; k++ {
		out = out || outboundGoodsWords.has(st.low[k])
	}
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		w := st.low[k]
		// "duties totalling 80% on barley from Australia": a participle
		// stays inside the phrase; a finite verb ends it.
		if t := st.toks[k].tag; w == "," || clauseBreaks.has(w) || strings.HasPrefix(t, "VB") && t != "VBG" && t != "VBN" {
			return nil
		}
		if m := st.mentionAt(k); m != nil && m.i == k && !m.place && m.kind != "country" && m.kind != "capital" {
			// "banned imports by state firms from Japan": an actor in the
			// object phrase is left to the object rules.
			return nil
		}
		out = out || outboundGoodsWords.has(w)
		if k > cd.j && (w == "from" || w == "to" && out) {
			n := k + 1
			// "crude from neighbouring Niger".
			if n+1 < len(st.low) && st.toks[n].tag == "JJ" {
				n++
			}
			return st.stateAt(n)
		}
	}
	return nil
}
