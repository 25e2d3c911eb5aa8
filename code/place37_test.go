package code_test

import "testing"

// TestPlace37Destination checks that troops or aid sent to a place the
// gazetteer lacks are placed there, with or without a unit noun after
// the name, and that a qualifier before a common noun ("Bordurian
// troops") is not read as a destination.
func TestPlace37Destination(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"police deployed to a town the gazetteer lacks",
			"Kenya deployed 200 police officers to Garbatula on Monday after clan clashes.",
			"deployed", "Garbatula", "KEN", ""},
		{"a passive dispatch to a named village",
			"Soldiers and police were sent to Lokiriama village to look for the missing herders.",
			"sent", "Lokiriama", "", ""},
		{"a region flown into",
			"The Ruritanian army flew 300 more troops into the Hentzau Valley region on Sunday.",
			"flew", "Hentzau Valley", "", ""},
		{"medical teams sent by an agency",
			"The Red Cross said it was sending medical teams to Kalobeyei to treat the wounded.",
			"sending", "Kalobeyei", "", ""},
	})
	x := mustExtract(t, "Ruritania sent weapons to Bordurian troops on Monday.", "2025-11-20")
	for _, ev := range x.Events {
		if ev.Location != nil && ev.Location.Text == "Bordurian" {
			t.Errorf("a demonym before a common noun was read as a destination: %+v", ev.Location)
		}
	}
}

// TestPlace37DatelineTalks checks that a deal the lead sentence of a wire
// story puts only in a country is placed at the dateline's town when the
// sentence tells of the talks there, though no party belongs to that
// town's country, and that a deal whose sentence names its own place keeps
// it.
func TestPlace37DatelineTalks(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a third country hosts the talks",
			"ADDIS ABABA - Sudan and South Sudan agreed on Monday to reopen their border, Ethiopia's prime minister said after hosting talks between the two leaders.",
			"agreed", "Addis Ababa", "ETH", ""},
		{"hours of talks at the dateline",
			"DOHA, Qatar, May 2 - Rwanda and Congo reached a framework deal late on Friday after two days of talks with American and Qatari envoys.",
			"reached", "Doha", "QAT", ""},
		{"the deal names its own place",
			"DOHA - Rwanda and Congo agreed after talks on Friday to open a joint border post in Goma.",
			"agreed", "Goma", "COD", ""},
	})
}

// TestPlace37Compass checks that a compass point between the four
// ("northwest", "south-east") before a country's possessive lets the
// province that follows place the town the gazetteer lacks named before
// it.
func TestPlace37Compass(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"northwest before the country",
			"Gunmen abducted 20 pupils from a school in Gidan Bakuso, in northwest Nigeria's Zamfara state, on Tuesday.",
			"abducted", "Gidan Bakuso", "NGA", ""},
		{"south-east before the country",
			"Militiamen burned 40 homes in Kibanda, in south-east Congo's Tanganyika province, on Friday.",
			"burned", "Kibanda", "COD", ""},
	})
}

// TestPlace37DeploymentCarried checks that a deployment told right after
// an attack at a village, in a sentence that names no place, went there.
func TestPlace37DeploymentCarried(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"troops sent after a raid on a village",
			"Bandits killed nine farmers in Gidan Bakuso, in Nigeria's Zamfara state, on Monday, residents said. Soldiers were sent into the nearby forest to hunt the attackers.",
			"Soldiers", "Gidan Bakuso", "NGA", ""},
		{"reinforcements after a clash in a town",
			"Herders and farmers fought with machetes in Bekono, in Chad's Mandoul province, on Thursday. Gendarmes were deployed overnight to keep the two sides apart.",
			"Gendarmes", "Bekono", "TCD", ""},
	})
}
