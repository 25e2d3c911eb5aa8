package code

import "github.com/truce-project/truce"

// rolesT48HeldAreas are the kinds of ground a side may hold that stand
// for the people living there: "rebel-held towns", "army-controlled
// districts", "the Houthi-held north". A camp, a base or a position
// is the holder's own and is left out.
var rolesT48HeldAreas = filtered(wordSet("town", "towns", "village", "villages", "city", "cities", "hamlet", "hamlets",
	"district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "suburb", "suburbs",
	"quarter", "quarters", "area", "areas", "part", "parts", "region", "regions", "province", "provinces",
	"territory", "territories", "enclave", "enclaves", "zone", "zones", "countryside", "municipality", "locality",
	"north", "south", "east", "west", "north-west", "north-east", "south-west", "south-east",
	"northwest", "northeast", "southwest", "southeast"))

// rolesT48HeldGround reports whether the mention m only says who holds
// the ground a blow fell on: its last word is a compound of control
// ("rebel-held", "Kurdish-controlled") and a town, an area or a named
// place follows it, maybe after "besieged" or a point of the compass.
func (st *sent) rolesT48HeldGround(m *mention) bool {
	if m.j < 1 || m.j >= len(st.low) || !heldCompoundS46(st.low[m.j-1]) {
		return false
	}
	// "an attack on Zenda, a rebel-held village": an aside that only
	// describes a town named before; the gold keeps the holder there.
	if m.i >= 2 && (st.low[m.i-1] == "a" || st.low[m.i-1] == "an") && st.low[m.i-2] == "," {
		return false
	}
	for k := m.j; k < len(st.low) && k < m.j+3; k++ {
		if rolesT48HeldAreas.has(st.low[k]) || st.placeAt(k) {
			return true
		}
		if !directions.has(st.low[k]) {
			return false
		}
	}
	return false
}

// rolesT48HeldStruck reads the holder of ground bombed or shelled as the
// people who live there: "artillery pounded rebel-held towns", "bombs
// fell on the rebel-held town of Zenda", "jets struck Kurdish-controlled
// villages across the north" hit the towns' civilians, of the country
// where the blow fell. Taking the ground ("overran the rebel-held
// district") is a blow at the holder and keeps it.
func (c *Coder) rolesT48HeldStruck(d *doc, st *sent, cd *candidate, tgt []truce.Actor, loc *truce.Location) []truce.Actor {
	if cd.e.has(flagTerritory) || cd.e.mode == "seize" {
		return tgt
	}
	changed := false
	for _, m := range cd.tgt {
		if !st.rolesT48HeldGround(m) {
			continue
		}
		cc := m.actor.Country
		if loc != nil && loc.Country != "" {
			cc = loc.Country
		}
		people, ok := c.actors.Lookup(cc+"CVL", d.date)
		if cc == "" || !ok {
			continue
		}
		for n := range tgt {
			if tgt[n].Text == m.actor.Text || m.actor.ID != "" && tgt[n].ID == m.actor.ID {
				people.Text = tgt[n].Text
				tgt[n] = people
				changed = true
			}
		}
	}
	if !changed {
		return tgt
	}
	// Two holders of one town ("rebel-held and army-held") are one people.
	return joinActors(nil, tgt)
}
