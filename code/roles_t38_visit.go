package code

import "github.com/truce-project/truce"

// A visit told by where it goes, with no one named as host: "Putin will fly
// to North Korea for a two-day visit", "the emir will attend a Gulf summit
// in the Saudi city of Al-Ula". The state the visitor goes to receives
// him. kindSides already gives a visit to a town abroad its country; this
// reads the two cases it leaves: a visit to a country named alone, and a
// trip to a meeting abroad (CAMEO 042 without the visit flag).

// t38KindSides gives the event the sides its kind implies that kindSides
// leaves: the host of a visit, the people freed from a curfew.
func (b *building) t38KindSides() {
	b.t38VisitHost()
	b.t38LiftedCurfew()
}

// t38VisitHost gives a visit that names no host the state of the place
// the sentence names for it, when that is not the visitor's own.
func (b *building) t38VisitHost() {
	c, d, e, loc := b.c, b.d, b.e, b.loc
	if len(b.tgt) > 0 || len(b.src) == 0 || loc == nil || loc.Country == "" || loc.Text == "" || hasCountry(b.src, loc.Country) {
		return
	}
	if !(e.has(flagVisit) && loc.Precision == "country" || e.cameo == "042" && !e.has(flagVisit) && !e.has(flagSym)) {
		return
	}
	if a, ok := c.actors.Lookup(loc.Country, d.date); ok {
		a.Text = ""
		b.tgt = []truce.Actor{a}
	}
}
