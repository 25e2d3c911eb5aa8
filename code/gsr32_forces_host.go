package code

import "github.com/truce-project/truce"

// A force built up where the sender stands abroad is aimed at that
// state, as a force arriving there is (arrivalHost): "Israel has
// strengthened its forces in Lebanon", "Russia reinforced its troops in
// Belarus", "Turkey boosted its military presence in northern Syria".
// The lexicon's form ends on the forces; the host follows as "in",
// "inside" or "into" and a state, past an article or a direction; after
// a verb, past the sender's own forces ("deployed its troops in"). A
// state with a possessive ("in Syria's army") and the sender's own
// country are passed by.

// gsr32HostPreps put a force inside a state.
var gsr32HostPreps = filtered(wordSet("in", "inside", "into"))

// gsr32ForcesHost returns the state a deployment's forces stand in, when
// it names no target and the state follows the trigger: nil otherwise.
func (st *sent) gsr32ForcesHost(cd *candidate) []*mention {
	k := cd.j
	if cd.tgt != nil || len(cd.src) == 0 {
		return nil
	}
	// "deployed its troops in Belarus": past the sender's own forces.
	if k+2 < len(st.low) && mode41Owners.has(st.low[k]) {
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			if forceNouns.has(st.low[n]) {
				k = n + 1
				break
			}
		}
	}
	if k+1 >= len(st.low) || !gsr32HostPreps.has(st.low[k]) {
		return nil
	}
	k++
	for n := 0; n < 2 && k+1 < len(st.low) && st.mentionAt(k) == nil; n++ {
		if t := st.toks[k].tag; t != "DT" && t != "JJ" {
			return nil
		}
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.i != k || m.kind != "country" || m.j < len(st.low) && st.isPossessive(m.j) || sameCountry(m, cd.src) {
		return nil
	}
	v := *m
	v.place = false
	return []*mention{&v}
}

// gsr32Hosts aims a deployment or an inquiry without a target at the
// state it is sent into (gsr32ForcesHost, gsr32InquiryHost).
func (c *Coder) gsr32Hosts(st *sent, cd *candidate, earlier []*candidate) {
	if c.lex.cameo[cd.e.cameo].plover == truce.Mobilize {
		if h := st.gsr32ForcesHost(cd); h != nil {
			cd.tgt = h
		}
	}
	if h := st.gsr32InquiryHost(cd, earlier); h != nil {
		cd.tgt = h
	}
}
