package code

import "github.com/truce-project/truce"

// actor48SupportersOf turns a generic organ of state that "supporters of"
// governs into the supporters themselves, before the sentence gives it a
// country: "hundreds of supporters of the junta rallied" are the junta's
// backers in the street (PRO), not the junta. The rule in resolveGeneric
// did this only for an actor that already had its country ("supporters of
// ousted Peruvian President …"), so a bare "the junta" or "the government"
// stayed the state. Dev: gold accepts PRO for every one of the 12 events
// whose supporters follow a government, a president or a takeover (12 of
// 12), and GOV alone for none. When protesters are named later in the
// sentence ("supporters of the government attacked a protest camp") the
// state stays the doer: the street on both sides would leave the event
// with no target.
func actor48SupportersOf(st *sent, m *mention, a *truce.Actor) bool {
	if a.Country != "" || a.ID != "" || a.Sector != "GOV" || !supportersOf(st, m) {
		return false
	}
	for k := range st.mentions {
		if n := &st.mentions[k]; n.i >= m.j && !n.place && n.actor.Sector == "PRO" {
			return false
		}
	}
	a.Sector = "PRO"
	return true
}
