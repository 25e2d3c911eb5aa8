package code_test

import "testing"

// TestPlaceQuarterOfTown checks a quarter named as a town's ("Suva's
// Chinatown", "the city's Chinatown" after Suva): the gazetteer's
// quarter of that name in another country is not it, the act was in the
// town's country.
func TestPlaceQuarterOfTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a town's possessive", "Rioters torched shops in Port Vila's Chinatown on Saturday, police said.", "torched", "Chinatown", "VUT", ""},
		{"the city's, after the town", "Soldiers patrolled Suva on Sunday after a night in which rioters burned shops in the city's Chinatown.", "burned", "Chinatown", "FJI", ""},
	})
}

// TestPlaceArabicArticle checks a town the gazetteer lacks whose name
// goes on past an Arabic article ("Tell al-Hawa", "Ain el-Helweh"): the
// whole name is kept, not the words before the article.
func TestPlaceArabicArticle(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the village of, al-", "Syrian army helicopters bombed the village of Kafr al-Batikh on Monday, killing two children.", "", "Kafr al-Batikh", "SYR", ""},
		{"near, el-", "Gunmen attacked an Iraqi army checkpoint near Tell el-Zahab on Friday, killing three soldiers.", "", "Tell el-Zahab", "IRQ", ""},
	})
}

// TestPlaceTerrainOf checks a province or range the gazetteer lacks,
// named as the terrain of it ("in the hills of X province", "the forests
// of Y"): the act was there.
func TestPlaceTerrainOf(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the hills of a province", "Philippine soldiers killed three suspected communist rebels in a clash in the hills of Apayao province on Tuesday.", "", "Apayao", "PHL", ""},
		{"the mountains of a province", "Philippine marines clashed with Abu Sayyaf fighters in the mountains of Ifugao on Saturday, killing two.", "", "Ifugao", "PHL", ""},
	})
}

// TestPlaceLongerName checks a known word that ends a longer name the
// gazetteer lacks ("Lanao del Sur" is not Sur in Oman): the act is in
// the town named before it, not at the namesake.
func TestPlaceLongerName(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a town, then its province", "Gunmen threw a grenade at a Philippine army checkpoint in Kapatagan, Lanao del Norte, on Monday, wounding three soldiers.", "", "Kapatagan", "PHL", ""},
		{"the province alone", "Philippine troops clashed with communist guerrillas in Agusan del Sur on Friday, killing four.", "", "Agusan del Sur", "PHL", ""},
	})
}

// TestPlaceUnknownInScene checks a town the gazetteer lacks, in a
// sentence that names no known place, after the story has placed an act
// in a country: it is in that country, not in a foreign actor's.
func TestPlaceUnknownInScene(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a foreign victim", "Three Nigerien soldiers were killed on Monday when their truck hit a mine near Tillaberi in western Niger. A second mine exploded near Tinkim hours later, wounding an American trainer.", "second mine", "Tinkim", "NER", ""},
		{"a foreign ally's drones", "Burkinabe troops and their Turkish allies recaptured the town of Solenzo in western Burkina Faso on Friday. Turkish drones bombed a militant camp near Djibasso the same night.", "drones", "Djibasso", "BFA", ""},
	})
}

// TestPlaceQualifiedRegionAgain checks an act put "in the southern
// province" (a region noun with a plain word before it) after the story
// named the province: it is in that province, not its capital.
func TestPlaceQualifiedRegionAgain(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a direction adjective", "Thousands marched in Bukavu, the capital of Congo's South Kivu province, on Friday against the war. Congolese authorities imposed a curfew in the eastern province on Saturday.", "curfew", "South Kivu", "COD", ""},
		{"a plain adjective", "Protesters gathered in Quetta, the capital of Pakistan's Balochistan province, on Monday. Pakistani police arrested dozens of activists across the restive province the next day.", "arrested", "Balochistan", "PAK", ""},
	})
}

// TestPlaceTownAfterRegion checks a town the gazetteer lacks, named with
// "in" after the trigger, when the sentence named a region before it
// ("Police in X region dispersed crowds who had blocked a road in Y"):
// the act was in the town.
func TestPlaceTownAfterRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a relative clause's blockade", "Police in Kyrgyzstan's Batken region fired tear gas at villagers who had blocked the highway in Vorukh on Sunday.", "", "", "KGZ", "Vorukh"},
		{"a main clause's raid", "Soldiers in Nigeria's Zamfara state raided a bandit camp in Dansadau on Friday, killing nine.", "raided", "Dansadau", "NGA", ""},
	})
}

// TestPlaceNearUnknownByBorder checks a town the gazetteer lacks, named
// with "near" and then placed close to a border: the act was at the
// town, on the victims' side.
func TestPlaceNearUnknownByBorder(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"an ambush by the border", "Nine Chadian soldiers were killed on Sunday when gunmen ambushed their patrol near Ngouboua, close to the border with Nigeria, the army said.", "", "Ngouboua", "TCD", ""},
		{"a raid by the frontier", "Twelve Malian soldiers died on Friday when militants attacked their base near Boulkessi, not far from the frontier with Burkina Faso.", "", "Boulkessi", "MLI", ""},
	})
}
