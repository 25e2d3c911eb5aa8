package code

import "github.com/truce-project/truce"

// Fire from across a border: "mortar shells fired from across the border
// landed near Tumbru", "a round fired from across the Line wounded two
// villagers". The shells are the forces' of the state on the other side:
// the one other state the article names nearest the fire.

// borderWords name a frontier fire can cross.
var borderWords = filtered(wordSet("border", "frontier", "line", "loc", "lac"))

// acrossBorderFire gives an attack with no doer that was fired from across
// a border the military of the other state the article names.
func (c *Coder) acrossBorderFire(d *doc, cd *candidate) {
	st := cd.st
	if !bareWeapon(st, cd.src) || c.lex.cameo[cd.e.cameo].plover != truce.Assault || !st.firedAcross(cd) {
		return
	}
	// The land the fire hit: the first place named after the words of
	// the crossing.
	hit := ""
	for _, p := range st.places {
		if p.i >= cd.i-6 && p.place.Country != "" {
			hit = p.place.Country
			break
		}
	}
	if hit == "" {
		return
	}
	other := d.acrossState(st, hit)
	if other == "" || other == hit {
		return
	}
	a, ok := c.actors.Lookup(other+"MIL", d.date)
	if !ok {
		return
	}
	a.Text = st.textOf(cd.i, cd.j)
	cd.src = []*mention{{i: cd.i, j: cd.i, kind: "sector", actor: a}}
}

// firedAcross reports whether the words before the trigger, in its clause,
// tell fire from across a border: "fired from across the border".
func (st *sent) firedAcross(cd *candidate) bool {
	for k := max(0, cd.i-8); k+2 < len(st.low) && k < cd.j+4; k++ {
		if st.low[k] != "from" || st.low[k+1] != "across" {
			continue
		}
		n := k + 2
		if determiners.has(st.low[n]) && n+1 < len(st.low) {
			n++
		}
		if borderWords.has(st.low[n]) {
			return true
		}
	}
	return false
}

// acrossState returns the one state other than hit that the sentence st,
// else the nearest sentence before it, else after it, names, or "" when
// that sentence names none or two.
func (d *doc) acrossState(st *sent, hit string) string {
	order := make([]*sent, 0, len(d.sents))
	order = append(order, st)
	for k := st.s.Index - 1; k >= 0 && k < len(d.sents); k-- {
		order = append(order, d.sents[k])
	}
	for k := st.s.Index + 1; k < len(d.sents); k++ {
		order = append(order, d.sents[k])
	}
	for _, x := range order {
		found := ""
		for _, m := range x.mentions {
			cc := m.actor.Country
			if cc == "" || cc == hit || !isState(m.actor) {
				continue
			}
			if found != "" && found != cc {
				return ""
			}
			found = cc
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// bareWeapon reports whether src names no one: empty, or only the weapon
// fired ("artillery shells fired from across the border"), which the
// dictionary reads as a force whose state it does not say.
func bareWeapon(st *sent, src []*mention) bool {
	if len(src) == 0 {
		return true
	}
	m := src[0]
	return len(src) == 1 && m.actor.ID == "" && m.j == m.i+1 && m.i < len(st.low) && isWeaponWord(st.low[m.i])
}
