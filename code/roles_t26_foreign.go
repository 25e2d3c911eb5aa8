package code

import "github.com/truce-project/truce"

// "Foreign troops" are not the host's. In "Rwanda has sent soldiers to
// Mozambique. Insurgents threatened to drive out all foreign troops" or "a
// gang boss said his men would fight any foreign force" (in a story of a
// Kenyan police mission), the force is another state's: the state the
// story names that is neither the actor's own nor the host's. A generic
// force word would otherwise take the country of the place, the host's own
// army.

// foreignNouns are the forces "foreign" may qualify as another state's.
var foreignNouns = filtered(wordSet("troops", "forces", "force", "soldiers", "military", "army", "armies", "contingent", "contingents"))

// foreignForce returns, when the trigger's target is a force called
// foreign ("all foreign troops", "any foreign force") right after the
// trigger, the force of the state the story names beside the source's and
// the host's (the story's own country, the places of the sentence), found
// in the sentence, then the sentences before, then those after; nil
// otherwise.
func (c *Coder) foreignForce(d *doc, cd *candidate) []*mention {
	st := cd.st
	k := st.foreignAt(cd.j)
	if k < 0 {
		return nil
	}
	// Only a target that is the foreign force itself, or none, or the
	// host's people, is replaced.
	for _, m := range cd.tgt {
		if m.i != k+1 && m.actor.Country != "" && m.actor.Sector != "CVL" && m.actor.Sector != "REB" && m.actor.Sector != "CRM" {
			return nil
		}
	}
	skip := map[string]bool{"": true, d.story: true, d.focus: true}
	for _, m := range cd.src {
		skip[m.actor.Country] = true
	}
	for _, p := range st.places {
		skip[p.place.Country] = true
	}
	f := foreignState(st, skip)
	for n := st.s.Index - 1; f == nil && n >= 0; n-- {
		if n < len(d.sents) {
			f = foreignState(d.sents[n], skip)
		}
	}
	for n := st.s.Index + 1; f == nil && n < len(d.sents); n++ {
		f = foreignState(d.sents[n], skip)
	}
	if f == nil {
		return nil
	}
	// "Kenyan police officers arrived …": the force named is the one
	// meant; a state named otherwise lends its military.
	a := f.actor
	if a.Sector != "MIL" && a.Sector != "COP" {
		a = c.sectorActor(truce.Actor{Sector: "MIL"}, a.Country, d.date)
	}
	a.Text = ""
	return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
}

// foreignAt returns the index of "foreign" before a force noun a few words
// after token j, in the trigger's clause ("the departure of all foreign
// troops", "resist any foreign force"), or -1.
func (st *sent) foreignAt(j int) int {
	for k := j; k < len(st.low)-1 && k <= j+6; k++ {
		if st.low[k] == "," || k > j && st.clause[k] != st.clause[j-1] {
			return -1
		}
		if st.low[k] == "foreign" && foreignNouns.has(st.low[k+1]) {
			return k
		}
	}
	return -1
}

// foreignState returns the first state actor of st, not a place and of a
// country not in skip, or nil.
func foreignState(st *sent, skip map[string]bool) *mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.place || skip[m.actor.Country] || !isState(m.actor) {
			continue
		}
		return m
	}
	return nil
}
