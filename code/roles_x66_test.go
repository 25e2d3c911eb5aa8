package code_test

import "testing"

// "a teacher from Toronto", "tourists from Manchester": the people a
// person noun says come from a place are of that place's country,
// wherever the act happens.
func TestRolesX66FromPlace(t *testing.T) {
	wantEvents(t, "COERCE", "", []sidesCase{
		{"from a city", "A teacher from Toronto was arrested in Iran for spying, the foreign ministry said.", "IRN", "CAN"},
		{"from a country", "A missionary from Canada was arrested in Lebanon.", "LBN", "CAN"},
		{"object of the arrest", "Police in Egypt detained a journalist from Sweden on Monday.", "EGY", "SWE"},
		{"a capital as the home", "Police in Turkey arrested a lawyer from Berlin.", "TUR", "DEU"},
	})
	wantEvents(t, "ASSAULT", "", []sidesCase{
		{"counted plural", "Two tourists from Manchester were kidnapped in Yemen on Sunday.", "", "GBR"},
	})
}

// A party investigated in the passive with no agent named is investigated
// by the state of the ground.
func TestRolesX66InvestigatedPassive(t *testing.T) {
	wantEvents(t, "ACCUSE", "investigate", []sidesCase{
		{"put under investigation", "A Kenyan doctor has been put under investigation in France for fraud.", "FRA", "KEN"},
		{"being investigated", "A Kenyan doctor is being investigated in Uganda for fraud.", "UGA", "KEN"},
		{"placed under investigation", "Two Belgian nationals were placed under investigation in Morocco over the smuggling of antiquities.", "MAR", "BEL"},
	})
}
