package code

import "github.com/truce-project/truce"

// A state that yields and names no one else yields to the crowd that
// pressed it: "the government lifted its ban on social media, hours after
// police opened fire on protesters" is a concession to the protesters, not
// to its own police; "the minister resigned, days after the vote set off
// unrest" to those in the streets. A concession coded toward the
// conceding state itself, or toward no one, takes the protesters when its
// sentence names protesters, a protest or unrest after the trigger, or when
// one of the two sentences before tells a protest.

// concededToCrowd returns the protesters of the conceding state's country
// for a concession at cd whose target is empty or only that state's own
// offices and forces, when a protest is told as above; else nil.
func (c *Coder) concededToCrowd(d *doc, cd *candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Concede || len(cd.src) == 0 {
		return nil
	}
	// Countries of bare actors ("the minister", "police") are placed
	// later; the sectors tell a state's own.
	s := cd.src[0].actor
	cc := s.Country
	if !stateSectors.has(s.Sector) || s.ID != "" && !isState(s) {
		return nil
	}
	for _, m := range cd.tgt {
		if !stateSectors.has(m.actor.Sector) || m.actor.Country != "" && m.actor.Country != cc {
			return nil
		}
	}
	crowd := false
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= cd.j && !m.place && m.actor.Sector == "PRO" && (m.actor.Country == "" || m.actor.Country == cc) {
			crowd = true
			break
		}
	}
	a := truce.Actor{Name: "protesters", Country: cc, Sector: "PRO"}
	if b, ok := c.protestersBefore(d, cd, nil, cc); !crowd && ok && (cc == "" || b.Country == cc) {
		a = b
	} else if !crowd && !crowdToldFrom(st, cd.j) && !protestToldBefore(d, st) {
		return nil
	}
	if a.ID == "" && cc != "" {
		if b, found := c.actors.Lookup(cc+"PRO", d.date); found {
			a = b
		} else {
			a.ID = cc + "PRO"
		}
	}
	a.Text = ""
	return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
}

// unrestNouns tell a protest without naming who made it: "set off unrest",
// "weeks of riots".
var unrestNouns = filtered(wordSet("unrest", "riots", "rioting"))

// crowdToldFrom reports whether st names a protest or unrest from token k
// on: "…, eleven days after the vote set off unrest in the capital".
func crowdToldFrom(st *sent, k int) bool {
	for ; k < len(st.low); k++ {
		if protestNouns.has(st.low[k]) || unrestNouns.has(st.low[k]) {
			return true
		}
	}
	return false
}

// protestToldBefore reports whether one of the two sentences before st
// names a protest or unrest: "Rioters burned buses during protests over
// fares. … The government has since suspended the fare increase."
func protestToldBefore(d *doc, st *sent) bool {
	for _, x := range d.sents {
		if ix := x.s.Index; ix < st.s.Index && ix >= st.s.Index-2 && crowdToldFrom(x, 0) {
			return true
		}
	}
	return false
}
