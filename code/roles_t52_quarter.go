package code

// A capital named with the part of town an attack hit: "shelled Tripoli's
// southern suburbs", "drones hit Kyiv's outskirts", "gunmen attacked
// Mogadishu's main market". The capital there is a place, not its
// government: the people of that part of town are the target.

import "github.com/truce-project/truce"

// t52TownParts name the inhabited parts of a town a capital's possessive
// may open.
var t52TownParts = filtered(wordSet("suburbs", "suburb", "outskirts", "districts", "district", "neighbourhoods", "neighborhoods",
	"neighbourhood", "neighborhood", "quarter", "quarters", "streets", "street", "market", "markets", "centre", "center",
	"residential", "slums", "townships"))

// capitalQuarterT52 gives an attack whose only target is a capital's
// government named in "<capital>'s <part of town>" the people of that
// country instead.
func (c *Coder) capitalQuarterT52(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || len(cd.tgt) != 1 || len(ev.Target) != 1 {
			continue
		}
		m, st := cd.tgt[0], cd.st
		if m.kind != "capital" || ev.Target[0].Sector != "GOV" || !st.isPossessive(m.j) {
			continue
		}
		k := m.j + 1
		for k < len(st.low) && k < m.j+4 && isModifier(st.toks[k]) && !t52TownParts.has(st.low[k]) {
			k++
		}
		if k >= len(st.low) || !t52TownParts.has(st.low[k]) {
			continue
		}
		if a, ok := c.actors.Lookup(ev.Target[0].Country+"CVL", d.date); ok {
			a.Text = ev.Target[0].Text
			ev.Target = []truce.Actor{a}
		}
	}
}
