package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex29PickedUp checks people "picked up" from where they live or
// study by the police or by men described by their dress: the place may
// take any determiner ("from a dormitory", "from the house") and the
// person may carry a name in apposition. Each text is in our own words.
func TestLex29PickedUp(t *testing.T) {
	wantEvents(t, truce.Coerce, "arrest", []sidesCase{
		{"a dormitory", "Police picked up three Somali students from a dormitory in Garissa on Tuesday night.", "KENCOP", ""},
		{"the house", "Plainclothes detectives picked up two Tamil activists from the house in Jaffna late on Friday.", "", ""},
		{"named in apposition", "Police picked up a local trader, Omar Saleh, from his shop in Mombasa on Monday.", "KENCOP", ""},
	})
}

// TestLex29UnnamedMenAbduct checks that people taken away by men told only
// by their dress are abducted, not arrested, whatever the verb of taking.
func TestLex29UnnamedMenAbduct(t *testing.T) {
	wantEvents(t, truce.Assault, "abduct", []sidesCase{
		{"picked up", "Men in plain clothes picked up a Sindhi poet from his home in Larkana on Thursday night, his brother said.", "", ""},
		{"at her flat", "Men in plain clothes picked up a union organiser at her flat in Bulawayo on Monday.", "", ""},
		{"balaclavas", "Men in black balaclavas picked up an opposition organiser, Dario Mendez, from a hotel in Maracay on Tuesday.", "", ""},
	})
}

// TestLex29UniformedMenArrest checks that men in uniform, who are
// soldiers, still arrest, as do men in plain clothes told with a verb of
// custody.
func TestLex29UniformedMenArrest(t *testing.T) {
	wantEvents(t, truce.Coerce, "arrest", []sidesCase{
		{"uniform", "Men in uniform picked up three fishermen from their homes near the port of Kribi on Friday.", "", ""},
		{"custody verb", "Men in plain clothes arrested two student leaders outside the university in Harare on Monday.", "", ""},
	})
}

// TestLex29LongObjects checks an expulsion and an abduction whose object
// runs past four words before the words that close the act.
func TestLex29LongObjects(t *testing.T) {
	wantEvents(t, truce.Sanction, "expel", []sidesCase{
		{"expel executives", "Chad's government ordered four senior Canadian mining company managers to leave the country within 72 hours on Friday.", "TCDGOV", ""},
		{"expel staff", "Mali ordered nine staff of the Swedish embassy and consulate to leave within 48 hours.", "MLIGOV", ""},
	})
	wantEvents(t, truce.Assault, "abduct", []sidesCase{
		{"bundled", "Masked men bundled the party's regional campaign coordinator Lina Varga into a white minibus in Sucre on Monday.", "", ""},
	})
}
