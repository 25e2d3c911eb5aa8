package code

// Issue 3, round mode45: what an attack set off is no guide to its means
// when the attack names them. "Rebels struck the depot with drones,
// setting off explosions that killed four" is a drone attack: the
// explosions are what the drones did, not how. corefer folds the
// set-off noun into the attack and lends its mode to an attack whose
// trigger says none ("stormed a base, sparking a gunfight" is gunfire);
// mode45KeepNamedMeans undoes that loan when the attack's own words name
// a weapon of their own before the comma.

// mode45SparkHead returns the attack a set-off noun at cd would fold into
// ("…, setting off explosions", "…, sparking a gunfight"), or nil when cd
// is no such noun.
func mode45SparkHead(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) || cd.i == 0 || !sparkedBy(st, cd.i) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		if prev := earlier[n]; !prev.folded && prev.e.has(flagViolent) {
			return prev
		}
	}
	return nil
}

// mode45KeepNamedMeans gives prev back its own entry e when cd, the noun
// of what it set off, was folded into it and prev's clause names a weapon
// between its trigger and cd ("attacked the base with drones and
// rockets, setting off explosions").
func (c *Coder) mode45KeepNamedMeans(st *sent, prev *candidate, e *entry, cd *candidate) {
	if prev == nil || cd.corefOf != prev || prev.e == e {
		return
	}
	for k := prev.j; k < cd.i && k < len(st.low); k++ {
		if _, ok := c.lex.weapons[st.low[k]]; ok {
			prev.e = e
			return
		}
	}
}
