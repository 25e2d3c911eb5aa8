package code

import "github.com/truce-project/truce"

// "armed groups inside the Popular Mobilization Forces", "factions within
// al Shabaab", "units within the ELN": a bare armed noun placed inside a
// named armed group is part of that group, and codes as it.

// x63GroupWithin returns the named non-state armed group that "inside" or
// "within" puts the bare armed noun m in, or nil.
func (st *sent) x63GroupWithin(m *mention) *truce.Actor {
	if m.actor.ID != "" || !armedSector.has(m.actor.Sector) {
		return nil
	}
	k := m.j
	if k+1 >= len(st.low) || st.low[k] != "inside" && st.low[k] != "within" {
		return nil
	}
	k++
	if st.low[k] == "the" && k+1 < len(st.low) {
		k++
	}
	g := st.mentionAt(k)
	if g == nil || g.i != k || g.place || g.actor.ID == "" || isState(g.actor) || !x63ArmedGroupSectors.has(g.actor.Sector) {
		return nil
	}
	a := g.actor
	return &a
}

// x63ArmedGroupSectors are the sectors of named armed groups outside a
// state's own forces.
var x63ArmedGroupSectors = filtered(wordSet("REB", "MLT", "CRM"))
