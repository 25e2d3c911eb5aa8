package code_test

// Round 38 of category and mode: a street fight between unarmed people
// and the police.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "residents clashed with riot police": unarmed people fighting the
// police riot (PROTEST riot); they wage no armed clash.
func TestMode38StreetClash(t *testing.T) {
	wantEvents(t, truce.Protest, "riot", []sidesCase{
		{"villagers", "Villagers clashed with riot police at a quarry outside Kutaisi on Monday.", "GEO", "GEOCOP"},
		{"students", "Hundreds of students clashed with police near the university in Dhaka on Sunday.", "BGD", "BGDCOP"},
		{"party supporters", "Supporters of the opposition leader fought running battles with police in Mombasa on Tuesday.", "KEN", "KENCOP"},
	})
	// Armed sides, or soldiers on the other side, still clash.
	wantNone(t, truce.Protest,
		"Gang members clashed with police in Port-au-Prince on Sunday.",
		"Rebel fighters clashed with police near Goma on Sunday.")
}

// "students set fire to the rector's office": arson by students, by a
// leader's supporters or by townspeople told as angered is a riot.
func TestMode38CrowdArson(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"students", "Students set fire to the rector's office at the university in Lagos on Monday.", truce.Protest, "NGA"},
		{"angered villagers", "Villagers angered by the water shortage torched the office of the district council in Sylhet on Friday.", truce.Protest, "BGD"},
		{"party supporters", "Supporters of the opposition party set fire to two buses in Kinshasa on Tuesday.", truce.Protest, "COD"},
	})
	// A mob burning a community's homes attacks it.
	wantEvents(t, truce.Assault, "destroy", []sidesCase{
		{"mob on homes", "A mob set fire to dozens of homes belonging to Christians in the village.", "", ""},
	})
	wantNone(t, truce.Protest, "A mob set fire to dozens of homes belonging to Christians in the village.")
}

// Looting beside the arson, by a leader's supporters, is the same riot;
// a crowd burning a victim's body is no riot.
func TestMode38CrowdArsonEdges(t *testing.T) {
	wantEvents(t, truce.Protest, "riot", []sidesCase{
		{"supporters of a named leader", "Supporters of the detained governor, Amos Lanje, set fire to a police post in Kisumu on Friday.", "KEN", ""},
		{"looting with arson", "Supporters of the opposition leader torched cars, ransacked shops and threw stones at police in Lusaka on Monday.", "ZMB", ""},
	})
	wantNone(t, truce.Protest, "Students at a school in Kano beat a classmate to death and set her body on fire on Thursday.")
}

// "relatives assembled near the base to call for a new search": a demand
// that is the purpose of a crowd's gathering is the rally (PROTEST demo).
func TestMode38GatheredToDemand(t *testing.T) {
	wantEvents(t, truce.Protest, "demo", []sidesCase{
		{"assembled to call for", "Relatives of the missing sailors assembled near the naval base in Chittagong to call for a new search.", "BGD", ""},
		{"gathered to demand", "Nurses gathered in front of the health ministry in Accra on Friday to demand that the government pay their wages.", "GHA", ""},
	})
	// A state's envoy who meets to press a demand does not rally.
	wantNone(t, truce.Protest, "Kenya's foreign minister met his Ugandan counterpart in Kampala to demand the release of the traders.")
}
