package code

// A truce holds where the sentence says it holds, not where it was
// negotiated.

import "github.com/truce-project/truce"

// truceNouns name a halt in fighting that "in" a place puts where it
// holds: "a ceasefire in northern Zenda".
var truceNouns = filtered(wordSet("ceasefire", "ceasefires", "truce", "truces", "cease-fire", "armistice"))

// truceHeldIn places an agreement to a truce that the sentence puts "in"
// a place of a country of its parties there, rather than at talks abroad:
// "Ruritania's army and the rebels agreed to a ceasefire in northern
// Zenda province after talks in Strelsau" holds in Zenda province, even
// though Strelsau, a third country's town, hosted the talks. A truce
// signed "in Geneva" by parties from elsewhere is at the venue, as
// Geneva is in no party's country.
func truceHeldIn(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.Type != truce.Agree || loc == nil || loc.Country == "" {
			continue
		}
		if hasCountry(cd.ev.Source, loc.Country) || hasCountry(cd.ev.Target, loc.Country) || agreedAt(cd) {
			continue
		}
		st := cd.st
		for n := range st.places {
			p := &st.places[n]
			if p.i <= cd.i || !truceIn(st, p.i) || p.place.Country == "" || p.place.Precision == "none" {
				continue
			}
			if !hasCountry(cd.ev.Source, p.place.Country) && !hasCountry(cd.ev.Target, p.place.Country) {
				continue
			}
			held := p.place.Location
			held.Text = st.textOf(p.i, p.j)
			directed(st, p, &held)
			cd.ev.Location = bareName(&held)
			break
		}
	}
}

// truceIn reports whether the place starting at token i follows "in"
// right after a truce noun, past "the" and a direction word: "a
// ceasefire in the north of", "a truce in eastern Zenda".
func truceIn(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && (st.low[k] == "the" || directions.has(st.low[k])) {
		k--
	}
	return k >= 1 && st.low[k] == "in" && truceNouns.has(st.low[k-1])
}
