package code

// What an act lands on, named as a country's or region's own: "China's
// blockade of Taiwan's ports", "a blockade on Tigray's roads", "sanctions
// on Iran's oil sector". The possessor is whom the act is aimed at, when
// nothing else is named as its target.

import "github.com/truce-project/truce"

// t52OwnedTypes are the categories whose act lands on what it names.
var t52OwnedTypes = filtered(wordSet(truce.Assault, truce.Coerce, truce.Sanction))

// t52OwnedPreps open the phrase of what an act lands on.
var t52OwnedPreps = filtered(wordSet("of", "on", "against", "targeting", "at"))

// possessedObjectT52 gives an act with no target the country (or the
// people of the region) whose possessive opens the phrase of what it
// lands on, right after its trigger.
func (c *Coder) possessedObjectT52(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || len(ev.Target) > 0 || !t52OwnedTypes.has(ev.Type) || cd.j+2 >= len(cd.st.low) {
			continue
		}
		st := cd.st
		k := cd.j
		if !t52OwnedPreps.has(st.low[k]) {
			continue
		}
		k++
		if st.low[k] == "the" {
			k++
		}
		id, end := "", -1
		if m := st.mentionAt(k); m != nil && m.i == k && m.kind == "country" && m.actor.Country != "" {
			id, end = m.actor.Country, m.j
		} else if p := st.placeAtX51(k); p != nil && p.place.Country != "" && p.place.Precision == "admin1" {
			id, end = p.place.Country+"CVL", p.j
		}
		if id == "" || !st.isPossessive(end) || end+1 >= len(st.low) || !isNounTag(st.toks[end+1].tag) && !isModifier(st.toks[end+1]) {
			continue
		}
		// ("Ethiopia's blockade of Tigray's roads": a state may act on a
		// region of its own, not on itself.)
		if len(id) == 3 && hasCountry(ev.Source, id) {
			continue
		}
		if a, ok := c.actors.Lookup(id, d.date); ok {
			a.Text = st.textOf(k, end)
			ev.Target = []truce.Actor{a}
		}
	}
}
