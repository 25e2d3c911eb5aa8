package code_test

import "testing"

// TestPlaceProbeLater checks constructions where the place of an event is
// named away from its trigger or with words around it: "nearby" or "in
// the same district" pointing back, a town with its district or province,
// a relative clause, a road named by its two ends, a kind of place before
// "of" ("the commune of"), and an "X-based" or "X-born" word that must not
// be taken for the place. It also checks that a country already named wins
// for a town name found in several countries, and that the end of a longer
// Arabic name is not read as a town elsewhere ("Maarat al-Numan").
func TestPlaceProbeLater(t *testing.T) {
	probePlaces(t, []placeProbe{
		// pointing back
		{"nearby points back", "Rebels seized the town of Walikale on Monday. Army jets bombed rebel positions nearby on Tuesday.", "bombed", "Walikale", "COD", ""},
		{"same district points back", "Maoists killed two villagers in Sukma district on Monday. Police killed four rebels in the same district on Thursday.", "Police killed", "Sukma", "IND", ""},
		{"in the area, second sentence", "Jihadists overran an army post near Djibo on Sunday. Air strikes in the area killed 20 fighters on Monday.", "Air strikes", "Djibo", "BFA", ""},
		{"there points back", "Troops entered Bentiu on Thursday. Clashes there killed six civilians.", "Clashes", "Bentiu", "SSD", ""},
		// a town with its district or province around it
		{"town, comma, province", "Gunmen kidnapped 12 travellers near Birnin Gwari, Kaduna state, on Friday.", "", "Birnin Gwari", "NGA", ""},
		{"town in district of province", "A roadside bomb killed four soldiers in Mir Ali in North Waziristan on Tuesday.", "", "Mir Ali", "PAK", ""},
		{"district, comma, region", "Police fired on protesters in Kasese, western Uganda, on Monday.", "", "Kasese", "UGA", ""},
		// X-based, X-born
		{"a Nairobi-based mediator", "The Nairobi-based mediator said militias burned homes in Rutshuru on Monday.", "", "Rutshuru", "COD", ""},
		{"a London-born fighter", "A London-born militant was killed in a drone strike near Raqqa on Sunday.", "", "Raqqa", "SYR", ""},
		{"an Istanbul-based channel", "Security forces arrested a reporter of an Istanbul-based channel in Hasakah on Thursday.", "", "Hasakah", "SYR", ""},
		// a named country wins for a town in several countries
		{"Tripoli in Lebanon", "In Lebanon, gunmen clashed with soldiers in Tripoli on Friday.", "", "Tripoli", "LBN", ""},
		{"Hyderabad in Pakistan", "Pakistani police arrested 15 protesters in Hyderabad on Sunday.", "", "Hyderabad", "PAK", ""},
		{"Kano in Nigeria", "Nigerian police fired tear gas at protesters in Kano on Monday.", "", "Kano", "NGA", ""},
		{"Salamiyah in Syria", "Syrian government troops shelled rebel positions near Salamiyah on Tuesday.", "", "", "SYR", ""},
		{"Maarat al-Numan in Syria", "Syrian warplanes bombed a market in Maarat al-Numan on Monday, killing 12 people.", "", "", "SYR", ""},
		{"San Jose in Costa Rica", "Costa Rican police arrested 20 suspected drug traffickers in San Jose on Wednesday.", "", "", "CRI", ""},
		{"Cordoba in Argentina", "Argentine police detained 12 protesters in Cordoba on Friday.", "", "", "ARG", ""},
		// village, town, outskirts, distances, roads
		{"the village of, in a country", "Soldiers killed 11 civilians in the village of Solenzo in Burkina Faso on Sunday.", "", "Solenzo", "BFA", ""},
		{"the town of, in a province", "Insurgents attacked the town of Palma in Cabo Delgado on Wednesday.", "", "Palma", "MOZ", ""},
		{"the outskirts of a city", "Russian shells hit the outskirts of Zaporizhzhia overnight, wounding three people.", "", "Zaporizhzhia", "UKR", ""},
		{"some km north of", "Gunmen killed six farmers some 25 km north of Maiduguri on Saturday.", "", "Maiduguri", "NGA", ""},
		{"about miles west of", "A roadside bomb killed two soldiers about 15 miles west of Kirkuk on Tuesday.", "", "Kirkuk", "IRQ", ""},
		{"the road between two towns", "Bandits ambushed a bus on the road between Kaduna and Abuja on Thursday.", "", "Kaduna", "NGA", ""},
		{"the highway linking two towns", "Gang members attacked a truck on the highway linking Port-au-Prince and Mirebalais on Monday.", "", "Port-au-Prince", "HTI", ""},
		{"the outskirts of a small town", "Al-Shabaab fighters attacked an army base on the outskirts of Beledweyne on Friday.", "", "Beledweyne", "SOM", ""},
		// relative clauses
		{"province, where fighters", "Troops were deployed on Monday to Cabo Delgado, where insurgents killed 15 villagers last week.", "killed", "Cabo Delgado", "MOZ", ""},
		{"in a town, where a group attacked", "Residents fled Beni, where ADF rebels killed 20 people on Sunday.", "killed", "Beni", "COD", ""},
		{"in a city which was shelled", "Aid workers reached Kherson, which Russian forces shelled on Tuesday.", "shelled", "Kherson", "UKR", ""},
		// the place opening the sentence
		{"in a city, opener", "In Goma, M23 rebels detained 30 young men on Saturday.", "", "Goma", "COD", ""},
		{"at a town, opener", "At Timbuktu, jihadists fired shells on the airport on Friday.", "", "Timbuktu", "MLI", ""},
		{"near a town, opener", "Near Bakhmut, Russian forces shelled Ukrainian trenches on Monday.", "", "Bakhmut", "UKR", ""},
		// dateline-like leads and speakers
		{"city then said", "Militants killed five soldiers in Zhob on Wednesday, the Pakistani army said.", "", "Zhob", "PAK", ""},
		{"officials elsewhere", "Officials in Addis Ababa said Fano fighters attacked Bahir Dar on Sunday.", "", "Bahir Dar", "ETH", ""},
		{"a ministry in a capital says", "The interior ministry in Bamako said gunmen killed 10 civilians near Bandiagara.", "", "Bandiagara", "MLI", ""},
		// places named with their kind
		{"a province with its noun first", "Militants attacked a checkpoint in the province of Diyala on Friday.", "", "Diyala", "IRQ", ""},
		{"a state with its noun first", "Bandits killed 20 villagers in the state of Zamfara on Monday.", "", "Zamfara", "NGA", ""},
		{"a governorate", "Israeli strikes killed four people in Nabatieh governorate on Sunday.", "", "Nabatieh", "LBN", ""},
		{"a commune", "Jihadists killed nine Malian soldiers in the commune of Tessit on Thursday.", "", "Tessit", "MLI", ""},
		// movements and meetings
		{"talks in a city", "Venezuelan and Guyanese ministers met in Brasilia on Thursday.", "", "Brasília", "BRA", ""},
		{"signed in a city", "Rwanda and Congo signed a peace deal in Washington on Friday.", "", "Washington", "USA", ""},
		{"deported from a city", "Police in Lahore arrested 30 Afghan migrants on Sunday.", "", "Lahore", "PAK", ""},
		{"hostages freed in a town", "Soldiers freed 15 hostages in Kebbi state on Tuesday.", "", "Kebbi", "NGA", ""},
	})
}
