package code

// The aim of a measure: "imposed sanctions, targeting its oil industry" is
// a sanction, not an attack.

import "github.com/truce-project/truce"

// aimingParticiples tell what a measure is aimed at: "imposed sanctions on
// the regime, targeting its mining sector".
var aimingParticiples = filtered(wordSet("targeting", "targetting"))

// measureAimedAt reports whether the trigger cd is "targeting" describing
// what a sanction or a non-violent measure told just before in its
// sentence is aimed at: "imposed sanctions on Belarus, targeting its
// potash industry", "cut power and internet to the border towns,
// targeting scam compounds". The sanction or the cut is the event; its
// aim is no attack. After an attack ("shelled the town, targeting rebel
// positions") the participle is left to the attack, and after an
// accusation ("accused the army of targeting civilians") to the rules on
// what is alleged.
func measureAimedAt(st *sent, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || cd.j-cd.i != 1 || !aimingParticiples.has(st.low[cd.i]) {
		return false
	}
	var prev *candidate
	for _, o := range built {
		if o != cd && !o.folded && o.j <= cd.i && (prev == nil || o.j > prev.j) {
			prev = o
		}
	}
	return prev != nil && (prev.ev.Type == truce.Sanction || prev.ev.Type == truce.Coerce) && !prev.e.has(flagViolent)
}
