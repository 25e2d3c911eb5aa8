package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestCountryAuthorityAtHome checks a generic government, police force
// or court on the other side of protesters whose country is known: the
// authority is the crowd's own, even when a foreign state or its mission
// is named in the same sentence.
func TestCountryAuthorityAtHome(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"regional offices beside a ransacked consulate",
			"Police fired tear gas at protesters demanding jobs in Najaf on Monday. Rioters burned the regional government offices on Tuesday, and a mob later ransacked the Turkish consulate. Ankara asked Baghdad to guard its missions.",
			truce.Protest, "IRQPRO", "IRQGOV", "TURPRO", ""},
		{"a provincial building and a neighbour's consulate",
			"Police clashed with farmers protesting fuel prices in Quetta on Friday. Demonstrators torched the provincial government building the next day and later stormed the Afghan consulate. Kabul urged Islamabad to protect its diplomats.",
			truce.Protest, "PAKPRO", "PAKGOV", "AFGPRO", ""},
	})
}

// TestCountryRebelsJoinedToGovernment checks generic rebels joined by
// "and" to a government: they are that government's rebels, not those of
// the state that announces or hosts the deal.
func TestCountryRebelsJoinedToGovernment(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"a capital and guerrilla groups, a third state announcing",
			"Norway announced that Bogota and several guerrilla groups had agreed to open peace talks it would host.",
			truce.Agree, "COLGOV", "COLREB", "", "NORREB"},
		{"a capital and rebel movements, talks abroad",
			"Qatar said on Monday that Khartoum and two rebel movements had signed a ceasefire in Doha.",
			truce.Agree, "SDNGOV", "SDNREB", "", "QATREB"},
	})
}

// TestPlaceNotInMissionsCountry checks an act on a foreign embassy or
// consulate in a sentence that names no place: the mission stands in the
// host state, so the act is not placed in the mission's own country.
func TestPlaceNotInMissionsCountry(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a consulate stormed", "Police fired on protesters demanding clean water in Najaf on Monday. On Wednesday a mob stormed and burned the Turkish consulate.", "mob", "", "IRQ", ""},
		{"an embassy attacked", "Riot police clashed with students in Dhaka on Sunday. On Monday a crowd attacked the Indian embassy with stones.", "crowd", "", "BGD", ""},
	})
}

// TestPlaceRaidOnUnknown checks a place the gazetteer lacks named as the
// object of a raid or an attack: the act was there, not in the country
// whose border is named after it.
func TestPlaceRaidOnUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a raid on, near a border", "Gunmen killed eight people in an overnight raid on Rugombo near Burundi's border with Rwanda, officials said.", "", "Rugombo", "BDI", ""},
		{"an attack on, near a country's frontier", "Militants killed 14 villagers in a dawn attack on Tamou near Niger's frontier with Burkina Faso, the mayor said.", "", "Tamou", "NER", ""},
	})
}

// TestPlaceInNearbyUnknown checks a second act of a sentence placed "in
// nearby" a town the gazetteer lacks, after a first act placed in another
// town: the second act was in the nearby town.
func TestPlaceInNearbyUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a region placed the first town", "Rebels ambushed an army convoy in Kirumba, in Congo's North Kivu province, and later kidnapped three nurses in nearby Kayna, the army said.", "", "", "COD", "Kayna"},
		{"neighbouring, a known first town", "Bandits burned a market in Gusau on Monday and then abducted twenty farmers in neighbouring Wanke, police said.", "", "", "NGA", "Wanke"},
	})
}

// TestPlaceArabicArticleFirst checks a place the gazetteer lacks whose
// name opens with the Arabic article in lower case ("al-Zenda"): the act
// was there, not at a town the story named before.
func TestPlaceArabicArticleFirst(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"positions in al-", "Fighting flared in Taiz on Friday. Houthi fighters fired rockets at government positions in al-Kadaha on Sunday, a military official said.", "al-Kadaha", "al-Kadaha", "YEM", ""},
		{"shelled around el-", "Heavy clashes hit Homs on Monday. Syrian troops shelled rebel positions around el-Habeet on Tuesday, activists said.", "el-Habeet", "el-Habeet", "SYR", ""},
	})
}

// TestPlaceNamedFacility checks a site the gazetteer lacks named with
// "the", its own name and a facility noun, then placed near a known
// town: the act was at the site, in the town's country.
func TestPlaceNamedFacility(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a refugee camp near a city", "Clashes between rival factions in the Rashidiyeh refugee camp near Tyre killed four people on Monday, camp officials said.", "", "Rashidiyeh", "LBN", ""},
		{"a displacement camp outside a town", "Gunmen killed six displaced people in the Rhoe camp outside Bunia on Friday, local officials said.", "", "Rhoe", "COD", ""},
	})
}

// TestPlaceCountryBeforeBorder checks a country named as a place just
// before "border" ("near the Ghana border"): it is the other side of the
// border, and the act happened on the side of the actors named.
func TestPlaceCountryBeforeBorder(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a country name before border", "Gunmen killed nine Togolese soldiers at a checkpoint near the Ghana border on Sunday.", "", "", "TGO", ""},
		{"border with a country name", "Suspected jihadists ambushed a Beninese army patrol along the border with Nigeria on Friday, killing four soldiers.", "", "", "BEN", ""},
	})
}
