package code_test

import "testing"

// TestPlace36DemonymCapital checks that "the Cuban capital" names the
// capital of the demonym's country, even when the sentence names another
// place in a later clause, and that "capital" as a modifier or a capital
// named right after is left alone.
func TestPlace36DemonymCapital(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a visit to a capital named by its demonym",
			"Chad's foreign minister arrived in the Sudanese capital on Monday for talks with the army chief.",
			"arrived", "Khartoum", "SDN", ""},
		{"a protest in a capital named by its demonym",
			"Police fired tear gas at protesters in the Ugandan capital on Tuesday.",
			"tear gas", "Kampala", "UGA", ""},
		{"talks there outrank a place in a later clause",
			"The two envoys will meet in the Qatari capital on Friday, weeks after the president returned to the White House.",
			"meet", "Doha", "QAT", ""},
		{"a capital named right after stays as written",
			"Russian missiles struck the Ukrainian capital, Kyiv, on Monday, killing two people.",
			"struck", "Kyiv", "UKR", ""},
		{"a capital the dateline names keeps the dateline's spelling",
			"NUR-SULTAN - Envoys of Russia, Iran and Turkey met in the Kazakh capital on Thursday for talks on Syria.",
			"met", "NUR-SULTAN", "KAZ", ""},
	})
	x := mustExtract(t, "The Kenyan capital markets regulator suspended two brokers in Mombasa on Monday.", "2025-11-20")
	for _, ev := range x.Events {
		if ev.Location != nil && ev.Location.Name == "Nairobi" {
			t.Errorf("capital as a modifier placed an event in Nairobi: %+v", ev.Location)
		}
	}
}

// TestPlace36FlightEnd checks that where a flight takes the people an
// act sends away is not where the act happened.
func TestPlace36FlightEnd(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"prisoners freed and flown abroad",
			"Belarus freed 14 political prisoners on Friday and put them on a flight to Vilnius.",
			"freed", "", "BLR", ""},
		{"the flight's end named after the deportation itself",
			"Malaysia deported 60 Myanmar nationals on Thursday, putting them on a chartered flight to Yangon.",
			"deported", "", "MYS", ""},
		{"a crew refused entry and flown back",
			"Border guards at Tbilisi airport refused entry to two Russian reporters on Sunday and put them on a plane back to Moscow.",
			"refused", "Tbilisi", "GEO", ""},
	})
}

// TestPlace36SceneSide checks that an act told right after an act at a
// town, in a sentence that names no place, is at that town when one of
// its sides belongs to the town's country, though another side is
// foreign or its actors put it in another country.
func TestPlace36SceneSide(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"foreign drones strike the fighters of the scene",
			"Israeli forces killed four Palestinian gunmen in the Jenin refugee camp on Wednesday, the health ministry said. Israeli drones also struck a house used by the fighters, the military said.",
			"drones also struck", "Jenin", "PSE", ""},
		{"foreign jets strike the rebels of the scene",
			"Rebels attacked an army post near Kidal on Monday, killing six soldiers. French jets later struck the rebels as they withdrew, the army said.",
			"French jets", "Kidal", "MLI", ""},
		{"the victims' country gave the place, the doers are the scene's",
			"Serb youths threw stones at police outside the town hall in Zvecan on Monday. Serbian officials said 20 Serbs were hurt when Kosovo police fired tear gas.",
			"Kosovo police fired", "Zvečan", "XKX", ""},
		{"foreign soldiers hit by the scene's troops",
			"Rebels ambushed an army convoy near Beni on Sunday. Ugandan officials said three of their soldiers were killed when Congolese troops fired on them by mistake.",
			"Congolese troops", "Beni", "COD", ""},
	})
}

// TestPlace36ActorPlace checks that a country that only says where the
// side of an act is ("Police in Kenya") yields to the town the rest of
// the sentence puts the act in, in any clause, but not to a town that
// only says where a teller is.
func TestPlace36ActorPlace(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a victim shot in a town named in a relative clause",
			"Police in Kenya opened fire on protesters on Tuesday, wounding two men who were shot in the port city of Mombasa.",
			"opened fire", "Mombasa", "KEN", ""},
		{"a toll told in a town after a comma",
			"Soldiers in Nigeria fired on a crowd of traders on Monday, killing a woman who was hit in the northern city of Kano.",
			"fired on", "Kano", "NGA", ""},
		{"a region named with its country's possessive",
			"Rebels in Mali's Kidal region ambushed an army convoy on Sunday, killing four soldiers near the town of Tessalit.",
			"ambushed", "Tessalit", "MLI", ""},
		{"a town that places only the teller",
			"Police in Kenya detained 30 protesters on Monday, officials in Mombasa said.",
			"detained", "Kenya", "KEN", ""},
	})
}
