package code

// The agent of a passive verb of motion past its particle and where the
// people were taken: "were led away into the bush by the attackers",
// "were carried off towards the border by the raiders", "was bundled
// into a van by soldiers".

// rolesX71MotionParticles end a verb of motion: "led away", "carried off".
var rolesX71MotionParticles = filtered(wordSet("away", "off", "out"))

// rolesX71MotionPreps tell where a motion went: "into the bush".
var rolesX71MotionPreps = filtered(wordSet("into", "to", "towards", "toward", "through", "across"))

// rolesX71ByPastMotion returns the "by" after a passive participle, its
// particle and a phrase of where to ("led away into the bush by"), with j
// the token after the particle; -1 when there is none.
func (st *sent) rolesX71ByPastMotion(j int) int {
	// "was bundled into a car by men in plain clothes": a trigger that
	// ends on its preposition.
	if j >= 2 && j < len(st.low) && st.low[j-1] == "into" && st.isPassive(j-2) {
		return st.byAcrossAdjuncts(j-1, 14)
	}
	if j < 2 || j >= len(st.low) || !rolesX71MotionParticles.has(st.low[j-1]) || !st.isPassive(j-2) {
		return -1
	}
	if !rolesX71MotionPreps.has(st.low[j]) && !adjunctPreps.has(st.low[j]) {
		return -1
	}
	return st.byAcrossAdjuncts(j, 14)
}
