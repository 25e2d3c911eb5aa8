package code

// requestFallback reads what a request asks when no complement word names
// it, from whom it is asked of: an action asked of an international body
// is a call for its help ("asked the Security Council to act", "urged the
// Commission to examine the deal", CAMEO 102); an action asked of a state
// or its government is a call on how it is run ("urged Quito to consult
// its neighbours first", "demanded that the cabinet table the report",
// CAMEO 104). A request for a thing ("called for calm") has no action
// verb and is left to the complement rows; so is one made of anyone else.
func requestFallback(cd *candidate) (complement, bool) {
	if !asksAction(cd) && !thatAsked(cd) || len(cd.tgt) == 0 {
		return complement{}, false
	}
	igo, state := true, true
	for _, m := range cd.tgt {
		a := m.actor
		igo = igo && a.Sector == "IGO"
		state = state && (governingSectors.has(a.Sector) || a.Sector == "" && isState(a))
	}
	switch {
	case igo:
		return complement{mode: "assist", cameo: "102"}, true
	case state:
		return complement{mode: "change", cameo: "104"}, true
	}
	return complement{}, false
}

// governingSectors are the sectors of a state that answer for how it is
// run, named or told generically ("the government"); a state named alone
// ("urged Hanoi to ...") answers too.
var governingSectors = filtered(wordSet("GOV", "MIL", "LEG", "JUD"))

// asksAction tells whether a request names an act for its target to do:
// "urged X to <verb>", "demanded that X <verb>".
func asksAction(cd *candidate) bool {
	st := cd.st
	that := st.low[cd.j-1] == "that" || cd.j < len(st.low) && st.low[cd.j] == "that"
	for k := cd.j; k+1 < len(st.low) && k < cd.j+12 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "to" && st.toks[k+1].tag == "VB" {
			return true
		}
		// "demanded that the cabinet table the report": the word after
		// the one asked is its verb, whatever its tag, when an object
		// follows it.
		if that && k > cd.j && st.mentionAt(k-1) != nil && st.mentionAt(k) == nil &&
			(st.toks[k].tag == "VB" || st.toks[k].tag == "VBP" || determiners.has(st.low[k+1])) {
			return true
		}
	}
	return false
}
