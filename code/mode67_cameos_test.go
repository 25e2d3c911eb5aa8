package code_test

import "testing"

// A demand that a side withdraw or stop its armed force or its fighting
// is one for de-escalation of military engagement, CAMEO 1056; an end
// asked to military aid, or a halt to deportations, is not.
func TestMode67ForceHaltDemanded(t *testing.T) {
	for _, text := range []string{
		"Ghana's foreign minister urged Togo on Monday to withdraw its soldiers from the disputed border villages.",
		"The African Union called on the rebels to halt their attacks on aid convoys in Darfur.",
		"Peru demanded on Tuesday that Chile remove the patrol boat anchored near the maritime boundary.",
	} {
		mode64AllCode(t, text, "REQUEST", "1056")
	}
	for _, text := range []string{
		"The opposition urged the government to end military aid to the junta.",
		"The rights group urged the ministry to halt the deportations of asylum seekers.",
	} {
		for _, g := range mode64Codes(t, text, "REQUEST") {
			if g == "1056" {
				t.Errorf("%q: got the de-escalation code 1056", text)
			}
		}
	}
}

// A demand that a leader or official go is one for a change of
// leadership, CAMEO 1041; one to reconsider quitting a bloc is not.
func TestMode67LeaderOutDemand(t *testing.T) {
	for _, text := range []string{
		"The opposition bloc demanded on Monday the resignation of the finance minister over the bond scandal.",
		"Union leaders urged the mayor of Kano to step down.",
	} {
		mode64AllCode(t, text, "REQUEST", "1041")
	}
	for _, g := range mode64Codes(t, "The lawmakers urged Mali to reconsider its decision to quit the union.", "REQUEST") {
		if g == "1041" {
			t.Errorf("a demand to stay in a bloc got the leadership code 1041")
		}
	}
}
