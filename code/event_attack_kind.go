package code

// attackKinds are the act nouns that name a kind of arm or craft when a
// craft or arm noun follows them: "attack helicopters", "assault rifles",
// "strike drones", "combat aircraft".
var attackKinds = filtered(wordSet("attack", "assault", "strike", "combat"))

// kindedArms are the crafts and arms such a noun qualifies.
var kindedArms = filtered(wordSet("helicopter", "helicopters", "drone", "drones", "aircraft", "jet", "jets", "plane", "planes",
	"submarine", "submarines", "boat", "boats", "craft", "rifle", "rifles", "vehicle", "vehicles", "ship", "ships",
	"dog", "dogs", "troops", "units", "brigade", "brigades", "squadron", "squadrons"))

// armKind reports whether the one-word trigger noun at i only says what
// kind of craft or arm the next word is: "shot down all 16 attack drones",
// "its attack helicopters had struck": the attack, if any, is told by the
// verb, not by the modifier.
func armKind(st *sent, i, n int) bool {
	return n == 1 && i+1 < len(st.low) && attackKinds.has(st.low[i]) && kindedArms.has(st.low[i+1])
}
