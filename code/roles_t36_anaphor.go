package code

// "The group" after a story that named its armed actors only by what they
// are: "Insurgents beheaded a farmer in Nanduli … Troops later clashed with
// the group near the river", "Militants raided a village … Jets bombed the
// group's camp". With no group named, the anaphor stands for the armed side
// of the acts told before, as the coder resolved it.

import "github.com/truce-project/truce"

// anaphorSides holds the sectors of non-state armed actors "the group" may
// stand for.
var anaphorSides = filtered(wordSet("REB", "MLT"))

// otherBodyNear reports whether st or one of the two sentences before it
// names an organisation that is no armed group (a rights group, a party, a
// UN agency), which "the group" may stand for as well: "Amnesty said … The
// government called the group biased".
func (d *doc) otherBodyNear(st *sent) bool {
	for _, x := range d.sents {
		if x.s.Index > st.s.Index || x.s.Index < st.s.Index-2 {
			continue
		}
		for n := range x.mentions {
			m := &x.mentions[n]
			if (m.kind == "group" || m.kind == "org") && !m.place && !anaphorSides.has(m.actor.Sector) && m.actor.Sector != "CRM" {
				return true
			}
		}
	}
	return false
}

// groupActedBefore returns the non-state armed actor that was a side of the
// last act built from a sentence before st that had one, its maker before
// whom it was done to, if any: who "the group" is. With another kind of
// body named near (otherBodyNear) it returns nil.
func (d *doc) groupActedBefore(st *sent) *truce.Actor {
	if d.otherBodyNear(st) {
		return nil
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if p.folded || p.st == nil || p.st.s.Index >= st.s.Index {
			continue
		}
		for _, side := range [2][]truce.Actor{p.ev.Source, p.ev.Target} {
			for _, a := range side {
				if a.ID != "" && anaphorSides.has(a.Sector) {
					b := a
					return &b
				}
			}
		}
	}
	return nil
}

// armedSideOf reports whether a is a non-state armed actor that was a side
// of ev: "Serb gunmen fought Kosovo police in Banjska. Police later seized
// weapons from the group" happens where the fight did, though the group
// belongs to another country than the place.
func armedSideOf(ev *truce.Event, a truce.Actor) bool {
	if a.ID == "" || !holderSectors.has(a.Sector) {
		return false
	}
	for _, b := range ev.Source {
		if b.ID == a.ID {
			return true
		}
	}
	for _, b := range ev.Target {
		if b.ID == a.ID {
			return true
		}
	}
	return false
}
