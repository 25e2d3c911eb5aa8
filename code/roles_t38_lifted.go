package code

import "github.com/truce-project/truce"

// A curfew or emergency lifted or eased: "Authorities in Dessie eased a
// dusk-to-dawn curfew", "parliament voted to lift a six-month state of
// emergency". As a curfew imposed falls on the people of the place
// (kindSides), one lifted frees them: they are its target, not an armed
// group a later clause names as the reason.

// t38LiftedCurfew gives a lifting or easing of a curfew, a state of
// emergency, martial law or a lockdown the civilians of its place (else
// of its source's country) as target, unless it already has civilians.
func (b *building) t38LiftedCurfew() {
	c, d, cd, st, loc := b.c, b.d, b.cd, b.st, b.loc
	ev := &cd.ev
	if ev.Type != truce.Retreat && ev.Type != truce.Concede || allSector(b.tgt, "CVL") && len(b.tgt) > 0 {
		return
	}
	if !st.t38CurfewObject(cd) {
		return
	}
	cc := ""
	if loc != nil {
		cc = loc.Country
	}
	if cc == "" && len(b.src) > 0 {
		cc = b.src[0].Country
	}
	if cc == "" {
		return
	}
	if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
		a.Text = ""
		b.tgt = []truce.Actor{a}
	}
}

// t38CurfewObject reports whether cd's trigger or the object right after
// it names a curfew, a state of emergency, martial law or a lockdown,
// past determiners and modifiers only ("eased a dusk-to-dawn curfew",
// "lift a six-month state of emergency").
func (st *sent) t38CurfewObject(cd *candidate) bool {
	for k := cd.i; k < len(st.low) && k < cd.j+6; k++ {
		switch st.low[k] {
		case "curfew", "curfews", "lockdown", "lockdowns":
			return true
		case "emergency":
			return k >= 2 && st.low[k-1] == "of" && st.low[k-2] == "state"
		case "martial":
			return k+1 < len(st.low) && st.low[k+1] == "law"
		}
		if k >= cd.j && !determiners.has(st.low[k]) && !isModifier(st.toks[k]) && st.low[k] != "of" {
			return false
		}
	}
	return false
}
