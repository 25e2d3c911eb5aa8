package code

// Crowds that go home: "the crowd dispersed after midnight" tells no force.

import "strings"

// dispersalVerbs are the forms of "disperse", which tells force used on a
// crowd when someone disperses it and the crowd going home when it
// disperses.
var dispersalVerbs = filtered(wordSet("disperse", "disperses", "dispersed", "dispersing"))

// gatheredNouns are crowds that may disperse of their own accord.
var gatheredNouns = filtered(wordSet("crowd", "crowds", "protesters", "protestors", "demonstrators", "marchers",
	"rally", "rallies", "gathering", "gatherings", "mourners", "supporters", "students", "people", "they"))

// crowdWentHome reports whether the trigger cd is "dispersed" with the
// crowd as its subject and no object: "the crowd dispersed after
// midnight", "the crowds had dispersed by late evening", "after which the
// protesters dispersed peacefully". The crowd left; no one used force on
// it. "Police dispersed the crowd" and "the crowd was dispersed with tear
// gas" keep their force.
func crowdWentHome(st *sent, cd *candidate) bool {
	if cd.j-cd.i != 1 || !dispersalVerbs.has(st.low[cd.i]) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && (st.toks[k].tag == "RB" || st.low[k] == "had" || st.low[k] == "have" || st.low[k] == "has" || st.low[k] == "then") {
		k--
	}
	if k < 0 || !gatheredNouns.has(st.low[k]) {
		return false
	}
	if cd.j < len(st.toks) {
		t := st.toks[cd.j].tag
		if t == "DT" || t == "CD" || t == "PRP" || t == "PRP$" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return true
}
