package code_test

import (
	"testing"
)

// TestEventLocation checks which place of a sentence becomes the location
// of its first event: the place nearest the trigger in its clause, not a
// place that only qualifies another, names an actor, a topic, the origin
// of fire or the far side of a border.
func TestEventLocation(t *testing.T) {
	tests := []struct {
		name, text string
		// want is the location's name or the text that named it; country
		// is its ISO3 code.
		want, country string
	}{
		{"the streets of a capital",
			"Thousands of Cubans took to the streets of Havana on Sunday in protests against food shortages.",
			"Havana", "CUB"},
		{"a direction before a capital",
			"Well over 100,000 people flooded central Minsk on Sunday for a march against the president.",
			"Minsk", "BLR"},
		{"a place in an institution's name",
			"Police broke up a sit-in outside the University of Balochistan in Quetta on Saturday.",
			"Quetta", "PAK"},
		{"a landmark measured from",
			"A roadside bomb struck an army truck near the town of Yathrib, about 80 km north of Baghdad, on Sunday.",
			"Yathrib", "IRQ"},
		{"country's district is the district",
			"Gunmen killed nine farmers in Nigeria's Zamfara state on Tuesday, police said.",
			"Zamfara", "NGA"},
		{"country's building in a city is the city",
			"Police arrested three journalists inside Iran's consulate in Paris on Friday.",
			"Paris", "FRA"},
		{"unknown town before a country",
			"Kenyan troops set up a base near the town of Kolbio in southern Somalia.",
			"Kolbio", "SOM"},
		{"a town's mayor named by title",
			"Police detained Izmir Mayor Cemil Tugay at his home before dawn on Tuesday.",
			"Izmir", "TUR"},
		{"a town's police act in the town",
			"Istanbul police detained dozens of students on Monday.",
			"Istanbul", "TUR"},
		{"a list of names before the town",
			"Rioters angry at the loss of Bunia stormed the offices of Uganda, Kenya and Burundi in Kisangani on Monday.",
			"Kisangani", "COD"},
		{"outside a city",
			"Rebels ambushed an army convoy outside Goma on Sunday.",
			"Goma", "COD"},
		{"near a border named by a demonym",
			"A roadside bomb hit a truck carrying Chadian soldiers near the Libyan border on Monday.",
			"", "TCD"},
		{"its border with a neighbour",
			"Hungary will send 2,000 extra police officers to its border with Serbia, the interior minister said.",
			"", "HUN"},
		{"venue before the topic of talks",
			"The president of Ghana held talks with Nigerian leaders in Abuja on the war in Sudan.",
			"Abuja", "NGA"},
		{"target of fire, not its origin",
			"Militants fired rockets from Gaza at Ashkelon on Sunday, wounding two people.",
			"Ashkelon", "ISR"},
		{"unknown place nearer than a region",
			"Troops withdrew from positions in Dengolo on Friday, and Amhara militias moved in.",
			"Dengolo", "ETH"},
		{"direction kept in the text",
			"Hezbollah deployed its fighters in southern Lebanon on Monday.",
			"southern Lebanon", "LBN"},
		{"place holding a capital's name",
			"Jihadists captured the port of Mocimboa da Praia in northern Mozambique on Sunday.",
			"Mocímboa da Praia", "MOZ"},
		{"district of a city",
			"Soldiers pushed the rebels out of the Khartoum North district of Kafouri.",
			"Khartoum North", "SDN"},
		{"a ceasefire holds where it is signed",
			"Sudan's army and the RSF signed a truce in Jeddah on Sunday.",
			"Jeddah", "SAU"},
		{"a place past a comma loses to one before the trigger",
			"Crowds filled the streets of central Bucharest in large protests, demanding answers for a bridge collapse in Cluj that killed nine.",
			"Bucharest", "ROU"},
		{"marched through a capital",
			"Thousands of students marched through Sofia on Sunday to demand a new election over vote fraud in Plovdiv.",
			"Sofia", "BGR"},
		{"a city inside the country named first",
			"Security forces in Senegal shot dead two protesters during a rally in Dakar on Friday.",
			"Dakar", "SEN"},
		{"the capital in apposition",
			"Foreign instructors have set up a base at an airport in Mali's capital Bamako, officials said.",
			"Bamako", "MLI"},
		{"the town of a place, introduced by in",
			"A mob in the Iraqi city of Kut set fire to a party office on Sunday.",
			"Kut", "IRQ"},
		{"curated town in a province",
			"Militants stormed the village of Solhan in Burkina Faso on Saturday.",
			"Solhan", "BFA"},
		{"unknown region after a country's possessive, before the trigger",
			"Members of a militia in South Sudan's Upper Dengolo region looted a clinic on Monday.",
			"Upper Dengolo", "SSD"},
		{"a capital named in apposition after a comma",
			"Police fired tear gas at protesters in Kenya's capital, Nairobi, on Monday.",
			"Nairobi", "KEN"},
		{"towns listed after including",
			"Russian forces shelled towns inside Ukraine, including Kupiansk and Izium, on Monday.",
			"Kupiansk", "UKR"},
		{"a capital the troops left",
			"The last German troops left Niamey on Sunday, completing their withdrawal.",
			"Niamey", "NER"},
		{"the far side of a crossing",
			"Polish police fired tear gas on Monday at migrants massed on the Belarusian side of the Kuznica crossing.",
			"Kuźnica", "POL"},
		{"a named area of a capital",
			"A gang that controls the Bel Air area of Port-au-Prince killed 12 people on Sunday.",
			"Port-au-Prince", "HTI"},
		{"a capital's airport with a relative clause",
			"Chinese troops moved into a base near Bamako's airport that also hosts Russian instructors on Friday.",
			"Bamako", "MLI"},
		{"a visit lands in a city of the visited country",
			"The Japanese prime minister landed in Manila on Monday, the first visit by a Japanese leader to the Philippines in years.",
			"Manila", "PHL"},
		{"a region's forces are an actor, not the place",
			"Heavy fighting between Somaliland's forces and clan militias raged on the edges of the town of Las Anod on Sunday.",
			"Las Anod", "SOM"},
		{"a city named as an adjective",
			"A Karachi court jailed a Pakistani opposition leader on Monday, and police fired tear gas at crowds outside the court building.",
			"Karachi", "PAK"},
		{"a town of a region after a demonym",
			"Settlers rampaged through the Palestinian town of Huwara in the West Bank on Sunday, torching cars.",
			"Huwara", "PSE"},
		{"in the capital of the state actor's country",
			"The Nigerien president declared a state of emergency in the capital on Friday.",
			"Niamey", "NER"},
		{"a part of the capital, with an armed group's country",
			"Jets pounded M23 hideouts on the northern outskirts of the capital on Thursday.",
			"Kinshasa", "COD"},
		{"there points back at the town, not its province",
			"Troops returned to Damasak in Borno state on Friday, days after insurgents overran an army base there.",
			"Damasak", "NGA"},
		{"a disputed site",
			"Israeli artillery shelled the Shebaa Farms on Tuesday, the Lebanese army said.",
			"Shebaa Farms", "LBN"},
		{"a country's capital",
			"Authorities in Mali's capital imposed a night curfew on Sunday after clashes.",
			"Bamako", "MLI"},
		{"a site named after its town",
			"Russian troops occupying the Zaporizhzhia nuclear plant shelled a convoy on Sunday.",
			"Zaporizhzhia", "UKR"},
		{"a palace in a city",
			"The Colombian president met his Venezuelan counterpart at the Miraflores palace in Caracas on Tuesday.",
			"Caracas", "VEN"},
		{"during a visit to a capital",
			"The Hungarian prime minister praised Georgia's election as fair and clean during a visit to Tbilisi on Monday.",
			"Tbilisi", "GEO"},
		{"a base an apposition places in a country's region",
			"In Maaten al-Sarra, a desert air base in southeastern Libya, gunmen killed two soldiers on Sunday.",
			"Maaten al-Sarra", "LBY"},
		{"deployed across the country",
			"Venezuela will deploy militia members across the country after threats from Washington, the president said.",
			"Venezuela", "VEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			if len(x.Events) == 0 {
				t.Fatalf("no event from %q", tt.text)
			}
			loc := x.Events[0].Location
			if loc == nil {
				t.Fatalf("no location for %q", tt.text)
			}
			if tt.want != "" && loc.Name != tt.want && loc.Text != tt.want {
				t.Errorf("location = %q (text %q), want %q", loc.Name, loc.Text, tt.want)
			}
			if loc.Country != tt.country {
				t.Errorf("country = %q, want %q", loc.Country, tt.country)
			}
		})
	}
}
