package code_test

import "testing"

// TestPlace34FeatureName checks that a feature noun after a place's name
// ("valley", "falls", "junction", "Road") stays in the text the place was
// named with, while the name keeps the bare word.
func TestPlace34FeatureName(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a valley the gazetteer lacks",
			"Soldiers shelled hamlets in the Zendora valley on Friday, killing two farmers, officials in Kashmir said.",
			"shelled", "Zendora valley", "IND", ""},
		{"waterfalls near which a bomb went off",
			"A roadside bomb exploded near the Hentza falls on Monday, wounding four soldiers, the army said.",
			"exploded", "Hentza falls", "", ""},
		{"a known town's road",
			"Ugandan police fired tear gas at traders who had sat down on Jinja Road on Tuesday.",
			"fired tear gas", "Jinja Road", "UGA", ""},
	})
}

// TestPlace34DatelineTown checks that "the state capital" or "the Hentz
// capital" of a wire story's own province is the town the story is filed
// from, and that a national capital or a story naming another town first
// is left alone.
func TestPlace34DatelineTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the state capital",
			"HERMOSILLO, Mexico - Gunmen attacked a bar in the state capital late on Friday, killing nine people, prosecutors said.",
			"attacked", "Hermosillo", "MEX", ""},
		{"a province's capital",
			"SEMARANG, Indonesia - A man blew himself up outside a church in the Central Java capital on Sunday, wounding three worshippers, police said.",
			"blew", "Semarang", "IDN", ""},
	})
	probePlaces(t, []placeProbe{
		{"another town named first",
			"HERMOSILLO, Mexico - Gunmen attacked a bar in Nogales on Friday. Police later clashed with a gang in the state capital.",
			"clashed", "", "MEX", ""},
	})
	x := mustExtract(t, "HERMOSILLO, Mexico - Gunmen attacked a bar in Nogales on Friday. Police later clashed with a gang in the state capital.", "2025-11-20")
	for _, e := range x.Events {
		if e.Location != nil && e.Location.Name == "Hermosillo" {
			t.Errorf("event %s placed at the dateline though the story named Nogales first", e.Type)
		}
	}
}

// TestPlace34TalksVenue checks that a deal or a meeting is placed where
// the talks were held, not in the region they were about, while a truce
// the sentence puts "in" a place holds there and a topic after the talks
// noun is no venue.
func TestPlace34TalksVenue(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"talks on an island",
			"Armenia and Azerbaijan agreed on Friday to stop patrols near the disputed Tavush region, after talks on the island of Malta brokered by European envoys.",
			"agreed", "Malta", "MLT", ""},
		{"a meeting at a secretariat in a third country's capital",
			"Egypt and Sudan agreed on Monday to reopen their consulates, following a meeting of their delegations at the African Union's headquarters in Addis Ababa.",
			"agreed", "Addis Ababa", "ETH", ""},
		{"agreed in a town, truce elsewhere",
			"The foreign ministers of Burundi and Rwanda agreed in Nairobi on Monday to a ceasefire in eastern Congo.",
			"agreed", "Nairobi", "KEN", ""},
	})
	x := mustExtract(t, "Joe Biden will host Xi Jinping in California on Nov. 15 for talks on the war in Ukraine, the White House said.", "2025-11-20")
	for _, e := range x.Events {
		if e.Location != nil && e.Location.Country == "UKR" {
			t.Errorf("%s placed in the topic of the talks: %+v", e.Type, e.Location)
		}
	}
}

// TestPlace34CapitalLater checks that an act "in the capital", told in a
// sentence that names no place, is in the capital of the story's country,
// not in the town the sentence before named.
func TestPlace34CapitalLater(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"march in the capital after a shooting elsewhere",
			"A driver shot dead two nurses at a roadblock near Chepo in Panama on Monday, police said. Thousands of nurses marched in the capital the same day to demand higher pay.",
			"marched", "Panama City", "PAN", ""},
	})
}

// TestPlace34Republic checks that "the Republic of" a region is a place
// noun as "the province of" is: the act is in the region.
func TestPlace34Republic(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"autonomous republic",
			"Uzbekistan's government imposed a curfew in the autonomous Republic of Karakalpakstan on Sunday after rioting.",
			"curfew", "Karakalpakstan", "UZB", ""},
	})
}

// TestPlace34TownBesideCity checks that a town the gazetteer lacks, set
// by a comma beside a known city it lies near ("in Zenda, on the outskirts
// of Strelsau", "in Zenda, east of Strelsau"), is where the act was.
func TestPlace34TownBesideCity(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"on the outskirts of",
			"In Kitengela, on the outskirts of Nairobi, police shot dead a teenage protester on Tuesday.",
			"shot", "Kitengela", "KEN", ""},
		{"east of a city, in an after clause",
			"Gang members abducted five nuns after they had visited a clinic in Croix-Fer, east of Port-au-Prince, on Sunday, police said.",
			"abducted", "Croix-Fer", "HTI", ""},
	})
}

// TestPlace34Banks checks that the banks or shores of a river or lake the
// gazetteer lacks place an act there, as "the hills of" do.
func TestPlace34Banks(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"both banks of a river",
			"Colombian and Ecuadorian troops raided illegal gold mines on both banks of the Mataje river on Friday, detaining 19 people.",
			"raided", "Mataje", "COL", ""},
	})
}

// TestPlace34LocalOffice checks that the name after "the village chief
// of" or "the mayor of" is a place the gazetteer lacks, where an act on
// the office-holder happened.
func TestPlace34LocalOffice(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"village chief of",
			"Gunmen in northern Togo abducted the village chief of Koundjoare and two of his sons overnight, officials said.",
			"abducted", "Koundjoare", "TGO", ""},
	})
}
