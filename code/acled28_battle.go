package code

// ACLED rule for two sides that fight each other with heavy weapons.

// foughtWithGuns: sides that fought or clashed, told by a verb of
// two-sided fighting with the heavy weapons they used ("border troops of
// the two states fought with mortars and machine guns", "rival militias
// clashed with heavy weapons in the port"), fought a battle: an armed
// clash, though a weapon named with the verb labels it shelling or a
// strike from the air. One side's fire told as such ("exchanged
// artillery fire", "shelled the town") stays shelling.
func foughtWithGuns(x *acx) bool {
	if x.i < 0 || !(x.is(acledRemote, subShelling) || x.is(acledRemote, subAirDrone)) {
		return false
	}
	if !twoSidedVerbs.has(x.st.low[x.i]) {
		return false
	}
	// The weapons are the verb's instrument: "fought with mortars".
	with := x.j - 1
	if x.st.low[with] != "with" {
		with = x.j
	}
	if with >= len(x.st.low) || x.st.low[with] != "with" {
		return false
	}
	// Crowds that clash are the riot rules'; civilians as the target are
	// those the fighting killed.
	if civil, armed := x.sides(x.ev.Source); civil && !armed {
		return false
	}
	return x.set(acledBattles, subClash)
}

// twoSidedVerbs tell two sides fighting each other.
var twoSidedVerbs = filtered(wordSet("fought", "clashed", "battled", "skirmished"))
