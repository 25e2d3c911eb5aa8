package code

// Fire named by where it came from: "rocket fire from Gaza wounded two
// people", "mortar fire from Afghanistan killed a soldier", "shelling from
// Ukraine hit Belgorod". As with "rockets fired from Lebanon", the land
// the fire came from names its side when the text names no one else.

import "github.com/truce-project/truce"

// fromLandSourceS51 gives an attack told by a noun that "from" and a
// country or region follow, and that names no doer, the state of that
// land as its source.
func (c *Coder) fromLandSourceS51(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || cd.e.pos != 'N' || !cd.e.has(flagViolent) || s51Named(ev.Source) {
			continue
		}
		st := cd.st
		k := cd.j
		if k+1 >= len(st.low) || st.low[k] != "from" {
			continue
		}
		k++
		if st.low[k] == "the" {
			k++
		}
		cc := st.s51LandAt(k)
		if cc == "" || hasCountry(ev.Target, cc) {
			continue
		}
		if a, ok := c.actors.Lookup(cc, d.date); ok {
			a.Text = st.low[k]
			ev.Source = []truce.Actor{a}
		}
	}
}

// s51LandAt returns the country that the name at token k stands for when
// it names a country or a region of one ("Gaza", "southern Lebanon"),
// not a town or a site; "" otherwise.
func (st *sent) s51LandAt(k int) string {
	if k >= len(st.low) {
		return ""
	}
	if m := st.mentionAt(k); m != nil && m.i == k && m.kind == "country" && m.actor.Country != "" {
		return m.actor.Country
	}
	for n := range st.places {
		p := &st.places[n]
		if p.i != k {
			continue
		}
		switch p.place.Precision {
		case "country", "admin1":
			return p.place.Country
		}
	}
	return ""
}
