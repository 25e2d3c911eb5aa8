package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A side named as the backer of something ("an advance backed by foreign
// troops", "the army, backed by drones and by fighters of a mercenary
// group") is on the side of what it backs: it is not the holder of the
// ground taken, nor the group a later "the rebels" names.

// x68BackingWords are the participles that open a phrase naming a backer:
// "backed by", "supported by", "aided by".
var x68BackingWords = filtered(wordSet("backed", "supported", "aided", "assisted", "helped", "reinforced",
	"armed", "financed", "funded", "sponsored", "bankrolled", "equipped", "trained"))

// x68BackedBy reports whether the mention starting at token i stands in a
// phrase that names a backer: "backed by" within eight words before it,
// with no comma, clause break or other verb between.
func (st *sent) x68BackedBy(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := st.low[k]
		if w == "by" && x68BackingWords.has(st.low[k-1]) {
			return true
		}
		if w == "," || w == "." || clauseBreaks.has(w) || strings.HasPrefix(st.toks[k].tag, "VB") {
			return false
		}
	}
	return false
}

// x68DropBackers takes out of the target of ground taken the sides the
// sentence names only as backers of the taking: in "rebels took the town
// after an advance backed by foreign troops" the troops fought for the
// takers, not for the town. The target left empty is filled later as for
// any taking that names no holder.
func x68DropBackers(st *sent, cd *candidate, tgt []truce.Actor) []truce.Actor {
	if !cd.e.has(flagTerritory) || len(tgt) == 0 {
		return tgt
	}
	out := tgt
	for _, m := range cd.tgt {
		if !st.holds(m) || !st.x68BackedBy(m.i) {
			continue
		}
		out = without(out, m.actor)
	}
	return out
}
