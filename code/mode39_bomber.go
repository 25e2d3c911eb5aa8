package code

// mode39BomberRefines lets the attacker told before a trigger refine the
// weapon the trigger's own words name: "a suicide bomber rammed an
// explosives-laden truck into the gate" is a suicide bombing, not a
// remote bomb, though the trigger names only the truck's explosives; so
// is "a suicide attacker drove a bomb-laden van into the checkpoint". Only
// a weapon that refines the trigger's own (refines) is taken, and only
// from the trigger's clause before it.
func (c *Coder) mode39BomberRefines(cd *candidate, w weapon) weapon {
	more := refines[w.mode]
	if more == nil {
		return w
	}
	st := cd.st
	lo := cd.i
	for lo > 0 && lo-1 < len(st.clause) && st.clause[lo-1] == st.clause[cd.i] {
		lo--
	}
	if lo == cd.i {
		return w
	}
	if r, ok := c.weaponAt(st, lo, cd.i, func(_ int, x weapon) bool { return more[x.mode] }); ok {
		return r
	}
	return w
}
