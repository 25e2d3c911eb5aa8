package code

// Quarters named as a town's: "the city's Chinatown" after Honiara.

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// quartersOfTown re-resolves a place named right after "the city's" (or
// "the capital's", "the town's") in the country of the town the sentence
// named before it: in "troops patrolled Suva after rioters burned shops
// in the city's Chinatown" the quarter is Suva's, not a namesake abroad.
// A quarter the gazetteer does not know there keeps its name, in the
// town's country, with no point.
func (c *Coder) quartersOfTown(st *sent) {
	for n := range st.places {
		p := &st.places[n]
		if p.i < 3 || !st.isPossessive(p.i-1) || !townNouns.has(st.low[p.i-2]) && st.low[p.i-2] != "capital" || st.low[p.i-3] != "the" {
			continue
		}
		town := townBefore(st, p.i-3)
		if town == nil || town.place.Country == p.place.Country {
			continue
		}
		cc := town.place.Country
		loc, ok := c.places.Resolve(p.place.Text, geo.Hint{Countries: []string{cc}})
		if !ok || loc.Country != cc {
			loc = truce.Location{Name: p.place.Text, Country: cc, Admin1: town.place.Admin1, Precision: "none"}
		}
		loc.Text = p.place.Text
		p.place.Location = loc
	}
}

// townBefore returns the last town or city named before token k, or nil.
func townBefore(st *sent, k int) *placeRef {
	var town *placeRef
	for n := range st.places {
		p := &st.places[n]
		if p.j <= k && (p.place.Precision == "city" || p.place.Precision == "point") {
			town = p
		}
	}
	return town
}
