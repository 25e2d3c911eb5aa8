package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex33SaidIntruded checks a state that says another's craft or ships
// had entered or violated its airspace or waters: an accusation (CAMEO
// 1123) from the speaker against the intruder, whatever the craft is
// called.
func TestLex33SaidIntruded(t *testing.T) {
	wantEvents(t, truce.Accuse, "allege", []sidesCase{
		{"said had violated its airspace", "Bulgaria said a Turkish military helicopter had violated its airspace near Svilengrad.", "BGR", "TUR"},
		{"said had intruded into waters", "Hanoi said the Chinese survey ship had intruded into Vietnamese waters on Monday.", "VNM", "CHN"},
		{"says have entered its territorial waters", "Oslo says two Russian trawlers have entered its territorial waters without permission.", "NOR", "RUS"},
	})
}

// TestLex33CarryingRelief checks vehicles sent with staple food or medical
// goods other than those "carrying food" names: relief on its way (CAMEO
// 073) from the sender to the receiver.
func TestLex33CarryingRelief(t *testing.T) {
	wantEvents(t, truce.Aid, "", []sidesCase{
		{"oxygen by truck", "Egypt sent twelve trucks carrying liquid oxygen to Libya on Wednesday.", "EGY", "LBY"},
		{"sorghum by convoy", "Jordan sent a convoy carrying sorghum and lentils to Sudan on Monday.", "JOR", "SDN"},
		{"grain by ship", "India sent a ship carrying grain to Sri Lanka.", "IND", "LKA"},
	})
}

// TestLex33AppealForFunds checks a plea for money or relief goods, or one
// put to donors, with no addressee named: a request for aid (CAMEO 103)
// that needs no target, as "appealed for aid" does.
func TestLex33AppealForFunds(t *testing.T) {
	wantEvents(t, truce.Request, "assist", []sidesCase{
		{"appealed for emergency funds", "The Red Cross appealed on Friday for $4 million in emergency funds after the cyclone.", "", ""},
		{"appealing for relief goods", "Malawi's government said on Monday it was appealing for maize, tents and blankets for flood victims.", "MWI", ""},
		{"seeking funding", "UNICEF said it was seeking urgent funding for children displaced by the fighting.", "UNICEF", ""},
	})
}

// TestLex33BoardedVessel checks armed forces or police that board another
// side's boat or ship: coercion (CAMEO 17) against the vessel's owner;
// passengers boarding a ferry do nothing of the kind.
func TestLex33BoardedVessel(t *testing.T) {
	wantEvents(t, truce.Coerce, "", []sidesCase{
		{"coast guard boarded a fishing boat", "Indonesian coast guard officers boarded a Vietnamese fishing boat off the Natuna Islands on Tuesday.", "IDN", "VNM"},
		{"navy boarded two vessels", "The Iranian navy boarded two Greek tankers in the Gulf of Oman.", "IRN", "GRC"},
	})
	wantNone(t, "",
		"Hundreds of passengers boarded the ferry to Zanzibar on Friday.",
		"Kenyan troops boarded a ship for Mombasa on Sunday.")
}
