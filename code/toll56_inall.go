package code

import "github.com/truce-project/truce"

// Issue 3, round toll56: a toll told "in all" after two attacks of one
// sentence counts the dead of both, not of the nearer one. "A bomber blew
// himself up at the gate, and minutes later two more set off explosives
// near parliament, killing three people in all" tells the dead of both
// blasts together. ACLED divides a toll told for several events among
// them, and the gold admits any share for each (dev: 1 of 1 such total,
// VIO-wire57-043's two blasts each [0,3]), so the total is divided, the
// earlier attacks taking what is left over. On dev the rule fires only
// once "set off explosives" codes the second blast (a trigger left out
// this round); before, the whole toll went to the second and the first
// lost its match.

// toll56InAll reports whether the count read r is told as a total: "three
// people [in all]", "12 [in total]", "40 people [all told]".
func toll56InAll(st *sent, r tollRead) bool {
	n := nounEnd(st, r.end)
	if n+1 >= len(st.low) {
		return false
	}
	a, b := st.low[n], st.low[n+1]
	return a == "in" && (b == "all" || b == "total") || a == "all" && b == "told"
}

// toll56Shares returns the violent events of the sentence told up to cd,
// the event a total toll was given to, with each one's share of the
// count; nil when cd is the only one, and the toll stays whole.
func toll56Shares(cands []*candidate, cd *candidate, cnt truce.Count) ([]*candidate, []truce.Count) {
	var evs []*candidate
	for _, p := range cands {
		if p.i > cd.i {
			break
		}
		if !p.folded && p.corefOf == nil && isViolent(p) {
			evs = append(evs, p)
		}
	}
	if len(evs) < 2 || cnt.Min < len(evs) {
		return nil, nil
	}
	shares := make([]truce.Count, len(evs))
	for n := range evs {
		lo, hi := cnt.Min/len(evs), cnt.Max/len(evs)
		if n < cnt.Min%len(evs) {
			lo++
		}
		if n < cnt.Max%len(evs) {
			hi++
		}
		shares[n] = truce.Count{Min: lo, Max: hi}
	}
	return evs, shares
}
