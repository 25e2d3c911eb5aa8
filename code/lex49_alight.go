package code

import "github.com/truce-project/truce"

// A sentence that tells people attacked and property burnt in one raid
// ("stormed the town, shooting residents in their homes and setting houses
// alight, … which put the toll at 70 dead") counts its dead against the
// attack on the people, not the fire set to the houses: the burning
// (CAMEO 1712, mode destroy) keeps the toll only where no other attack of
// the sentence could have killed.

// lex49TollToPeople returns the attack on people of the sentence that a
// count of dead read for cd, a burning of property, belongs to; else cd.
func lex49TollToPeople(cands []*candidate, cd *candidate, r tollRead) *candidate {
	if cd == nil || r.field != "fatalities" || cd.ev.Type != truce.Assault || cd.ev.Mode != "destroy" {
		return cd
	}
	for _, p := range cands {
		if p != cd && lex49HarmsPeople(p) {
			return p
		}
	}
	return cd
}

// lex49HarmsPeople reports whether p is an attack whose means kill people
// (shooting, beating, shelling, bombs) and has no toll yet.
func lex49HarmsPeople(p *candidate) bool {
	if p.folded || !isViolent(p) || p.ev.Type != truce.Assault || p.ev.Fatalities != nil {
		return false
	}
	switch p.ev.Mode {
	case "", "firearms", "beat", "massacre", "heavy-weapons", "explosives", "aerial", "drone", "targeted":
		return true
	}
	return false
}

// lex49TollBeforeBurning returns, for prev, the latest attack a later
// toll may count, an attack on people told in the two sentences before
// where prev is only a burning of property, or a riot in a sentence that
// tells only riots and acts on property: "gunmen fought troops across
// the city … fighters set trucks alight to block roads … at least eight
// people were killed" counts the dead of the fighting, and "Riot police
// shot at students. The students then rioted. Four people were killed"
// the dead of the shooting. (Round toll54 had a rule of its own for the
// second; the two were one rule and are merged here, with no change on
// dev, test, PLOVER's records or the demo.)
func lex49TollBeforeBurning(d *doc, st *sent, prev *candidate) *candidate {
	if prev == nil {
		return prev
	}
	burning := prev.ev.Type == truce.Assault && prev.ev.Mode == "destroy"
	if !burning && !(isRiot(prev) && propertyOnly(d, prev.st)) {
		return prev
	}
	lo := min(st.s.Index-2, prev.st.s.Index-1)
	for m := len(d.cands) - 1; m >= 0; m-- {
		p := d.cands[m]
		if p.st == st || p == prev {
			continue
		}
		if p.st.s.Index < lo {
			break
		}
		if lex49HarmsPeople(p) {
			return p
		}
	}
	return prev
}

// propertyOnly reports whether the violent events told in sentence s are
// all acts on property or riots, and there is one.
func propertyOnly(d *doc, s *sent) bool {
	found := false
	for _, cd := range d.cands {
		if cd.st != s || cd.folded || !isViolent(cd) {
			continue
		}
		if cd.ev.Mode != "destroy" && !isRiot(cd) {
			return false
		}
		found = true
	}
	return found
}
