package code

// tell45PromiseForms are the forms of "promise" that open the act promised.
var tell45PromiseForms = filtered(wordSet("promise", "promises", "promised", "promising"))

// tell45PromiseAhead reports whether the trigger at i is a promise whose
// act is spelt out after it, "promised to return the cattle", "promised
// that the state would pay compensation": the pledge is made, but what it
// binds its maker to has not happened, and gold gives such an agreement
// the status planned (dev: 4 of 4 agreements and concessions told by
// "promised to" or "promised that" accept planned, 3 of them only
// planned). A promise of a thing ("promised 20 ambulances") is left
// alone: gold splits those (dev: 2 reported only, 5 either way, 1
// planned only). Threats are not reached, as a vow of harm stays
// reported.
func tell45PromiseAhead(st *sent, i int) bool {
	if i+2 >= len(st.low) || !tell45PromiseForms.has(st.low[i]) {
		return false
	}
	switch st.low[i+1] {
	case "that":
		return true
	case "to":
		return st.toks[i+2].tag == "VB"
	}
	return false
}
