package code_test

import "testing"

// TestPlace35GazetteerGaps checks Somalia's "South West State", which
// must not fall to Cameroon's South-West Region, and towns the generated
// gazetteer lacked.
func TestPlace35GazetteerGaps(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a Somali federal member state",
			"South West State police detained three men suspected of hiding explosives on Monday.",
			"detained", "South West State", "SOM", ""},
		{"a border town in Uzbekistan",
			"Uzbek officials met a Taliban delegation in Termez on Tuesday to discuss the railway.",
			"met", "Termez", "UZB", ""},
		{"a desert town in Algeria",
			"Algerian soldiers arrested two smugglers near In Guezzam on Friday.",
			"arrested", "In Guezzam", "DZA", ""},
		{"a Sri Lankan town",
			"Police fired tear gas at students in Rambukkana on Tuesday.",
			"fired tear gas", "Rambukkana", "LKA", ""},
	})
}

// TestPlace35PurposePlace checks that a place that only qualifies what an
// agreement is for ("to reopen Caspian Sea ports") does not place the
// signing, which the dateline's town does, while a place the aim is to
// happen at ("to meet again in Baku") still places the agreement.
func TestPlace35PurposePlace(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the kind of thing agreed on",
			"ANKARA, Oct 2 - Armenia and Azerbaijan signed a deal with Turkey on Friday to reopen Caspian Sea ports.",
			"signed", "Ankara", "TUR", ""},
		{"where the aim is to happen",
			"ANKARA, Oct 2 - Armenia and Azerbaijan agreed on Friday to meet again in Baku next month.",
			"agreed", "Baku", "AZE", ""},
	})
}

// TestPlace35RulersAtHome checks that an act of governing by a state's
// armed forces that names no place (a broadcaster silenced) is placed in
// their own country, not in the country of the foreign outlet.
func TestPlace35RulersAtHome(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a junta silences a foreign outlet",
			"Mali's military rulers suspended the broadcasts of a British television channel on Tuesday.",
			"suspended", "", "MLI", ""},
	})
}
