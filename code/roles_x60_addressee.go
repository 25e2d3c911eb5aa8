package code

// Issue 3, round x60 (gsr27): words addressed to a state named after "to".
// "Argentina apologised to Brazil for one of its gunboats", "Pakistan
// protested to India over the killing of a fisherman": the object search
// reads the state after "to" as a place and passes on to an actor further
// along, the one the words are about; the state addressed is the target.

// rolesX60AddresseeFirst returns the state named right after the "to" that
// follows cd's trigger in place of tgt, an object found further along,
// when the trigger is words addressed to someone (PLOVER's verbal quads):
// "apologised to Peru for the remarks of its envoy" is addressed to Peru,
// not to the envoy; "complained to Cairo about the arrest of its
// citizens" to Cairo. The state after "to" reads as a place where the
// object search looks, so it passes over it.
func (c *Coder) rolesX60AddresseeFirst(cd *candidate, tgt []*mention) []*mention {
	st := cd.st
	if len(tgt) == 0 {
		return tgt
	}
	// "to" after the trigger, or as its last word ("protested to").
	at := cd.j
	if at >= len(st.low) || st.low[at] != "to" {
		at = cd.j - 1
	}
	if at <= cd.i || at >= len(st.low) || st.low[at] != "to" {
		return tgt
	}
	if q := quadOf(c.lex.cameo[cd.e.cameo].plover); q != 1 && q != 3 {
		return tgt
	}
	r := st.recipientAt(at)
	if len(r) == 0 || tgt[0].i <= r[0].i {
		return tgt
	}
	return r
}
