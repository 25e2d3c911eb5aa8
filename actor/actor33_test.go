package actor

import "testing"

// TestFindActor32 covers emergency services and the names
// that are only the tail of a longer name the dictionary does not know.
func TestFindActor32(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// A state's civil defence and emergency agencies are its
		// government; Syria's volunteer rescuers are an aid actor.
		{"civil defence workers", "Civil defence workers in Tyre pulled four bodies from the rubble.", "2024-03-01",
			[]want{{"Civil defence workers", "", "GOV", KindSector}}},
		{"a civil defence agency after a possessive", "The toll rose to 31, the city's civil defence agency said.", "2024-03-01",
			[]want{{"civil defence agency", "", "GOV", KindSector}}},
		{"an emergency management agency", "Twelve villagers drowned, the state emergency management agency said.", "2024-03-01",
			[]want{{"villagers", "", "CVL", KindSector}, {"emergency management agency", "", "GOV", KindSector}}},
		{"the Syrian volunteer rescuers", "Nine people were pulled alive from the building, the White Helmets reported.", "2024-03-01",
			[]want{{"people", "", "CVL", KindSector}, {"White Helmets", "SYRAID", "AID", KindGroup}}},
		{"the Syrian civil defence by its name", "The Syrian Civil Defense counted six dead in Sarmada.", "2024-03-01",
			[]want{{"Syrian Civil Defense", "SYRAID", "AID", KindGroup}}},
		// A name of common name words is not the known group when an unknown
		// capitalised word of a longer name stands before it.
		{"a generic name inside a longer one", "The Zanda Patriotic Resistance Front claimed the ambush.", "2024-03-01",
			nil},
		{"a generic name with a date word before it", "On Monday National Resistance Front fighters shelled Bazarak.", "2024-03-01",
			[]want{{"National Resistance Front fighters", "NRF", "REB", KindGroup}}},
		{"a generic name at a sentence start", "Resistance Front gunmen shot a teacher in Sopore.", "2024-03-01",
			[]want{{"Resistance Front gunmen", "TRF", "REB", KindGroup}, {"teacher", "", "EDU", KindSector}}},
		// A one-word name that is a common word stands only alone.
		{"a one-word name inside a longer one", "Rebels of the Karenni Brotherhood said they took the post.", "2024-03-01",
			[]want{{"Rebels", "", "REB", KindSector}}},
		{"a one-word name alone", "The Brotherhood called for a boycott of the vote.", "2024-03-01",
			[]want{{"Brotherhood", "MUSLIMBRO", "OPP", KindGroup}}},
		{"a one-word name after a known demonym", "Police detained 40 members of the Jordanian Brotherhood.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"Jordanian", "JOR", "", KindDemonym}, {"Brotherhood", "MUSLIMBRO", "OPP", KindGroup}}},
		{"a memorial is a monument", "Mourners laid wreaths at the Harbour Memorial on Sunday.", "2024-03-01",
			[]want{{"Mourners", "", "CVL", KindSector}}},
	}
	checkFind(t, d, tests)
}
