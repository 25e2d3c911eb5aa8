package code

// A peace mission tells what it saw in the name of the body that sent it.

// passingTellers gives the acts that no teller has yet the ones their
// sentence names in passing (see headTellers, embeddedTellers,
// passiveTellers, absoluteTellers, namedBodyTellers and documentTellers),
// and then gives a peace mission's report to the body that sent it.
func (c *Coder) passingTellers(d *doc) {
	c.headTellers(d)
	c.embeddedTellers(d)
	c.passiveTellers(d)
	c.absoluteTellers(d)
	c.namedBodyTellers(d)
	c.documentTellers(d)
	c.missionTellers(d)
}

// missionParents are the peacekeeping and observer missions whose reports
// the body that mandated them issues: "the UN Mission in South Sudan said
// in a report" is the UN's word, and "the alliance's Kosovo force said"
// NATO's.
var missionParents = map[string]string{
	"UNMISS": "UN", "MINUSMA": "UN", "MONUSCO": "UN", "MINUSCA": "UN", "UNIFIL": "UN",
	"UNAMA": "UN", "UNISFA": "UN", "AUSSOM": "AU", "KFOR": "NATO", "EUFOR": "EU",
}

// missionTellers gives an event a peace mission reports the body that
// sent the mission as its teller.
func (c *Coder) missionTellers(d *doc) {
	for _, cd := range d.cands {
		r := cd.ev.ReportedBy
		if cd.folded || r == nil {
			continue
		}
		parent, ok := missionParents[r.ID]
		if !ok {
			continue
		}
		if a, ok := c.actors.Lookup(parent, d.date); ok {
			a.Text = r.Text
			cd.ev.ReportedBy = &a
		}
	}
}
