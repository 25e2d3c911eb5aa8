package code

import "github.com/truce-project/truce"

// mode33ProtestNamed returns the token at which the force cd names the
// protest it met, when protestingCrowd finds no protesting participle, or
// -1: the force's own words or its object name the protest ("broke up
// protests in Lomé", "used water cannon to end a third night of rallies
// against the law", "dispersed a march on the palace"), or a relative
// clause tells what the crowd it met was doing ("fired tear gas at
// protesters who broke through barricades", "at people who had gathered
// in the square"). The words must stand in the force's clause, within a
// few words of it.
func mode33ProtestNamed(st *sent, cd *candidate) int {
	for k := cd.i; k < cd.j && k < len(st.low); k++ {
		if mode33ProtestNouns.has(st.low[k]) {
			return k
		}
	}
	end := min(len(st.low), cd.j+10)
	for k := cd.j; k < end; k++ {
		w := st.low[k]
		if w == "who" && k > cd.j && (protesterNouns.has(st.low[k-1]) || mode33CrowdNouns.has(st.low[k-1]) && mode33CrowdActs(st, k+1)) {
			return k
		}
		if w == ";" || w == "." || w == "," || clauseBreaks.has(w) {
			return -1
		}
		if mode33ProtestNouns.has(w) && st.mentionAt(k) == nil {
			return k
		}
	}
	return -1
}

// mode33ProtestTold reports whether an earlier sentence of the document
// told a protest: the force met on it later ("police fired tear gas to
// scatter youths who had stayed on") meets that protest again, no new one.
func mode33ProtestTold(d *doc, st *sent) bool {
	for _, p := range d.cands {
		if p.st.s.Index < st.s.Index && !p.folded && p.ev.Type == truce.Protest {
			return true
		}
	}
	return false
}

// mode33ProtestNouns name a protest.
var mode33ProtestNouns = filtered(wordSet("protest", "protests", "rally", "rallies", "demonstration", "demonstrations", "march",
	"marches", "sit-in", "sit-ins", "vigil", "vigils", "picket", "pickets"))

// mode33CrowdActs reports whether the relative clause from token k tells
// a crowd protesting or rioting: "people who had gathered in the square",
// "youths who blocked the road", not "people who had been sheltering
// protesters".
func mode33CrowdActs(st *sent, k int) bool {
	for m := k; m < len(st.low) && m < k+4; m++ {
		w := st.low[m]
		if protestParticiples.has(w) || mode33CrowdVerbs.has(w) || mode33RiotVerbs.has(w) {
			return true
		}
		if w != "had" && w != "have" && w != "has" && w != "were" && w != "was" && w != "also" && w != "earlier" {
			return false
		}
	}
	return false
}

// mode33CrowdVerbs tell a crowd protesting.
var mode33CrowdVerbs = filtered(wordSet("protested", "demonstrated", "marched", "rallied", "chanted", "chanting", "blocked", "occupied",
	"camped", "massed", "gathered", "converged"))

// mode33CrowdNouns name a crowd a relative clause may tell as protesting.
var mode33CrowdNouns = filtered(wordSet("people", "crowds", "crowd", "residents", "students", "youths", "supporters", "workers"))

// mode33RiotVerbs tell a crowd's violence.
var mode33RiotVerbs = filtered(wordSet("stoned", "torched", "burned", "burnt", "looted", "ransacked", "smashed", "attacked",
	"threw", "hurled", "set", "stormed", "vandalised", "vandalized", "pelted"))
