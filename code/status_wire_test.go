package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Status and reporter over constructions from blind wire copy, in
// sentences of our own: a body said to be about to act ("said a joint
// panel would meet"), a speaker's own country refusing ahead, wire
// agencies named by their acronym, anonymous security sources and
// unnamed diplomats. by is the reporter's id ("" when the text names
// none; "-" when no reporter may be given); an id of three letters
// matches any actor of that country.
func TestStatusWire(t *testing.T) {
	tests := []statusCase{
		// A reported "would" whose subject is a body, not a pronoun.
		{"said a committee would meet", "Ethiopian and Eritrean officials said a joint border committee would meet in Asmara next month.", truce.Consult, truce.StatusPlanned, ""},
		{"said the delegations would hold talks", "Qatar said the two delegations would hold talks in Doha on Sunday.", truce.Consult, truce.StatusPlanned, ""},
		{"his country would turn down", "Guinea's president said on Friday his country would turn down the loan offered by the World Bank.", truce.Reject, truce.StatusReported, "GIN"},
		// A future told in a relative clause is the noun's, not the event's.
		{"agreed to a truce that will take effect", "Sudan and South Sudan have agreed to a truce along their border that will take effect on Monday.", truce.Agree, truce.StatusReported, ""},
		{"signed an accord which will come into force", "Chad and Niger signed a security accord in Niamey on Tuesday which will come into force next year.", truce.Agree, truce.StatusReported, ""},
		// Wire agencies named by their acronym speak for their state.
		{"state news agency SANA", "An Israeli air strike hit a building in the Syrian city of Homs on Sunday, the state news agency SANA reported.", truce.Assault, truce.StatusReported, "SYR"},
		{"KCNA said", "North Korean troops fired artillery shells at a South Korean patrol boat near the island of Yeonpyeong, KCNA said.", truce.Assault, truce.StatusReported, "PRK"},
		// Anonymous security sources speak for the state's forces.
		{"a security source said", "A car bomb killed nine people in the Somali capital Mogadishu on Monday, a security source said.", truce.Assault, truce.StatusReported, "SOM"},
		{"security sources said", "Gunmen killed 12 villagers in Nigeria's Zamfara state, security sources told reporters.", truce.Assault, truce.StatusReported, "NGA"},
		// A body named before a long "which" clause speaks after it.
		{"X, which ..., said it had", "The Nigerien army, which has fought jihadists along the border since 2015 and lost hundreds of men there, said it had set up a new base near the town of Ayorou.", truce.Mobilize, truce.StatusReported, "NER"},
		// Local officers of the state.
		{"the local prefect said", "A suicide bomber blew herself up at a market in Mora, in northern Cameroon, on Friday, killing four civilians, the local prefect said.", truce.Assault, truce.StatusReported, "CMR"},
		// Unnamed diplomats speak for no state.
		{"diplomats said", "Sudanese and Chadian officials met in N'Djamena on Monday to discuss the border, diplomats said.", truce.Consult, truce.StatusReported, "-"},
	}
	runReporterCases(t, tests, "-")
}
