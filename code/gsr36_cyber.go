package code

// gsr36CyberAttack reports whether cd's trigger is the noun "attack" of a
// cyber attack spelt in two words ("the biggest cyber attack yet", "a wave
// of cyber attacks"): no armed attack. One launched or carried out is coded
// by the cyberattack rows of the lexicon.
func gsr36CyberAttack(st *sent, cd *candidate) bool {
	if cd.i < 1 || cd.j != cd.i+1 {
		return false
	}
	w := st.low[cd.i]
	return (w == "attack" || w == "attacks") && st.low[cd.i-1] == "cyber"
}
