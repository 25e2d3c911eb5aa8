package code

import "github.com/truce-project/truce"

// Issue 3, round x53: communications cut with no one named as cutting
// them. "Police detained dozens, and mobile internet was cut across the
// island", "Mobile internet has been cut across the country since
// Thursday": only a state can take a land off the network, so the cut is
// its government's, not the protesters' or the police's told beside it.

// x53PassiveAux are the auxiliaries of a passive cut: "was cut", "has
// been cut", "remained cut".
var x53PassiveAux = filtered(wordSet("was", "were", "been", "being", "remained", "remains", "is", "are"))

// agentlessCutX53 gives a passive censorship trigger with no agent the
// government of the land for its source.
func agentlessCutX53(cd *candidate) {
	st := cd.st
	if cd.e.mode != "censor" || !x53PassiveCut(st, cd) {
		return
	}
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		if st.low[k] == "by" {
			return
		}
		if st.low[k] == "," || st.low[k] == ";" {
			break
		}
	}
	if namedOrganX53(cd.src) {
		return
	}
	cd.src = []*mention{{i: cd.i, j: cd.j, kind: "sector", actor: truce.Actor{Name: "government", Sector: "GOV"}}}
}

// x53PassiveCut reports whether the words of cd's trigger, or the two
// before it, hold a passive auxiliary: "internet was cut", "has been cut".
func x53PassiveCut(st *sent, cd *candidate) bool {
	for k := max(0, cd.i-2); k < cd.j; k++ {
		if x53PassiveAux.has(st.low[k]) {
			return true
		}
	}
	return false
}

// namedOrganX53 reports whether ms holds an actor the text names by a name
// of its own, a state or a body ("Iran", "the regulator NCC"), not one
// implied or referred to by a pronoun.
func namedOrganX53(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.ID != "" && m.kind != "implied" && m.kind != "pronoun" && m.kind != "anaphor" {
			return true
		}
	}
	return false
}
