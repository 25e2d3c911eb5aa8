package code_test

import "testing"

// TestPlaceApposedBeforeTrigger checks a town the gazetteer lacks that
// the sentence names before the act, with an apposition placing it in a
// province: the act was at the town, not in the province.
func TestPlaceApposedBeforeTrigger(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"crowd in an unknown town, a town in a state",
			"A crowd in Kubwa Dala, a town in Nigeria's Kano state, lynched a man accused of stealing a motorbike on Friday.",
			"lynched", "Kubwa Dala", "NGA", ""},
		{"residents of an unknown village, a village in a province",
			"Residents of Tsirkveli, a village in Georgia's Kakheti region, blocked the main road for three days on Monday.",
			"blocked", "Tsirkveli", "GEO", ""},
		{"clashes in an unknown village, a described village in a county",
			"Clashes between rival herders in Loruk Ngiro, a farming village in Kenya's Baringo county, killed four people on Sunday.",
			"killed", "Loruk Ngiro", "KEN", ""},
	})
}

// TestPlaceSameTownBefore checks a crowd's, police's or soldiers' act
// that names no place of its own, told after an earlier act of its
// sentence that a town places, with a foreign mission among the
// sentence's actors: it was in that town, not somewhere in the country.
func TestPlaceSameTownBefore(t *testing.T) {
	probeModes(t, []modeProbe{
		{"a beating told after a ransacking in a town",
			"Crowds ransacked the Chinese trade office in Lae on Saturday and set parts of it ablaze, a day after soldiers beat a vendor outside the market.",
			"beat", "Lae", "PNG"},
		{"a shooting told after a storming and a fire in a town",
			"Mourners stormed the Pakistani consulate in Jalalabad on Sunday night and set part of it on fire, hours after soldiers shot dead a shopkeeper near the governor's compound.",
			"firearms", "Jalalabad", "AFG"},
	})
}

// TestPlaceApposedTown checks a town placed by a country or region in
// an apposition ("in Zenda, in northern Ruritania"): a later act of the
// sentence with no place of its own is at the town, not in the country.
func TestPlaceApposedTown(t *testing.T) {
	probeModes(t, []modeProbe{
		{"a march after tear gas in a town placed by its country",
			"Police in Maradi, in southern Niger, fired tear gas on Monday to disperse traders who marched on the prefect's office.",
			"demo", "Maradi", "NER"},
		{"a protest after arrests in a town placed by its country",
			"Soldiers in Kasese, in western Uganda, detained dozens of youths who had protested against the new tax.",
			"demo", "Kasese", "UGA"},
	})
}

// modeProbe is one case of probeModes: the first event of the text with
// the mode must be placed at want, in country.
type modeProbe struct {
	name, text, mode, want, country string
}

// probeModes extracts each case's text and checks where its first event
// of the mode is.
func probeModes(t *testing.T, tests []modeProbe) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			for _, ev := range x.Events {
				if ev.Mode != tt.mode {
					continue
				}
				if ev.Location == nil || ev.Location.Name != tt.want || ev.Location.Country != tt.country {
					t.Fatalf("location = %+v, want %q in %s", ev.Location, tt.want, tt.country)
				}
				return
			}
			t.Fatalf("no %s event from %q", tt.mode, tt.text)
		})
	}
}

// TestPlaceHostCapital checks "the capital" where foreign troops are
// stationed: the capital of the state whose spokesman the sentence
// names, not the troops' home capital.
func TestPlaceHostCapital(t *testing.T) {
	probeModes(t, []modeProbe{
		{"foreign troops stationed in the capital, told by a host army spokesman",
			"A Malian army spokesman said the last Russian troops stationed in the capital would leave by March.",
			"withdraw", "Bamako", "MLI"},
		{"foreign soldiers based in the capital, told by a host government spokesman",
			"A Somali government spokesman said the Kenyan soldiers based in the capital would withdraw by the end of June.",
			"withdraw", "Mogadishu", "SOM"},
	})
}
