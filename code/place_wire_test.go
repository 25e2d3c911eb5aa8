package code_test

import (
	"testing"
)

// TestPlaceWire checks constructions met in text written blind: a region
// named with a lower-case unit noun after it keeps the name as written.
func TestPlaceWire(t *testing.T) {
	probePlaces(t, []placeProbe{
		// the site of the act just told, named again
		{"a foreign group attacks the outpost just built", "Turkish soldiers set up a new outpost on a hill near Amadiya on Monday, the town's mayor said. PKK guerrillas attacked the outpost with rockets on Wednesday night.", "guerrillas", "Amadiya", "IRQ", ""},
		{"the ensuing shootout after an ambush", "Serbian gunmen ambushed a police patrol near the town of Zvecan on Monday, killing an officer. Two gunmen were killed in the ensuing shootout with Kosovo special forces.", "ensuing", "", "XKX", ""},
		{"the city's quarter after a grenade in the city", "Militants hurled a grenade at a bus stand in Jammu on Friday. Police said soldiers had shot dead two Afghan fighters a day earlier in the city's Old Town quarter.", "Afghan", "Jammu", "IND", ""},
		// a region across borders, on the actors' side
		{"a lake shared by four countries, struck by one's jets", "Cameroonian jets bombed a jihadist camp on an island on Lake Chad on Thursday, the army said.", "", "Lake Chad", "CMR", ""},
		{"a lake shared by two countries, a rebel attack on one's troops", "Rebels attacked Rwandan soldiers on the shore of Lake Kivu on Monday.", "", "Lake Kivu", "RWA", ""},
		// "in the region", a region named before
		{"curfew in the province after a riot in its capital", "Rioters torched shops in Jayapura, the capital of Indonesia's Papua province, on Tuesday. Police imposed a curfew across the province on Wednesday.", "curfew", "Papua", "IDN", ""},
		{"troops sent into the state after clashes in a town", "Ethnic militias clashed in Churachandpur in India's Manipur state on Monday. The army deployed 5,000 soldiers in the state on Tuesday.", "deployed", "Manipur", "IND", ""},
		// an unknown town in a named region of a country
		{"unknown village in Cameroon's Far North", "Jihadists raided the village of Tourou, in Cameroon's Far North region, overnight, killing four herders.", "", "Tourou", "CMR", ""},
		{"a region named alone", "Separatist fighters burned a school in the North-West region of Cameroon on Monday.", "", "Northwest", "CMR", ""},
		// a unit noun after the name
		{"region after an oblast's name", "About 3,000 Belarusian troops have moved into Russia's Belgorod region.", "", "Belgorod", "RUS", ""},
		{"region after a Somali region's name", "Twenty militants handed over their guns to soldiers in Bay region on Friday.", "", "Bay", "SOM", ""},
	})
}

// TestPlaceTold checks an event placed by the next sentence, which only
// says where it happened.
func TestPlaceTold(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"took place near a town", "Suspected jihadists ambushed a police patrol on Tuesday, killing five officers. The ambush took place near Kayes, local officials said.", "ambushed", "Kayes", "MLI", ""},
		{"happened in a town", "Gunmen stormed a church during Sunday mass and killed nine worshippers. The attack happened in Owo, police said.", "stormed", "Owo", "NGA", ""},
		{"occurred outside a city", "Bandits kidnapped 14 travellers on Friday. The abduction occurred outside Kaduna, a police spokesman said.", "kidnapped", "Kaduna", "NGA", ""},
	})
}

// TestPlaceAllEvents checks that every event of a text is placed at one
// town: a town called the capital of the region named after it holds
// every act of its sentence, whatever clause the trigger is in.
func TestPlaceAllEvents(t *testing.T) {
	tests := []struct{ name, text, want, country string }{
		{"capital of a province, protest told after the apposition",
			"Riot police beat students who had gathered outside the main university in Quetta, the capital of Pakistan's Balochistan province, after classes to protest against fee rises.",
			"Quetta", "PAK"},
		{"capital of a province, mourners",
			"Mourners who had gathered outside the cathedral in Kananga, the capital of Congo's Kasai-Central province, after mass to protest were beaten by police.",
			"Kananga", "COD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			if len(x.Events) == 0 {
				t.Fatalf("no event from %q", tt.text)
			}
			for _, e := range x.Events {
				loc := e.Location
				if loc == nil || loc.Name != tt.want && loc.Text != tt.want || loc.Country != tt.country {
					t.Errorf("%s event placed at %+v, want %s in %s", e.Type, loc, tt.want, tt.country)
				}
			}
		})
	}
}
