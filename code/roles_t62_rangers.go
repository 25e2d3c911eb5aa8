package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Thailand's paramilitary rangers (thahan phran) are army troops: a
// bomb that hits "a ranger patrol" or "a truck carrying paramilitary
// rangers" in the south hits the Thai military, not its police, though
// "rangers" elsewhere (Pakistan's Rangers, park rangers) are police or
// civilians. Park, forest and wildlife rangers stay as they are.

// t62ThaiRangers turns a Thai police actor named as rangers, on either
// side of a built event, into the Thai military.
func (c *Coder) t62ThaiRangers(d *doc, built []*candidate) {
	for _, cd := range built {
		if cd.folded {
			continue
		}
		c.t62RangersSide(d, cd.ev.Source)
		c.t62RangersSide(d, cd.ev.Target)
	}
}

func (c *Coder) t62RangersSide(d *doc, side []truce.Actor) {
	for n := range side {
		a := &side[n]
		if a.ID != "THACOP" || !t62ArmyRangers(a.Text) || holdsID(side, "THAMIL") {
			continue
		}
		mil, ok := c.actors.Lookup("THAMIL", d.date)
		if !ok {
			return
		}
		mil.Text = a.Text
		*a = mil
	}
}

// t62ArmyRangers reports whether an actor's text names rangers and no
// park, forest or wildlife kind: "paramilitary rangers", "a ranger patrol".
func t62ArmyRangers(s string) bool {
	found := false
	for s != "" {
		w := s
		if k := strings.IndexByte(s, ' '); k >= 0 {
			w, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		switch {
		case strings.EqualFold(w, "ranger"), strings.EqualFold(w, "rangers"):
			found = true
		case strings.EqualFold(w, "park"), strings.EqualFold(w, "forest"), strings.EqualFold(w, "wildlife"),
			strings.EqualFold(w, "game"), strings.EqualFold(w, "forestry"):
			return false
		}
	}
	return found
}
