package code

// prec57LaunchedAct reports whether an act noun after a launching verb
// is the act launched rather than what the verb was done to: "detainees
// launched a hunger strike", "the union launched a boycott of the
// elections", and (gsr33) any other act begun so: "Norway launched a
// mediation effort", "the bloc launched peace talks". A launching verb
// ("launched") tells an attack only with a weapon named, so when its
// clause names none the verb codes nothing, and folding the act into it
// would lose the act.
func (c *Coder) prec57LaunchedAct(prev, cd *candidate) bool {
	if !prev.e.has(flagWeapon) {
		return false
	}
	_, ok := c.weaponOf(prev)
	return !ok
}
