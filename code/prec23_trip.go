package code

// Journeys that are no diplomatic visit, found recurring across the dev
// set: freed detainees who "flew to freedom" or were "expected to travel
// to Iran", students who "arrived in Novi Sad" on a march, a reporter's
// trip. A visit (CAMEO 042) is an official's or a delegation's; a trip by
// private people or the press is told for another act (a release, a
// protest) coded on its own.

import "github.com/truce-project/truce"

// privateSectors are the sectors of travellers who make no state visit.
var privateSectors = filtered(wordSet("CVL", "EDU", "REF", "MED", "BUS", "LAB"))

// privateTrip tells why the visit cd, once built, is no diplomatic visit,
// or "": every traveller is a private person or the press ("freed
// hostages flew to Doha", "students arrived in the city").
func privateTrip(st *sent, cd *candidate) string {
	e := cd.e
	if !e.has(flagVisit) || cd.ev.Type != truce.Consult || e.cameo != "042" || len(cd.ev.Source) == 0 {
		return ""
	}
	for _, a := range cd.ev.Source {
		if !privateSectors.has(a.Sector) {
			return ""
		}
	}
	return "a journey by private people or the press (\"freed hostages flew to Doha\", \"students arrived in the city\"): no diplomatic visit"
}
