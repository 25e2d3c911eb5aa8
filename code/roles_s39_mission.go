package code

// A peace mission acts in the name of the body that sent it.

import "github.com/truce-project/truce"

// roleFixesS39 corrects the sides of the article's events once every
// teller is known: a peace mission's acts go to the body that sent it, and
// an order to shoot to the one who gives it, and captives handed over to
// the one who held them; and an act of state power told in the passive
// to the state it happened in; and a prisoner freed in exchange for
// another gives the other side's release too.
func (c *Coder) roleFixesS39(d *doc) {
	c.missionSides(d)
	c.lethalOrderers(d)
	c.passiveHandovers(d)
	c.statePowerPassives(d)
	c.swapReleases(d)
}

// missionSides gives the acts of a peacekeeping or observer mission to the
// body that mandated it, as missionTellers does with its reports: "UNMISS
// called on both commanders to stop", "MINUSCA said it had deployed Blue
// Helmets", "the UN mission accused local officials" are the UN's acts;
// "EUFOR said it was bringing in reserve troops" the EU's; "troops of the
// AU mission handed over their base" the AU's. The mission's own words stay
// as the actor's text. A mission that brokers talks mediates for its body
// too. A mission attacked or protested against keeps its own name: it is
// hit where it stands.
func (c *Coder) missionSides(d *doc) {
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		ev := &cd.ev
		ev.Source = c.missionParentsOfS39(ev.Source, d)
		ev.Mediators = c.missionParentsOfS39(ev.Mediators, d)
	}
	for _, cf := range d.ceasefires {
		cf.Mediators = c.missionParentsOfS39(cf.Mediators, d)
	}
}

// missionParentsOfS39 returns list with every mission replaced by the body
// that sent it (once, where the body is already listed). The list is copied
// before any change: sides can share their backing arrays.
func (c *Coder) missionParentsOfS39(list []truce.Actor, d *doc) []truce.Actor {
	k := -1
	for n, a := range list {
		if _, ok := missionParents[a.ID]; ok {
			k = n
			break
		}
	}
	if k < 0 {
		return list
	}
	out := make([]truce.Actor, 0, len(list))
	out = append(out, list[:k]...)
	for _, a := range list[k:] {
		if parent, ok := missionParents[a.ID]; ok {
			if b, ok := c.actors.Lookup(parent, d.date); ok {
				b.Text = a.Text
				a = b
			}
		}
		out = appendActor(out, a)
	}
	return out
}
