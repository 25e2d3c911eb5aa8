package code

import "github.com/truce-project/truce"

// emergencyRule gives a curfew or a state of emergency that names no one
// who imposed it, or names only people of the street, to the government
// of the place, imposed on its people: "A curfew was imposed in three
// districts", "protesters burned tyres, and a curfew was declared". Only
// those who rule can impose one; an armed group that rules ground names
// itself ("the Houthis imposed a curfew") and keeps it.
func (b *building) emergencyRule() {
	if b.e.mode != "curfew" && b.e.mode != "martial-law" {
		return
	}
	// ("a curfew imposed under a state of emergency", "a state of
	// emergency, including a curfew": the measure named as the setting
	// or a part of another is not one more act.)
	for k := b.cd.i - 1; k >= 0 && k >= b.cd.i-4; k-- {
		if emergencySettings.has(b.st.low[k]) {
			return
		}
	}
	for k := b.cd.i; k < b.cd.j; k++ {
		if b.st.low[k] == "under" {
			return // "a curfew imposed on Monday under a state of emergency"
		}
	}
	b.placeRulesPeople()
}

// placeRulesPeople gives a measure that names no one who took it, or only
// people of the street, to the government of the place, taken on its
// people (the place's people stay the target unless the target already
// names that country).
func (b *building) placeRulesPeople() {
	for _, a := range b.src {
		if !peopleSectors.has(a.Sector) {
			return
		}
	}
	a, cc, ok := b.placeGovernment()
	if !ok {
		return
	}
	a.Text = ""
	b.src = []truce.Actor{a}
	if len(b.tgt) == 0 || !hasCountry(b.tgt, cc) {
		if v, ok := b.c.actors.Lookup(cc+"CVL", b.d.date); ok {
			v.Text = ""
			b.tgt = []truce.Actor{v}
		}
	}
}

// emergencySettings put a curfew or an emergency as the setting of
// another act or a part of one.
var emergencySettings = filtered(wordSet("under", "including", "during", "amid", "despite", "defying", "defied", "of"))

// placeGovernment returns the government of the country the event took
// place in, or of the article's focus, with that country's code.
func (b *building) placeGovernment() (truce.Actor, string, bool) {
	cc := countryOfEvent(b.loc, nil)
	if cc == "" {
		cc = b.d.focus
	}
	if cc == "" {
		return truce.Actor{}, "", false
	}
	a, ok := b.c.actors.Lookup(cc+"GOV", b.d.date)
	return a, cc, ok
}
