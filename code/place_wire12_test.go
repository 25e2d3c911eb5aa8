package code_test

import "testing"

// TestPlaceQualifiedUnknown checks a place the gazetteer lacks that a
// known place's possessive qualifies: it lies in that place's country,
// whoever the actors are.
func TestPlaceQualifiedUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a township of a region, other countries named before", "Refugees have crossed into India and Bangladesh for weeks. On Monday, helicopters strafed a village in Rakhine's Kyauktaw township, killing five civilians, residents said.", "strafed", "Kyauktaw", "MMR", ""},
		{"an area of a country, foreign victims", "Ugandan peacekeepers were ambushed on Tuesday in Somalia's Buulo Mareer area, the African Union mission said.", "", "Buulo Mareer", "SOM", ""},
		{"a district of a country, foreign attackers", "Chadian soldiers shot dead six herders in Cameroon's Logone-Birni district on Friday, a local official said.", "", "Logone-Birni", "CMR", ""},
	})
}

// TestPlaceTownOfRelative checks an act told with no place of its own in
// a sentence that names a town of its actors' country after a place noun
// in another clause: the seizure of what raiders left behind was at the
// town they raided.
func TestPlaceTownOfRelative(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"explosives left behind by attackers of a village", "Somali police said on Monday they had seized a large cache of explosives left behind by militants who stormed the village of Afgoye.", "", "Afgooye", "SOM", ""},
		{"rifles abandoned by raiders of a town", "Colombian troops said on Friday they had confiscated 40 rifles abandoned by guerrillas who attacked the town of Tumaco.", "", "Tumaco", "COL", ""},
	})
}

// TestPlaceVenuesAndBorderVillages checks places news names often that
// the gazetteer learnt from text written blind: a building that hosts
// talks, a prison, villages on a border.
func TestPlaceVenuesAndBorderVillages(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a deal signed at a residence", "The leaders of Rwanda and Congo signed a peace deal at the White House on Thursday.", "", "White House", "USA", ""},
		{"detainees freed from a prison", "Israeli authorities released 45 Palestinian detainees from Ofer prison on Tuesday.", "", "Ofer Prison", "PSE", ""},
		{"troops into a border village", "Lebanese soldiers deployed in Kfar Kila on Wednesday after Israeli troops pulled out.", "deployed", "Kfar Kila", "LBN", ""},
	})
}

// TestPlaceStoryVenue checks an agreement or meeting whose own sentence
// names no town, held where the story's next or previous sentence puts
// its talks.
func TestPlaceStoryVenue(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"treaty signed, the next sentence says where", "Ethiopia and Eritrea signed a border accord on Sunday. The two leaders signed the document in Asmara during Abiy Ahmed's first visit to Eritrea.", "border accord", "Asmara", "ERI", ""},
		{"a summit, then a meeting on its sidelines", "World leaders gathered in Nairobi for an African Union summit on Monday. Ghana's president met Kenya's president on the sidelines of the summit on Tuesday.", "sidelines", "Nairobi", "KEN", ""},
		{"a visitor lands, then meets the host", "Vietnam's prime minister landed in Manila on Tuesday for a two-day visit. He met President Ferdinand Marcos on Wednesday.", "He met", "Manila", "PHL", ""},
	})
}

// TestPlaceTownPart checks an unknown district that a known town's
// possessive qualifies: the act is placed at the town.
func TestPlaceTownPart(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a district of a city, drones", "Russian drones hit a school in Kharkiv's Saltivskyi district on Friday, wounding five children.", "", "Kharkiv", "UKR", ""},
		{"a neighbourhood of a port city, gunmen", "Gunmen opened fire on worshippers in Karachi's Orangi Town neighbourhood on Sunday, killing three.", "", "Karachi", "PAK", ""},
	})
}

// TestPlaceBorderOfDyad checks fighting told only "along the border" in a
// story of two states that held talks in a third country: it was on their
// border, not at the talks.
func TestPlaceBorderOfDyad(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"talks in a third capital, then border fighting", "Armenia and Azerbaijan agreed on Friday to pull back troops after talks in Brussels hosted by European Council President Charles Michel. The Armenian and Azerbaijani foreign ministers shook hands after the meeting. Two days of fighting along the border had killed at least 15 soldiers.", "Two days", "Armenia", "ARM", ""},
		{"a truce brokered abroad, then frontier clashes", "Kyrgyzstan and Tajikistan agreed to a truce on Monday after talks in Moscow hosted by Russian officials. Kyrgyz and Tajik commanders will meet on Wednesday. Clashes along the frontier had killed 40 people since Thursday.", "Clashes", "Kyrgyzstan", "KGZ", ""},
	})
}
