package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// roles_t61: working people harmed are civilians.
//
// The sector nouns of trade ("traders", "shopkeepers", "truck drivers")
// read as business (BUS), which is right for those who strike, shut their
// stalls or block roads. Shot, abducted, beaten or freed, they are people
// hurt as civilians, and annotators of every batch code them so: "shot
// dead a cattle trader" (CVL), "gunmen killed three bus drivers" (CVL),
// "the release of two truck drivers held by a militia" (CVL). A shop or a
// firm hit stays business: only the nouns for the people themselves turn.

// t61WorkingPeople are the last words of the trade nouns that name people.
var t61WorkingPeople = filtered(wordSet("trader", "traders", "shopkeeper", "shopkeepers", "merchant", "merchants",
	"driver", "drivers", "trucker", "truckers", "transporters", "hauliers", "vendor", "vendors", "hawker", "hawkers"))

// t61WorkingVictims recodes the working people a violent act or a release
// is done to from business to their country's civilians.
func (c *Coder) t61WorkingVictims(d *doc, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault && !(ev.Type == truce.Retreat && ev.Mode == "release") {
			continue
		}
		for n, a := range ev.Target {
			if a.Sector != "BUS" || a.Country == "" || a.ID != a.Country+"BUS" || !t61WorkingPeople.has(t61LastWord(a.Text)) {
				continue
			}
			civ, ok := c.actors.Lookup(a.Country+"CVL", d.date)
			if !ok {
				continue
			}
			civ.Text = a.Text
			if holdsID(ev.Target, civ.ID) {
				ev.Target = append(ev.Target[:n:n], ev.Target[n+1:]...)
			} else {
				ev.Target[n] = civ
			}
			break
		}
	}
}

// t61LastWord is the last word of an actor's text, lowercased only when it
// has capitals (the texts are short; most are already lower case).
func t61LastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		s = s[k+1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
