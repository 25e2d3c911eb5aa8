package code

// ACLED labels of the decrees of a coup (issue 3): the soldiers who take
// power suspend the constitution, dissolve the government and the state's
// institutions and close the borders, and ACLED records each such measure
// told with the takeover as a strategic development ("Other"), where the
// same measure taken by a sitting government against a neighbour (a
// border closed to a country) is no event of its.

import "github.com/truce-project/truce"

// acled33TakeoverNouns are what a coup suspends or dissolves.
var acled33TakeoverNouns = filtered(wordSet("constitution", "institutions"))

// acled33TakeoverVerbs are the ways a coup ends them, in every form.
var acled33TakeoverVerbs = filtered(wordSet("suspend", "suspends", "suspended", "suspending", "suspension",
	"dissolve", "dissolves", "dissolved", "dissolving", "dissolution", "abrogate", "abrogates", "abrogated",
	"abrogating", "abolish", "abolishes", "abolished", "abolishing", "annul", "annuls", "annulled", "annulling"))

// acled33CoupDecree reports whether cd is a restriction told in a
// sentence that tells the constitution or the state's institutions
// suspended or dissolved ("the officers suspended all institutions,
// closed the borders and imposed a curfew", "said the government had
// been dissolved and the constitution suspended, and that the borders
// were closed"), which ACLED gives no label now. Arrests keep theirs,
// and cutting the internet or the media stays unrecorded, as it is
// elsewhere.
func acled33CoupDecree(cd *candidate) bool {
	ev := &cd.ev
	if ev.Type != truce.Coerce || ev.ACLEDType != "" || ev.Mode == "arrest" || ev.Mode == "censor" {
		return false
	}
	st := cd.st
	if !st.hasAny(&acled33TakeoverNouns) {
		return false
	}
	for k, w := range st.low {
		if !acled33TakeoverNouns.has(w) {
			continue
		}
		for n := max(k-3, 0); n < len(st.low) && n <= k+3; n++ {
			if acled33TakeoverVerbs.has(st.low[n]) {
				return true
			}
		}
	}
	return false
}
