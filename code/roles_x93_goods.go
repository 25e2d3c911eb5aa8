package code

// roles_x93: a sector word that only qualifies goods. In "return weapons
// and military equipment seized from peacekeepers", "sent police gear to
// the capital", "cut military aid to Cairo", the lowercase "military",
// "police" or "army" says what kind of equipment, gear or aid it is and
// names no actor; taken as one it became the target of the return and
// pushed out the party the goods came from. (Vehicles and aircraft are
// left: "army trucks were ambushed" hits the riders.)

import "strings"

// x93GoodsNouns are goods a sector word may qualify without naming an
// actor.
var x93GoodsNouns = filtered(wordSet("equipment", "hardware", "supplies", "materiel", "gear", "aid",
	"assistance", "spending", "budget", "budgets", "exports", "imports"))

// goodsModifiersX93 drops a mention that is one lowercase domain word
// (x48PactDomain) right before a goods noun that heads its phrase, as
// pactModifiersX48 does before a pact noun: a modifier of the goods, not
// an actor. Uniforms are left ("men in military uniforms" tells who),
// and so is goods before another noun ("an army supply convoy" is hit
// with its soldiers).
func (st *sent) goodsModifiersX93() {
	for k := 2; k < len(st.low); k++ {
		if !x93GoodsNouns.has(st.low[k]) || k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "NN") {
			continue
		}
		q := st.mentionAt(k - 1)
		if q == nil || q.i != k-1 || q.j != k || st.toks[q.i].text != st.low[q.i] || !x48PactDomain(st.low[q.i]) || st.isPossessive(q.i-1) {
			continue
		}
		st.dropMention(q)
	}
}
