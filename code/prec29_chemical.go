package code

import "github.com/truce-project/truce"

// chemicalCarrier returns the attack the chemical-agent trigger cd rides
// on, or the chemical attack the weapon trigger cd delivered, when the
// sentence tells one chemical attack by two triggers: "fired shells that
// released chlorine", "dropped munitions containing chloropicrin",
// "barrel bombs believed to contain chlorine were dropped". The agent is
// what makes the attack unconventional; the weapon is how it came.
func chemicalCarrier(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Assault {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.folded || p.ev.Type != truce.Assault || cd.i-p.j > 15 {
			continue
		}
		if (p.ev.Mode == "unconventional") == (cd.ev.Mode == "unconventional") {
			continue
		}
		if len(cd.ev.Source) > 0 && len(p.ev.Source) > 0 && !sameSide(cd.ev.Source, p.ev.Source) {
			continue
		}
		return p
	}
	return nil
}

// mergeChemical folds the two triggers of one chemical attack into the
// agent's: it keeps the chemical mode and codes, and takes from the
// weapon's trigger the doer, target and toll it lacks. It returns the
// event kept and the one dropped.
func mergeChemical(d *doc, st *sent, a, b *candidate) (keep, drop *candidate) {
	keep, drop = a, b
	if b.ev.Mode == "unconventional" {
		keep, drop = b, a
	}
	changed := false
	if len(keep.ev.Source) == 0 && len(drop.ev.Source) > 0 {
		keep.ev.Source, changed = drop.ev.Source, true
	}
	if len(keep.ev.Target) == 0 && len(drop.ev.Target) > 0 {
		keep.ev.Target, changed = drop.ev.Target, true
	}
	if keep.ev.Fatalities == nil {
		keep.ev.Fatalities = drop.ev.Fatalities
	}
	if keep.ev.Injuries == nil {
		keep.ev.Injuries = drop.ev.Injuries
	}
	if changed {
		keep.ev.ID = eventID(d.a.ID, st.s.Index, keep.ev.Type, keep.ev.Source, keep.ev.Target, keep.i)
	}
	return keep, drop
}
