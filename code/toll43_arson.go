package code

// toll43BareDamage reports whether cd is damage to things told in the
// passive with no doer ("several cars were set on fire", "shops were
// torched") beside a passive toll with no doer of its own ("15 officers
// were injured and several cars were set on fire"): the two clauses tell
// what an attack or riot told before did, and the damage takes none of
// its toll (toll42BareTaking).
func toll43BareDamage(st *sent, cd *candidate, reads []tollRead) bool {
	if len(cd.src) > 0 || cd.e.has(flagKill) || cd.ev.Mode != "destroy" || !passiveBefore(st, cd.i) || st.agentAfter(cd.j) != nil {
		return false
	}
	for _, r := range reads {
		if r.k >= 0 && r.k < cd.i && passiveBefore(st, r.k) && st.agentAfter(r.k+1) == nil {
			return true
		}
	}
	return false
}
