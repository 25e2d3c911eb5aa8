package code

import "github.com/truce-project/truce"

// tell36CarriedAct reports whether an act with no teller of its own goes
// on with the account of the violent act told in the sentence before:
// the violence itself, and the arrests, detentions and seizures that
// follow it ("Bombers struck three churches, police said. Police arrested
// 24 people."), which the writer tells on the same authority.
func tell36CarriedAct(cd *candidate) bool {
	return isViolent(cd) || cd.ev.ID != "" && cd.ev.Type == truce.Coerce
}
