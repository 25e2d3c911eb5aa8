package code_test

import "testing"

// TestPlaceSecondLevelUnits checks events placed only by a district,
// province or regency a wire names without its country (Bangladesh's
// districts, the Philippines' provinces, Cabo Delgado's districts,
// Papua's regencies, the districts around Karabakh): the gazetteer knows
// them, so the event is in their country. A Bangladeshi district is
// ranked at its district's population, so that a bare name it shares
// with a smaller Indian town ("Chandpur") is Bangladesh's
// when the story names no country.
func TestPlaceSecondLevelUnits(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a hill district town", "A mob burned eleven shops in Rangamati on Tuesday night after a motorcycle thief was caught.", "", "Rangamati", "BGD", ""},
		{"a district named with a unit noun", "Police fired tear gas at hundreds of garment workers in Gazipur district on Sunday.", "", "Gazipur", "BGD", ""},
		{"a district that shares its name with an Indian town", "Supporters of rival student groups clashed with sticks in Chandpur on Friday, leaving two dead, police said.", "", "Chandpur", "BGD", ""},
		{"a district spelt as the national press spells it", "Villagers beat two suspected cattle thieves to death in Kishoreganj on Wednesday, police said.", "", "Kishoreganj", "BGD", ""},
		{"an island province", "Gunmen ambushed a patrol on Basilan island on Saturday, killing two marines.", "", "Basilan", "PHL", ""},
		{"a district of Cabo Delgado", "Insurgents beheaded four farmers near Macomia on Friday, a local administrator said.", "", "Macomia", "MOZ", ""},
		{"a Papuan regency", "Separatist gunmen shot dead two construction workers in Intan Jaya regency on Monday.", "", "Intan Jaya", "IDN", ""},
		{"a retaken district", "Sappers cleared mines from roads in the Kalbajar district on Thursday after soldiers were wounded by a blast.", "soldiers", "Kalbajar", "AZE", ""},
		{"a town and its province", "Suspected militants threw a grenade at a bus terminal in Shariff Aguak, Maguindanao, wounding six people.", "", "Shariff Aguak", "PHL", ""},
	})
}

// TestPlaceBuildingWithTitle checks a building named after a region with a
// title between them ("Zenda State University in Strelsau"): the event is
// in the town that follows, not in the region the building is named for.
func TestPlaceBuildingWithTitle(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a state university in a city", "A homemade bomb exploded at Mindanao State University in Marawi on Monday, wounding five students.", "", "Marawi", "PHL", ""},
		{"a national stadium in a capital", "A suicide bomber blew himself up outside the Kurdistan National Stadium in Baghdad on Friday, killing nine people.", "", "Baghdad", "IRQ", ""},
	})
}

// TestPlaceUnitNamedAgain checks an act whose sentence names no place of
// its own but points back with "the" and a unit noun ("inside the camp",
// "around the town", "the lake's shores"): it is at the camp, town or
// lake the story named before, not at a landmark or the country.
func TestPlaceUnitNamedAgain(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a camp the gazetteer lacks", "Fighting between rival factions in the Mieh Mieh refugee camp near Sidon killed two people on Friday. Residents said gunmen had torched several shops inside the camp.", "torched", "Mieh Mieh", "LBN", ""},
		{"a town named beside a landmark", "Government troops recaptured Tawergha, a ghost town near Misrata, on Tuesday. Officials said they had found three mass graves in and around the town.", "mass graves", "Tawergha", "LBY", ""},
		{"a lake's shores", "Islamist fighters overran a navy post on an island in Lake Albert on Sunday, killing nine sailors. The army moved reinforcements to the lake's shores on Monday.", "reinforcements", "Lake Albert", "UGA", ""},
	})
}
