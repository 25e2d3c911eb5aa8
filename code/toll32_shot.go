package code

// A victim shot but not killed: "a third man was shot and wounded", "one
// soldier was shot in the leg", "the driver was shot twice". The passive
// "shot" tells one wounded when what follows says how, not "dead".

// bodyParts name where a shot hit a person: "shot in the leg".
var bodyParts = filtered(wordSet("leg", "legs", "arm", "arms", "head", "chest", "shoulder", "shoulders", "back",
	"hand", "hands", "foot", "feet", "stomach", "abdomen", "neck", "thigh", "knee", "knees", "face",
	"eye", "jaw", "hip", "groin"))

// shotHurt reports whether "shot" at token k is a passive that wounds:
// "was shot [and wounded]", "was shot [in the leg]", "were shot [twice]",
// "was shot [several times]". "shot dead" and "shot and killed" kill.
func shotHurt(st *sent, k int) bool {
	if k+1 >= len(st.low) || st.low[k] != "shot" || !passiveBefore(st, k) {
		return false
	}
	n := k + 1
	switch w := st.low[n]; {
	case w == "and" && n+1 < len(st.low):
		return injuryWords.has(st.low[n+1])
	case w == "in" && n+2 < len(st.low):
		if possessives.has(st.low[n+1]) || st.low[n+1] == "the" {
			return bodyParts.has(st.low[n+2])
		}
	case w == "twice":
		return true
	case n+1 < len(st.low) && st.low[n+1] == "times":
		return true // "shot three times", "shot several times"
	}
	return false
}
