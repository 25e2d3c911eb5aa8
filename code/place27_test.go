package code_test

import "testing"

// TestPlaceThroughUnknown checks a march or a transfer through a place
// the gazetteer lacks: it went on there, not just somewhere in the
// country of the actors.
func TestPlaceThroughUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"nurses marched through a town", "Thousands of nurses marched through Tongi on Monday demanding a higher minimum wage for Bangladeshi health workers.", "", "Tongi", "BGD", ""},
		{"farmers marched through a town", "Several hundred Kenyan farmers marched through Dorvelka on Friday, demanding better maize prices.", "", "Dorvelka", "KEN", ""},
		{"through the night is no place", "Ethiopian troops shelled rebel positions through the night, killing nine fighters.", "", "Ethiopia", "ETH", ""},
	})
}

// TestPlaceUnknownWithUnitNoun checks a name the gazetteer lacks that a
// unit noun after it ("township", "district") makes a place, whatever
// preposition comes before it and even with the unit's region after it.
func TestPlaceUnknownWithUnitNoun(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"strikes on a township, earlier sentence placed", "Myanmar's army said insurgents had attacked an outpost near Sittwe. The air force retaliated with air strikes on Kyauktaw Lay township, where residents said three farmers were killed.", "retaliated", "Kyauktaw Lay", "MMR", ""},
		{"strikes on a township in a region", "The army carried out air strikes on Kyonpyaw township in Myanmar's Ayeyarwady region on Sunday, killing four villagers.", "", "Kyonpyaw", "MMR", ""},
	})
}

// TestPlaceExtraditionLeftFrom checks an extradition that the sentence
// also places in the receiving country (where charges await, or where
// the person might have gone): it happened at the sending country's town
// the sentence names, where the person was handed over.
func TestPlaceExtraditionLeftFrom(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"flown out of the capital to face charges abroad", "Former Bolivian police chief Ramiro Quintela was extradited to the United States on Friday, flown out of La Paz aboard a chartered plane to face cocaine charges in Miami.", "", "La Paz", "BOL", ""},
		{"the ministry in the capital said", "Paraguay extradited businessman Tomas Veloz to the United States on Monday, the interior ministry in Asunción said, ending a fight over whether he should be sent to Miami or Madrid.", "", "Asunción", "PRY", ""},
		{"deported to a region abroad stays there", "Malaysia deported 25 Rohingya men to Myanmar's Rakhine state on Tuesday despite protests from rights groups.", "", "Rakhine", "MMR", ""},
	})
}

// TestPlaceCompassNamedDistrict checks a district or town whose name is
// a known town's and a compass word: the longer name is the place.
func TestPlaceCompassNamedDistrict(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"town and compass word after it", "Unidentified gunmen threw a grenade into a shop in Imphal East on Monday, wounding two traders.", "", "Imphal East", "IND", ""},
		{"compass word before the town", "Several hundred ethnic Serbs rallied in North Mitrovica on Sunday against the closure of a Serbian-run bank.", "", "North Mitrovica", "XKX", ""},
	})
}

// TestPlaceObjectSite checks an act whose object is a named site the
// gazetteer lacks ("the Zenda air base"), when the sentence otherwise
// says only the country or province: the act happened at the site.
func TestPlaceObjectSite(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"troops moved into a buffer zone", "Morocco said on Friday its soldiers had moved into the Oued Tamra buffer zone on the Algerian border.", "", "Oued Tamra", "MAR", ""},
		{"authorities in a province closed a bridge crossing", "Regional authorities in Tigray closed the Mereb bridge crossing to traders on Sunday, citing security.", "", "Mereb", "ETH", ""},
	})
}
