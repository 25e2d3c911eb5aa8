package code

import "github.com/truce-project/truce"

// handoverOfSuspects reports whether a release told as a handing over
// hands people to another state's justice rather than freeing captives:
// "Libyan authorities handed over a former officer accused of the bombing
// to the United States", "police handed over three men wanted for
// kidnappings to Philippine authorities", "the administration handed over
// 94 Iraqi families to Iraqi officials". That is judicial cooperation
// between the two (CAMEO 063), as an extradition is. Captives, soldiers
// and hostages handed back stay a release ("handed over 32 captured
// servicemen").
func handoverOfSuspects(cd *candidate, src []truce.Actor) bool {
	st := cd.st
	if cd.e.mode != "release" || !handWords.has(st.low[cd.i]) || cd.i+1 >= len(st.low) || st.low[cd.i+1] != "over" && st.low[cd.i+1] != "back" && !handedToT46(cd) {
		return false
	}
	if st.hasAny(&heldWords) {
		return false
	}
	if st.hasAny(&suspectWords) || st.hasAny(&returneeWords) {
		return true
	}
	for _, a := range src {
		if a.Sector == "COP" {
			return true
		}
	}
	return false
}

// suspectWords describe people sought by justice.
var suspectWords = filtered(wordSet("accused", "wanted", "suspected", "suspect", "suspects", "fugitive", "fugitives",
	"convicted", "charged", "extradition", "indicted"))

// returneeWords describe civilians sent home to their own state.
var returneeWords = filtered(wordSet("families", "nationals", "citizens", "migrants", "deportees"))

// heldWords describe people held by a side, whose handing back frees
// them.
var heldWords = filtered(wordSet("captive", "captives", "captured", "hostage", "hostages", "prisoners", "prisoner",
	"servicemen", "soldiers", "pilot", "pows", "abducted", "kidnapped"))

// handoverRecipient returns the actor a handing over is made to, named
// after "to" in its clause ("handed over 94 families to Iraqi officials"),
// or false.
func handoverRecipient(cd *candidate) (truce.Actor, bool) {
	st := cd.st
	for k := handedFromT46(cd); k+1 < len(st.low) && k < cd.j+20 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] != "to" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" && n+1 < len(st.low) {
			n++
		}
		if m := st.mentionAt(n); m != nil && !m.place && m.actor.ID != "" {
			return m.actor, true
		}
		return truce.Actor{}, false
	}
	return truce.Actor{}, false
}
