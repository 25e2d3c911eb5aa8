package code

// An act told by a noun with both sides in its own phrase: "shelling by
// Russian troops of Ukrainian towns", "the bombardment by army aircraft of
// villages in Darfur", "the seizure by the rebels of the town of Goma".
// The "by" phrase names the doer and the "of" phrase after it what the act
// was done to, whatever order the sentence's other readings gave them.

import "github.com/truce-project/truce"

// byOfSidesX75 gives an act whose noun "by" an actor and then "of" a
// party or a place follow that actor as its source and the party, or the
// people of the place, as its target.
func (c *Coder) byOfSidesX75(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		st := cd.st
		if cd.folded || !s51ActTypes.has(ev.Type) || cd.j+2 >= len(st.low) || st.low[cd.j] != "by" {
			continue
		}
		if cd.e.pos != 'N' && !isNounTag(st.toks[cd.j-1].tag) && st.toks[cd.j-1].tag != "VBG" {
			continue
		}
		k := cd.j + 1
		if determiners.has(st.low[k]) {
			k++
		}
		m := st.mentionAt(k)
		if m == nil || m.i != k || m.place {
			continue
		}
		// Past the doer's own head nouns: "coalition jets", "army units".
		of := m.j
		for of < len(st.low) && of < m.j+2 && isNounTag(st.toks[of].tag) && st.mentionAt(of) == nil {
			of++
		}
		if of+1 >= len(st.low) || st.low[of] != "of" {
			continue
		}
		doer := m.actor
		if doer.ID == "" {
			r := c.resolveGeneric(d, st, []*mention{m}, ev.Location, nil)
			if len(r) == 0 || r[0].ID == "" {
				continue
			}
			doer = r[0]
		}
		done, ok := c.x75OfParty(d, st, of+1, doer)
		if !ok {
			continue
		}
		doer.Text = st.textOf(m.i, of)
		ev.Source = []truce.Actor{doer}
		ev.Target = []truce.Actor{done}
	}
}

// x75OfParty reads the party an "of" phrase starting at token k names,
// past a determiner and modifiers: an actor ("of Turkish soldiers"), the
// people of a demonym's settlements ("of Ukrainian towns") or of a place
// ("of villages in Darfur", "of the town of Goma"). A party of the doer's
// own country told by a bare demonym or a place is not read.
func (c *Coder) x75OfParty(d *doc, st *sent, k int, doer truce.Actor) (truce.Actor, bool) {
	var none truce.Actor
	end := k + 6
	for ; k < len(st.low) && k < end; k++ {
		w := st.low[k]
		if w == "," || clauseBreaks.has(w) || verbAt(st, k) && st.toks[k].tag != "VBN" {
			return none, false
		}
		if m := st.mentionAt(k); m != nil && m.i == k && !m.place {
			a := m.actor
			if m.kind == "demonym" && a.Sector == "" {
				// "of Ukrainian towns": the people of that land.
				if m.j >= len(st.low) || !groundSettlements.has(st.low[m.j]) && !placeWords.has(st.low[m.j]) {
					return none, false
				}
				if stateForcesOfX51([]truce.Actor{doer}, a.Country) {
					return none, false
				}
				cv, ok := c.actors.Lookup(a.Country+"CVL", d.date)
				if !ok {
					return none, false
				}
				cv.Text = st.textOf(m.i, m.j+1)
				return cv, true
			}
			if a.ID == "" || sameActor(a, doer) {
				return none, false
			}
			a.Text = st.textOf(m.i, m.j)
			return a, true
		}
		if p := st.placeAtX51(k); p != nil {
			if p.place.Country == "" || stateForcesOfX51([]truce.Actor{doer}, p.place.Country) {
				return none, false
			}
			var tmp truce.Event
			c.placePeopleX74(d, st, p, &tmp)
			if len(tmp.Target) == 0 {
				return none, false
			}
			return tmp.Target[0], true
		}
		if w != "the" && w != "of" && w != "in" && !groundSettlements.has(w) && !placeWords.has(w) && !isModifier(st.toks[k]) {
			return none, false
		}
	}
	return none, false
}
