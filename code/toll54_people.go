package code

import "github.com/truce-project/truce"

// Issue 3, round toll54: tolls count people. A toll of dead told in a
// sentence of its own, after a sentence that tells only acts on property
// or a riot, is the toll of the attack on people told just before those
// acts, not of the burning: "Police fired live rounds at crowds in the
// capital. Protesters set fire to a bus. … At least two people had been
// killed, Amnesty said" gives the two to the shooting. It is the rule
// toll53PropertyToll follows for a toll told in the property act's own
// sentence, carried to a toll told later. Dev: it moves the toll in two
// sentences: the gold gives the dead to the shooting in one (wire53-045),
// and gives the toll to neither event in the other (wire23-063, rapes and
// a burning told before "470 people were killed"); with toll53's two
// (wire59-001, wire3-065), 3 of 3 where the gold tells. Wounded are left
// where they go: police hurt by rioters are the riot's (toll53PoliceHurt).

// toll54PeopleInstead returns the attack on people told in the sentence
// before prev when prev, the event a later toll of dead would go to, is an
// act on property or a riot, as every violent event of its sentence is;
// otherwise prev. The attack must still lack a toll of dead.
func toll54PeopleInstead(d *doc, st *sent, prev *candidate, reads []tollRead) *candidate {
	if prev == nil || len(reads) == 0 || !toll54PropertyOnly(d, prev.st) {
		return prev
	}
	for _, r := range reads {
		if r.field != "fatalities" {
			return prev
		}
	}
	for m := len(d.cands) - 1; m >= 0; m-- {
		p := d.cands[m]
		if p.st == st || p.st == prev.st || p.folded || !isViolent(p) {
			continue
		}
		if p.st.s.Index < prev.st.s.Index-1 {
			return prev
		}
		if p.ev.Type == truce.Assault && p.ev.Mode != "destroy" && p.ev.Mode != "sexual" && p.ev.Fatalities == nil {
			return p
		}
		return prev
	}
	return prev
}

// toll54PropertyOnly reports whether the violent events told in sentence
// s are all acts on property or riots, and there is one.
func toll54PropertyOnly(d *doc, s *sent) bool {
	found := false
	for _, cd := range d.cands {
		if cd.st != s || cd.folded || !isViolent(cd) {
			continue
		}
		if cd.ev.Mode != "destroy" && !(cd.ev.Type == truce.Protest && cd.ev.Mode == "riot") {
			return false
		}
		found = true
	}
	return found
}
