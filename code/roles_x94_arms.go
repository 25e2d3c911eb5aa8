package code

// roles_x94: weapons joined in a list share their owner. "Houthi missiles
// and explosive-laden drones struck the base", "Russian missiles and
// Iranian-made drones hit the city": the bare weapon noun of the second
// item ("drones", a military of no country on its own) is the owner's as
// the first item's weapon is, not the forces of the land it struck. A
// maker or supplier on the second item ("Iranian-made") is no owner
// (brokerCompound).

// x94OwnedWeapons are the weapon nouns an owner may stand before.
var x94OwnedWeapons = filtered(wordSet("missile", "missiles", "rocket", "rockets", "drone", "drones",
	"shells", "artillery", "jets", "warplanes", "aircraft", "helicopters", "gunships", "warships",
	"mortars", "bombs", "munitions", "projectiles", "forces", "troops"))

// x94ListedWeaponOwners gives a bare weapon-sector mention that closes a
// list of weapons the owner of the list's first weapon.
func (st *sent) x94ListedWeaponOwners() {
	for n := 1; n < len(st.mentions); n++ {
		m := &st.mentions[n]
		if m.kind != "sector" || m.actor.ID != "" || m.actor.Country != "" || m.j-m.i != 1 || !remoteWeapons.has(st.low[m.i]) {
			continue
		}
		// Back past the second item's modifiers ("explosive-laden",
		// "Iranian-made") to the list's joint.
		k := m.i - 1
		for k > m.i-3 && k > 0 && (isModifier(st.toks[k]) || st.toks[k].tag == "VBN") && st.low[k] != "and" {
			k--
		}
		if k < 2 || st.low[k] != "and" && st.low[k] != "," || !x94OwnedWeapons.has(st.low[k-1]) {
			continue
		}
		// The owner stands before the first weapon ("Houthi missiles")
		// or holds it ("Turkish jets").
		o := &st.mentions[n-1]
		if o.j != k-1 && o.j != k || o.place || o.actor.Country == "" || o.kind == "sector" || brokerCompound(st, o) {
			continue
		}
		m.actor = o.actor
		m.actor.Text = st.textOf(m.i, m.j)
	}
}
