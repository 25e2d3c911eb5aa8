package code

import "github.com/truce-project/truce"

// Issue 3, round x57: a bare title acting on a state. "President Kowalski
// has threatened Russia", "the foreign minister warned Poland": with no
// other clue to whose organ the title is, the last resort of a generic
// actor (the country of the other side: "the military detained opposition
// leaders" at home) makes the state act on itself, and the act is dropped.
// A state's unarmed organ acting on a state named whole ("Russia", not
// "Chilean officials" or "the Nigerian president", who are at home) deals
// with another state, not with its own.

// x57StateActedOn reports whether m, a generic mention of a state's unarmed
// organ (government, parliament, diplomats), acts on a state named whole,
// so that the other side's country is no guide to its
// own.
func x57StateActedOn(m *mention, other []truce.Actor) bool {
	if !x57CivilOrgans.has(m.actor.Sector) {
		return false
	}
	for _, o := range other {
		if o.Country != "" && o.ID == o.Country {
			return true
		}
	}
	return false
}

// x57CivilOrgans are the sectors of a state's unarmed organs a bare title
// names.
var x57CivilOrgans = filtered(wordSet("GOV", "LEG", "DIP"))
