package code

// mode86AirBarrage recodes a verb of pounding ("pounded", "bombarded",
// "shelled", CAMEO 194) as an air or drone strike (195) when an aircraft
// or a drone is its subject: "warplanes pounded rebel positions", "jets
// bombarded the town", "Russian aircraft shelled the villages". The verb
// says how hard a place was hit, the subject what hit it; issue 3 gives
// strikes from the air the mode aerial (drone for a drone), and artillery
// fired from the ground heavy-weapons. Dev gold accepts aerial (or drone)
// for every such verb whose subject is a craft (dev: 2 of 2, both listing
// heavy-weapons beside it); a craft named elsewhere ("pounded the town
// with artillery and drones") leaves the verb's own mode.
func (c *Coder) mode86AirBarrage(cd *candidate, mode string) (weapon, bool) {
	if mode != "heavy-weapons" || cd.e.pos != 'V' || cd.st == nil || !mode86BarrageVerbs.has(cd.st.low[cd.i]) {
		return weapon{}, false
	}
	// "artillery and drones pounded the town": a ground weapon named
	// with the craft keeps the barrage (dev: the one such subject is
	// ACLED shelling).
	st := cd.st
	for k := cd.i - 1; k >= 0 && k >= cd.i-8 && st.clause[k] == st.clause[cd.i]; k-- {
		if w, ok := c.lex.weapons[st.low[k]]; ok && w.mode != "aerial" && w.mode != "drone" {
			return weapon{}, false
		}
	}
	return c.mode62CraftSubject(cd)
}

// mode86BarrageVerbs are the forms of the verbs of pounding a place.
var mode86BarrageVerbs = filtered(wordSet("pound", "pounds", "pounded", "pounding",
	"bombard", "bombards", "bombarded", "bombarding", "shell", "shells", "shelled", "shelling"))
