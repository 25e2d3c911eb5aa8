package code

import "github.com/truce-project/truce"

// A country may give a sector noun its own sector (the dictionary's
// sectors file says which: Thailand's paramilitary rangers are its army,
// where rangers elsewhere are police). The noun is found under its
// general sector and gets its country from the text; once the event's
// sides are known, localSectors gives each state actor so named the
// sector its country gives the noun: a bomb that hits "a ranger patrol"
// in Thailand's south hits THAMIL, not THACOP.

// localSectors recodes, on either side of the built events, the state
// actors named by a noun their country gives its own sector.
func (c *Coder) localSectors(d *doc, built []*candidate) {
	for _, cd := range built {
		if cd.folded {
			continue
		}
		c.localSide(d, cd.ev.Source)
		c.localSide(d, cd.ev.Target)
	}
}

func (c *Coder) localSide(d *doc, side []truce.Actor) {
	for n := range side {
		a := &side[n]
		if a.Country == "" || a.Sector == "" || a.ID != a.Country+a.Sector {
			continue
		}
		sec, ok := c.actors.LocalSector(a.Country, a.Text)
		if !ok || sec == a.Sector || holdsID(side, a.Country+sec) {
			continue
		}
		local, ok := c.actors.Lookup(a.Country+sec, d.date)
		if !ok {
			continue
		}
		local.Text = a.Text
		*a = local
	}
}
