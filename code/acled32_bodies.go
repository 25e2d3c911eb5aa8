package code

// ACLED labels of force on protesters that left bodies (issue 3): "at
// least seven bodies were recovered after three days of protests, rights
// groups said, accusing police of beating demonstrators and chasing them
// into a lagoon". The beating alone reads as an intervention; the dead
// the sentence counts make the force excessive, as "killed" does.

// acled32BodiesFound reports whether cd is force on protesters, labelled
// an intervention, in a sentence that tells dead bodies found: "bodies"
// as the subject of a recovery ("seven bodies were pulled from"), or
// "the bodies of" people.
func acled32BodiesFound(cd *candidate) bool {
	ev := &cd.ev
	if ev.ACLEDType != acledProtests || ev.ACLEDSubtype != subIntervened || ev.Mode == "arrest" || cd.i < 0 {
		return false
	}
	st := cd.st
	for k, w := range st.low {
		if w != "bodies" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			if acled32Recovered.has(st.low[n]) {
				return true
			}
		}
		if k+1 < len(st.low) && st.low[k+1] == "of" && k > 0 && st.low[k-1] == "the" {
			return true
		}
	}
	return false
}

// acled32Recovered tell bodies found.
var acled32Recovered = filtered(wordSet("recovered", "found", "pulled", "retrieved", "discovered", "exhumed", "washed", "dumped", "lay", "lying"))
