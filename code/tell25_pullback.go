package code

// pullbackPromiseVerbs bind their subject to a step still to come: "promised to
// pull their forces back", "pledged to withdraw", "undertook to pull out".
var pullbackPromiseVerbs = filtered(wordSet(
	"promise", "promises", "promised", "pledge", "pledges", "pledged",
	"undertake", "undertakes", "undertook",
))

// pullbackAgreeVerbs make an agreement; with a bare "to" after them the pullout is
// what was agreed and the agreement carries it ("agreed to withdraw its
// troops" is one AGREE).
var pullbackAgreeVerbs = filtered(wordSet("agree", "agrees", "agreed"))

// committedPullback reports whether cd, a pullout of forces, is a move
// the commitment frame binds its parties to and that needs an event of
// its own, planned: a pullout promised ("the two governments promised to
// pull their forces back"), or one agreed beside another thing agreed
// ("agreed to a ceasefire and to pull back troops from the frontier"),
// where the agreement is the ceasefire's. A bare "agreed to withdraw its
// troops" stays the agreement, and so do other contents ("agreed to hand
// control of the airport").
func committedPullback(st *sent, frame, cd *candidate) bool {
	if cd.e.cameo != "0872" || cd.e.pos != 'V' || cd.i <= frame.i {
		return false
	}
	w := st.low[frame.i]
	if !pullbackPromiseVerbs.has(w) && !pullbackAgreeVerbs.has(w) {
		return false
	}
	k := cd.i - 1
	for k > frame.i && st.toks[k].tag == "RB" {
		k--
	}
	if k <= frame.i || st.low[k] != "to" {
		return false
	}
	if pullbackAgreeVerbs.has(w) && (k-1 <= frame.i || st.low[k-1] != "and") {
		return false
	}
	// "refused to promise to pull out", "did not pledge to withdraw": a
	// commitment withheld binds no one.
	for n := frame.i - 1; n >= 0 && n >= frame.i-3; n-- {
		switch st.low[n] {
		case "not", "n't", "never", "refused", "declined":
			return false
		}
	}
	return forcesMoved(st, cd)
}

// pulledForces are the nouns that make a withdrawal a pullout of armed
// forces rather than a handover of a site or a bill.
var pulledForces = filtered(wordSet(
	"troops", "forces", "soldiers", "fighters", "units", "contingent",
	"contingents", "peacekeepers", "personnel", "battalions",
))

// forcesMoved reports whether the withdrawal cd moves armed forces: they
// stand in its words or just after its verb ("pull back troops from"),
// before any "to" that names who receives a site ("hand the port to
// government troops"). A bare "pull back" or "withdraw" followed by
// "from" counts too ("promised to withdraw from the border").
func forcesMoved(st *sent, cd *candidate) bool {
	for k := cd.i; k < len(st.low) && k <= cd.j+3; k++ {
		if pulledForces.has(st.low[k]) {
			return true
		}
		if k > cd.i && st.low[k] == "to" {
			break
		}
	}
	return cd.j < len(st.low) && st.low[cd.j] == "from"
}
