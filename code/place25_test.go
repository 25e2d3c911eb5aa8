package code_test

import "testing"

// TestPlaceDatelineYields checks an article that opens with a wire
// dateline ("TOWN, Country -"): the town the story is filed from is not
// where an act happened when the sentence names another place, even one
// the gazetteer lacks, or a province the dateline town lies in.
func TestPlaceDatelineYields(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"an unknown district after a dateline with its country", "KANDAHAR, Afghanistan - Gunmen killed four policemen at a checkpoint in Maiwandak district on Tuesday, officials said.", "", "Maiwandak", "AFG", ""},
		{"an unknown village after a bare dateline", "MOMBASA - Police fired tear gas at protesting traders in Kibokoni village on Friday, witnesses said.", "", "Kibokoni", "KEN", ""},
		{"the village of, after a dateline", "DAVAO - Soldiers clashed with communist rebels near the village of Tagumbaya on Sunday, the army said.", "", "Tagumbaya", "PHL", ""},
		{"a province around the dateline town", "PESHAWAR - Authorities imposed a curfew across Khyber Pakhtunkhwa province on Monday after riots.", "", "Khyber Pakhtunkhwa", "PAK", ""},
	})
}

// TestPlaceNamedCrossing checks a border crossing named for an act: people
// sent or goods passed "through the Chaman crossing" went through it, and
// a crossing the gazetteer lacks ("reopened the Gbalamuya border
// crossing") is where the act happened rather than the countries it joins.
func TestPlaceNamedCrossing(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"deported through a known crossing", "Pakistani authorities deported more than 900 Afghans through the Chaman crossing on Friday, officials said.", "", "Chaman crossing", "PAK", ""},
		{"deported into a country through a known crossing", "Pakistan deported 400 Afghan refugees into Afghanistan through the Ghulam Khan crossing on Thursday.", "", "Ghulam Khan", "PAK", ""},
		{"an unknown crossing reopened by two states", "Guinea and Sierra Leone reopened the Gbalamuya border crossing on Thursday after a two-month closure.", "", "Gbalamuya", "GIN", ""},
		{"an unknown border post closed", "Senegal closed the Kidira border post with Mali on Sunday, citing security concerns.", "", "Kidira", "SEN", ""},
	})
}

// TestPlaceInWhenClause checks an act whose own clause names no place
// but whose "as", "when" or "while" clause right after it does: the
// victims were there when it happened.
func TestPlaceInWhenClause(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"as they left", "Gunmen kidnapped three Kenyan nurses as they left a clinic in Ndovuni on Tuesday, police said.", "", "Ndovuni", "KEN", ""},
		{"killed when, a base near", "Twelve Malian soldiers were killed when insurgents overran their base near Tindirma on Sunday, the army said.", "", "Tindirma", "MLI", ""},
		{"while walking, village of", "A roadside bomb killed two Pakistani farmers while they were walking to their fields in the village of Kalamboli, officials said.", "", "Kalamboli", "PAK", ""},
	})
}

// TestPlaceOpeningUnknown checks a sentence that opens with the place of
// its act, a place the gazetteer lacks ("In Kibarani, a few miles away,
// police fired …"): the act was there, not at the town of the act told
// in the sentence before.
func TestPlaceOpeningUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"in a town, a few miles away", "Riot police dispersed striking dockworkers in Mombasa on Monday. In Kibarani, a few miles away, officers fired tear gas at a second crowd.", "Kibarani", "Kibarani", "KEN", ""},
		{"in a neighbouring district", "A car bomb killed nine soldiers in Kandahar on Friday. In neighbouring Kharwandi district, insurgents stormed a police post and seized weapons.", "Kharwandi", "Kharwandi", "AFG", ""},
		{"in a nearby village, however", "Farmers marched peacefully through Multan on Sunday. In nearby Chak Ramdas, however, police beat protesters with batons.", "Chak Ramdas", "Chak Ramdas", "PAK", ""},
	})
}

// TestPlaceRoadNamedForTowns checks a road named for the towns it joins:
// an act on it was at the place the sentence puts it in, not at the town
// that opens the road's name.
func TestPlaceRoadNamedForTowns(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a march along a highway in an unknown town", "Thousands of farmers marched along the Lahore-Multan highway in Okarawal on Wednesday to demand higher prices.", "", "Okarawal", "PAK", ""},
		{"a blockade near an unknown town", "Hundreds of truckers blocked the Kabul-Jalalabad highway near Surobikhel on Monday to protest against new tolls.", "", "Surobikhel", "AFG", ""},
		{"a march along a highway in a known district", "Hundreds of teachers marched along the Islamabad-Peshawar motorway in Attock district on Friday.", "", "Attock", "PAK", ""},
	})
}
