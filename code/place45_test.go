package code_test

import "testing"

// TestPlace45DatelineCountry checks that a wire dateline naming a
// city-state or a country whose capital bears its name ("SINGAPORE -",
// "HONG KONG, May 3 -") is the place the story is filed from, not an
// actor: acts that name no place of their own are there, and talks in
// the lead sentence and the pact signed at them are held there.
func TestPlace45DatelineCountry(t *testing.T) {
	place43Run(t, []place43Case{
		{"summit of two foreign leaders",
			"SINGAPORE - The leaders of Japan and Brazil held a summit on Monday and signed a trade pact.",
			"CONSULT:summit", "Singapore", "SGP"},
		{"pact signed at that summit",
			"SINGAPORE - The leaders of Japan and Brazil held a summit on Monday and signed a trade pact.",
			"AGREE:summit", "Singapore", "SGP"},
		{"arrests under a dated dateline",
			"HONG KONG, May 3 - Police arrested 40 protesters outside the legislature on Sunday.",
			"COERCE:arrested", "Hong Kong", "HKG"},
		{"a host meeting a neighbour",
			"KUWAIT - Kuwait's emir met the Iraqi prime minister on Monday to discuss border disputes.",
			"CONSULT:emir", "Kuwait", "KWT"},
		{"two neighbours agreeing at a third country's talks",
			"DJIBOUTI - Ethiopian and Eritrean envoys held talks on Tuesday and agreed to reopen the border.",
			"AGREE:envoys", "Djibouti", "DJI"},
	})
}

// TestPlace45WhoseSettlement checks that in "the X village of Y" the
// settlement is Y whatever word X is, a people ("Bambara"), a faith
// ("Alawite") or a region ("Andes"), and that a district, whose own name
// comes first, is not read that way.
func TestPlace45WhoseSettlement(t *testing.T) {
	place43Run(t, []place43Case{
		{"a people's village",
			"Militiamen burned dozens of houses in the Bambara village of Tiembara on Friday.",
			"ASSAULT:burned", "Tiembara", ""},
		{"a faith's town",
			"A car bomb exploded in the Alawite town of Qardaha on Monday, killing four people.",
			"ASSAULT:bomb", "Qardaha", "SYR"},
		{"a region's town",
			"Police clashed with farmers in the Andes town of Challapampa on Monday.",
			"ASSAULT:clashed", "Challapampa", ""},
		{"a district keeps its own name first",
			"Soldiers killed 12 people in the Hentz district of Zenda on Monday.",
			"ASSAULT:killed", "Hentz", ""},
	})
}

// TestPlace45HostHome checks that talks a state hosts ("Kenya hosted
// talks", "talks hosted by Kazakhstan") are held in the host's land: at
// the dateline's town when it lies there, else at the host's capital;
// and that a town the sentence names for them, or a host that is no
// state, leaves them where they were.
func TestPlace45HostHome(t *testing.T) {
	place43Run(t, []place43Case{
		{"a state hosting under a foreign dateline",
			"BRUSSELS - Kenya hosted talks between Ethiopian and Somali envoys on Monday.",
			"CONSULT:hosted", "Nairobi", "KEN"},
		{"talks hosted by a state, told abroad",
			"GENEVA - The foreign ministers of Armenia and Azerbaijan agreed on Friday to a truce on their border, after talks hosted by Kazakhstan.",
			"CONSULT:talks", "Astana", "KAZ"},
		{"talks hosted by the dateline's state",
			"ASTANA - The foreign ministers of Armenia and Azerbaijan agreed on Friday to a truce on their border, after talks hosted by Kazakhstan.",
			"CONSULT:talks", "Astana", "KAZ"},
		{"a town named for the talks stays",
			"The two sides signed a truce in Jeddah, where Saudi and Egyptian mediators have hosted talks for weeks.",
			"CONSULT:hosted", "Jeddah", "SAU"},
		{"an official who hosts is no state",
			"VIENNA - Iran agreed on Monday to more inspections, the agency's chief said after hosting talks between Iranian and Russian envoys.",
			"CONSULT:hosting", "Vienna", "AUT"},
	})
}
