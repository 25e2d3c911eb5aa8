package code

import "github.com/truce-project/truce"

// Issue 3, round s52: a side its own sentence leaves unnamed ("Gunmen
// killed twenty people", "a car bomb blew up outside the station",
// "troops retook the camp the group had held", "the gunmen freed the
// priest a day later") is given the armed group that a blame, a claim or
// an earlier sentence of the story names. That group is an attribution,
// not what the sentence tells: the unnamed side stays, beside it, the
// rebels of the country where the act happened, the reading a coder
// gives when no one is named.

// s52UnnamedDoerGeneric adds, on either side of each event, to an armed
// group not named in the event's sentence the rebels of the country where
// it happened.
func (c *Coder) s52UnnamedDoerGeneric(d *doc) {
	var seen s52Generics
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		cd.ev.Source = c.s52BesideGeneric(d, cd, cd.ev.Source, &seen)
		cd.ev.Target = c.s52BesideGeneric(d, cd, cd.ev.Target, &seen)
	}
}

// s52Generics keeps the few generic rebels a story has looked up, so
// that each is built once.
type s52Generics struct {
	as [4]truce.Actor
	n  int
}

// rebelsOf returns the rebels of country cc, looked up once per story.
func (g *s52Generics) rebelsOf(c *Coder, cc string, d *doc) truce.Actor {
	for _, a := range g.as[:g.n] {
		if a.Country == cc {
			return a
		}
	}
	a := c.sectorActor(truce.Actor{Sector: "REB"}, cc, d.date)
	if g.n < len(g.as) {
		g.as[g.n] = a
		g.n++
	}
	return a
}

// s52BesideGeneric returns side with the rebels of a country added beside
// its only actor, when that is an armed group cd's sentence does not
// name.
func (c *Coder) s52BesideGeneric(d *doc, cd *candidate, side []truce.Actor, seen *s52Generics) []truce.Actor {
	if len(side) != 1 || !isArmedGroup(side[0]) || s52NamedIn(cd.st, side[0]) {
		return side
	}
	a := side[0]
	// An act on the ground is by the rebels of the country it happened
	// in ("grenades thrown at a market in Srinagar", "withdrew from the
	// town"); words and deals are by those of the group's own.
	cc := a.Country
	if (cc == "" || s52GroundActs.has(string(cd.ev.Type))) && cd.ev.Location != nil && cd.ev.Location.Country != "" {
		cc = cd.ev.Location.Country
	}
	if cc == "" {
		return side
	}
	g := seen.rebelsOf(c, cc, d)
	if g.ID == a.ID {
		return side
	}
	g.Text = a.Text
	return append(side[:1:1], g)
}

// s52GroundActs are the kinds of event done on the ground, where they
// happen.
var s52GroundActs = filtered(wordSet(truce.Assault, truce.Coerce, truce.Retreat, truce.Mobilize))

// s52NamedIn reports whether st names a itself, by name or by a word that
// stands for it ("the group", "it").
func s52NamedIn(st *sent, a truce.Actor) bool {
	for n := range st.mentions {
		if st.mentions[n].actor.ID == a.ID {
			return true
		}
	}
	return false
}
