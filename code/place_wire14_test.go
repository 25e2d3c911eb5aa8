package code_test

import (
	"slices"
	"strings"
	"testing"
)

// TestPlaceStreetsOfCapital checks crowds that "took to the streets of
// the capital": they marched in the capital of the country in play.
func TestPlaceStreetsOfCapital(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"Kenyan crowds take to the capital's streets", "Thousands of young Kenyans took to the streets of the capital on Tuesday to protest against a new finance bill.", "", "Nairobi", "KEN", ""},
		{"opposition supporters back on the streets", "Supporters of Senegal's opposition took to the streets of the capital again on Monday, demanding the release of their leader.", "", "Dakar", "SEN", ""},
	})
}

// TestPlaceTownPartOfPossessor checks an actor named as the people of a
// known town's district ("residents of Strelsau's Old Town district"):
// they acted in the town.
func TestPlaceTownPartOfPossessor(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"residents of a city's neighbourhood", "On Sunday, residents of Lahore's Shahdara neighbourhood beat to death a suspected thief, police said.", "", "Lahore", "PAK", ""},
		{"residents of a city's district", "On Friday, residents of Karachi's Lyari district beat to death a suspected kidnapper, police said.", "", "Karachi", "PAK", ""},
	})
}

// TestPlaceTownAgain checks an act its sentence puts at "the town's"
// site or "in the village", the town a sentence before named, whether
// or not an event was coded there.
func TestPlaceTownAgain(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the village's market, named two sentences before", "Residents returned on Monday to the village of Kalembe in North Kivu, weeks after the fighting ended. Aid workers said food was short. Congolese soldiers set up a checkpoint at the village's main market.", "checkpoint", "Kalembe", "COD", ""},
		{"the town's hospital, a known town before", "Life in Bentiu had been quiet for months. On Sunday, soldiers shelled the town's hospital, killing four patients.", "shelled", "Bentiu", "SSD", ""},
	})
}

// TestPlaceUnknownNearBorder checks a town the gazetteer lacks, named
// with "in" and placed by "near" a country's border: the act was in the
// town, in that country.
func TestPlaceUnknownNearBorder(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a school in a border town", "Suspected rebels attacked a primary school in Bwera, near Uganda's border with Congo, late on Friday, killing 12 pupils.", "", "Bwera", "UGA", ""},
		{"a market in a border village", "Gunmen attacked a market in Kpalbe, near Ghana's border with Togo, on Sunday, killing five traders.", "", "Kpalbe", "GHA", ""},
	})
}

// TestPlaceDistrictNamedForTown checks a district named by a town and a
// direction ("Strelsau West district"): the act was in the district, not
// in the town.
func TestPlaceDistrictNamedForTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a village in a province's town-named district", "Gunmen opened fire on the village of Baldia in Sindh's Karachi West district on Sunday, killing a woman.", "", "Karachi West", "PAK", ""},
		{"a bus in a town-named district", "Attackers torched a bus in Imphal East district on Tuesday, police said.", "", "Imphal East", "IND", ""},
	})
}

// TestPlaceVenuesAbroad checks towns the gazetteer learnt from text
// written blind, and deals the next sentence says were signed in a third
// country: each is placed there, not in a party's country.
func TestPlaceVenuesAbroad(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a pact signed in the Cook Islands", "New Zealand and Fiji signed a defence pact in Avarua on Monday.", "", "Avarua", "COK", ""},
		{"an island named as the venue", "Leaders of Samoa and Tonga signed a fisheries accord on Rarotonga on Thursday.", "", "Rarotonga", "COK", ""},
		{"a memorial as a venue", "Israel's foreign minister rebuked Ireland's ambassador in front of cameras at the Yad Vashem memorial on Wednesday.", "", "Yad Vashem", "ISR", ""},
		{"a Thai border town", "Thai police detained 30 Myanmar migrants in Mae Sot on Wednesday.", "", "Mae Sot", "THA", ""},
		{"a truce whose signing the next sentence places abroad", "Sudan's army and the Rapid Support Forces agreed on Saturday to a week-long ceasefire, the first in months of war. Army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo shook hands at the signing ceremony in Jeddah, where Saudi Arabia and the United States act as mediators.", "week-long", "Jeddah", "SAU", ""},
		{"an accord signed at a ceremony abroad", "The Philippine government and the Moro Islamic Liberation Front agreed on Thursday to a final peace accord after 17 years of talks. Negotiators for both sides signed the document at a ceremony in Kuala Lumpur hosted by Malaysia.", "final peace", "Kuala Lumpur", "MYS", ""},
	})
}

// TestPlaceAreaApposed checks an unknown "X area" that an apposition
// describes by the province it lies in: the act was in the area.
func TestPlaceAreaApposed(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"an area described by a county that is also a town", "Gunmen ambushed a police patrol on Sunday in the Boni Forest area, a remote stretch of bush where Kenya's Lamu county meets Somalia.", "ambushed", "Boni Forest", "KEN", ""},
		{"a valley described by a border province", "Two soldiers died on Friday in a clash with smugglers in the Arandu area, a rugged strip where Pakistan's Chitral district touches Afghanistan.", "clash", "Arandu", "PAK", ""},
	})
}

// TestPlaceBorderFightingBeforeTalks checks "border clashes" told in the
// sentence that names the talks abroad which ended them: the fighting
// was on the two states' border, not at the talks.
func TestPlaceBorderFightingBeforeTalks(t *testing.T) {
	tests := []struct {
		name, text string
		sides      []string
	}{
		{"clashes before talks in a third capital", "Armenia and Azerbaijan agreed to an immediate ceasefire at talks in Brussels on Friday, after three days of border clashes that killed more than 40 soldiers. Armenia said Azerbaijani troops had shelled its villages. Azerbaijan denied it.", []string{"ARM", "AZE"}},
		{"fighting before a truce signed abroad", "Eritrea and Ethiopia signed a truce at talks in Jeddah on Sunday, after a week of border fighting that killed 60 soldiers. Ethiopia said Eritrean troops had crossed first. Eritrea rejected the claim.", []string{"ERI", "ETH"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			found := false
			for _, e := range x.Events {
				if e.Type != "ASSAULT" || !strings.Contains(e.Evidence.Sentence, "border") {
					continue
				}
				found = true
				if e.Location == nil || !slices.Contains(tt.sides, e.Location.Country) {
					t.Errorf("border fighting placed at %+v, want one of %v", e.Location, tt.sides)
				}
			}
			if !found {
				t.Fatalf("no border fighting coded from %q", tt.text)
			}
		})
	}
}
