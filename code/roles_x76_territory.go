package code

import "github.com/truce-project/truce"

// Issue 3, round x76: the state in France's overseas territories is
// France. "A state of emergency was declared in New Caledonia", "police
// and gendarmes flown in from the mainland", "riots against the
// government": the government, the police, the army and the courts that
// act there are the French Republic's, though the place stays the
// territory's own.

// x76FrenchTerritories are the ISO codes of France's overseas territories
// and departments.
var x76FrenchTerritories = filtered(wordSet("NCL", "PYF", "WLF", "GUF", "GLP", "MTQ", "REU", "MYT", "SPM", "BLM", "MAF"))

// x76TerritoryStates gives every state organ of an overseas territory on
// either side of an event, or as who reported it, France's.
func (c *Coder) x76TerritoryStates(d *doc) {
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		c.x76SovereignSide(d, cd.ev.Source)
		c.x76SovereignSide(d, cd.ev.Target)
		if r := cd.ev.ReportedBy; r != nil && x76TerritoryOrgan(*r) {
			a := c.sectorActor(truce.Actor{Text: r.Text, Sector: r.Sector}, "FRA", d.date)
			cd.ev.ReportedBy = &a
		}
	}
}

// x76SovereignSide rewrites in place the territory organs of side.
func (c *Coder) x76SovereignSide(d *doc, side []truce.Actor) {
	for n, a := range side {
		if x76TerritoryOrgan(a) {
			side[n] = c.sectorActor(truce.Actor{Text: a.Text, Sector: a.Sector}, "FRA", d.date)
		}
	}
}

// x76TerritoryOrgan reports whether a is an organ of the state in an
// overseas territory of France.
func x76TerritoryOrgan(a truce.Actor) bool {
	return x76FrenchTerritories.has(a.Country) && mode38StateSectors.has(a.Sector) && a.ID == a.Country+a.Sector
}
