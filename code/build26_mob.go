package code

import (
	"time"

	"github.com/truce-project/truce"
)

// mobCivilians gives a mob back its people: a crowd that loots, burns or
// lynches where the sentence tells of no protest is local people, not
// protesters, though the coder reads any crowd's violence as a protest's.
// "Looters ransacked shops across the port" and "villagers went on a
// rampage through the market" are the place's civilians (CVL); "protesters
// torched the town hall" stays a protest (PRO).
func (c *Coder) mobCivilians(ev *truce.Event, st *sent, date time.Time) {
	if ev.ACLEDType != acledRiots || ev.ACLEDSubtype != subMob || st.hasAny(&marchWords) {
		return
	}
	for n, a := range ev.Source {
		if a.Sector != "PRO" || a.Country == "" {
			continue
		}
		if civ, ok := c.actors.Lookup(a.Country+"CVL", date); ok {
			civ.Text = a.Text
			ev.Source[n] = civ
		}
	}
}
