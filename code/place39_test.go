package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPlace39TownAround checks that an act its own words put only in a
// country is placed at the one town of that country its sentence or the
// next names, and that a statement is not.
func TestPlace39TownAround(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"extradition, town in the next sentence",
			"Colombia extradited a cartel accountant to Spain on Friday. He was flown out of Cartagena under heavy guard, prosecutors said.",
			"extradited", "Cartagena", "COL", ""},
		{"expulsion, town in the next sentence",
			"Peru expelled two Venezuelan diplomats on Monday. Police escorted the pair to the airport in Arequipa the same night.",
			"expelled", "Arequipa", "PER", ""},
		{"extradition, capital in the next sentence",
			"Guatemala extradited a former army colonel to the United States on Thursday. He was led onto a plane at the air force base in Guatemala City.",
			"extradited", "Guatemala City", "GTM", ""},
	})
	x := mustExtract(t, "Kenya accused Uganda of arming cattle raiders on Monday. Officials in Mombasa gave no evidence.", "2025-11-20")
	for _, e := range x.Events {
		if e.Type == truce.Accuse && e.Location != nil && e.Location.Name == "Mombasa" {
			t.Errorf("accusation placed at %q, want no town", e.Location.Name)
		}
	}
}

// TestPlace39Dateline checks that a physical act of the lead sentence that
// only its actors place in a country is at the town of the story's
// dateline, a dash closing it or a comma.
func TestPlace39Dateline(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"second act after a dash dateline",
			"LUSAKA - Zambian police said they had detained two opposition leaders on Monday, hours after gunmen attacked a Zambian police convoy.",
			"", "Lusaka", "ZMB", ""},
		{"beating after tear gas",
			"HARARE - Zimbabwean police fired tear gas at opposition supporters on Friday and then a mob of ruling party youths beat Zimbabwean journalists.",
			"", "Harare", "ZWE", ""},
	})
	for _, text := range []string{
		"LUSAKA - Zambian police said they had detained two opposition leaders on Monday, hours after gunmen attacked a Zambian police convoy.",
		"HARARE - Zimbabwean police fired tear gas at opposition supporters on Friday and then a mob of ruling party youths beat Zimbabwean journalists.",
	} {
		x := mustExtract(t, text, "2025-11-20")
		for _, e := range x.Events {
			if e.Location == nil || e.Location.Precision == "country" {
				t.Errorf("%q: %s placed at %v, want the dateline's town", text, e.Type, e.Location)
			}
		}
	}
}

// TestPlace39Nationwide checks that a state of emergency declared in a
// sentence that names no place covers the country, not the town the story
// was set in before, while one declared "in the city" stays there.
func TestPlace39Nationwide(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"declared after a riot in a town",
			"Protesters burned a police post in Cusco on Monday. The government declared a 30-day state of emergency on Tuesday.",
			"emergency", "Peru", "PER", "Cusco"},
		{"dateline town, president declares",
			"QUITO, May 2 - Gunmen stormed a prison in Quito on Sunday. Ecuador's president declared a 60-day state of emergency on Monday.",
			"emergency", "Ecuador", "ECU", ""},
		{"declared in the city",
			"Rioters looted shops in Cochabamba on Friday. Bolivia's president declared a state of emergency in the city on Saturday.",
			"emergency", "Cochabamba", "BOL", ""},
	})
}

// TestPlace39DashDateline checks that a dateline closed by a dash, not a
// comma ("ZENDA - …"), places a deal of the lead sentence in its town, for
// a party's own capital and for talks hosted in a third country.
func TestPlace39DashDateline(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"party's capital",
			"NAIROBI - Kenya and Ethiopia signed a border security agreement on Monday, officials said.",
			"signed", "Nairobi", "KEN", ""},
		{"talks hosted abroad",
			"DOHA - Sudan's army and the RSF agreed on Sunday to a week-long truce after talks hosted by Qatar.",
			"agreed", "Doha", "QAT", ""},
	})
}
