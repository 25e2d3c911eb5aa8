package code

// prec68: a harm joined to a robbery of the same victim. "A shopkeeper was
// robbed and stabbed by two men", "a driver was robbed and shot dead by
// masked men": the victim robbed and then hurt by men the text names by
// no side is ordinary crime, which the record leaves out (ordinaryCrime).
// A robbery by a named group or by bandits ("robbed and killed by
// bandits", "by Boko Haram fighters") stays an attack.

// prec68RobberyVerbs tell a victim robbed.
var prec68RobberyVerbs = filtered(wordSet("robbed", "mugged", "burgled", "carjacked"))

// prec68PassiveAux open the passive of a robbery: "was robbed".
var prec68PassiveAux = filtered(wordSet("was", "were", "been", "being", "is", "are", "got", "get"))

// prec68RobbedAndHarmed reports whether the verb trigger cd follows a
// robbery of the same victim ("was robbed and killed") and its "by" agent,
// if any, names no side.
func prec68RobbedAndHarmed(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.i < 3 || st.low[cd.i-1] != "and" || !prec68RobberyVerbs.has(st.low[cd.i-2]) {
		return false
	}
	// The victim is the subject of a passive: "Militiamen robbed and
	// killed traders" names its doers as a side, and stays.
	if !prec68PassiveAux.has(st.low[cd.i-3]) {
		return false
	}
	for _, m := range st.agentAfter(cd.j) {
		if m.kind == "group" || m.actor.ID != "" || bandCriminals.has(st.low[m.j-1]) || st.low[m.j-1] == "bandits" {
			return false
		}
	}
	return true
}
