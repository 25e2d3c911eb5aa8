package code_test

import "testing"

// TestPlaceW17Gazetteer checks towns conflict news names that the
// gazetteer once lacked: a Kurdish border city, a Nigerien desert border
// post and a border river.
func TestPlaceW17Gazetteer(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a Kurdish border city", "Turkish drones struck a car outside Zakho on Sunday, killing two men, local officials said.", "", "Zakho", "IRQ", ""},
		{"a desert border post", "Nigerien soldiers clashed with smugglers near Assamaka on Tuesday, killing three.", "", "Assamaka", "NER", ""},
		{"a border river", "Iran's army began war games along the Aras River on Tuesday, state media said.", "", "Aras River", "IRN", ""},
	})
}

// TestPlaceDistanceAway checks an act the sentence places only by its
// distance from the one before ("a kilometre away", "200 metres away"):
// it was in the town where the act before it was.
func TestPlaceDistanceAway(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"kilometres away, own actors' country", "Kenyan police said a roadside bomb hit a police lorry near Mandera on Friday, killing four officers. Kenyan troops clashed with al-Shabaab fighters about two kilometres away hours later.", "clashed", "Mandera", "KEN", ""},
		{"a few kilometres away", "Gunmen killed four farmers near Bokkos in Nigeria's Plateau state on Friday. Hours later soldiers clashed with the attackers a few kilometres away, the army said.", "clashed", "Bokkos", "NGA", ""},
	})
}

// TestPlaceSiteAgain checks a site named again with "the" ("near the
// camp", "around the base") after the sentence before said where it is
// ("a camp at X", "a base outside Y"): the act was there.
func TestPlaceSiteAgain(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the base", "French troops handed over their base outside Gao to the Malian army on Friday. Soldiers and rebels fought around the base the next day.", "fought", "Gao", "MLI", ""},
		{"the posts", "Turkish soldiers set up three outposts near Batifa in northern Iraq last month. PKK fighters attacked a Turkish patrol near the outposts on Monday, killing two soldiers.", "attacked", "Batifa", "IRQ", ""},
	})
}

// TestPlaceCityOffice checks a town named as the modifier of an office
// ("the Tbilisi office of", "its Kyiv bureau"): the raid was in that town
// even when the town also stands for the government elsewhere.
func TestPlaceCityOffice(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the town office of", "Georgian police raided the Tbilisi office of a Russian news agency on Monday and detained its director.", "", "Tbilisi", "GEO", ""},
		{"the town bureau of", "Armenian police searched the Yerevan bureau of a Russian broadcaster on Friday and arrested two editors.", "", "Yerevan", "ARM", ""},
	})
}

// TestPlaceUnknownThenRegion checks a village the gazetteer lacks named
// with "in" and then placed in a region ("in X, in Cameroon's North-West
// region"): the act was in the village, also when the village is named in
// an "after" clause that follows the act.
func TestPlaceUnknownThenRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a possessive region", "Gunmen abducted three teachers in Bambui, in Cameroon's North-West region, on Monday, the church said.", "", "Bambui", "CMR", ""},
		{"past an after-clause", "Gunmen abducted three nurses after torching a clinic in Bambui, in Cameroon's North-West region, on Monday, the health ministry said.", "", "Bambui", "CMR", ""},
		{"a region of", "Armed men kidnapped a priest in Kafanchan, in the south of Kaduna state, on Sunday, police said.", "", "Kafanchan", "NGA", ""},
	})
}

// TestPlaceCapitalOwner checks a capital named by its possessive as the
// government that owns what a dispute is about ("a row over Kampala's
// fuel deal"): a deal struck after talks elsewhere is placed at the
// talks, while a site of the capital ("Nairobi's main market") stays a
// place.
func TestPlaceCapitalOwner(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a row over a capital's deal", "Kenya and Uganda agreed on Friday to end a row over Kampala's fuel import deal, after talks in Arusha hosted by Tanzanian President Samia Suluhu Hassan.", "", "Arusha", "TZA", ""},
		{"a dispute over a capital's fees", "Sudan and South Sudan agreed on Monday to settle a dispute over Khartoum's oil transit fees, after talks in Addis Ababa mediated by the African Union.", "", "Addis Ababa", "ETH", ""},
		{"a site of the capital stays", "Kenyan police fired tear gas at traders in Nairobi's main market on Tuesday.", "", "Nairobi", "KEN", ""},
	})
}

// TestPlaceDatelineVenue checks a deal between the dateline's country
// and another that its sentence places nowhere: it was made in the
// dateline's town.
func TestPlaceDatelineVenue(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a dateline with a date", "NAIROBI, March 3 (2024) — Kenya and Haiti signed a deal on Friday to deploy Kenyan police officers to the Caribbean nation.", "", "Nairobi", "KEN", ""},
		{"a dateline, the guest named first", "ACCRA (2024-06-02) — Burkina Faso and Ghana signed a security cooperation agreement on Tuesday, officials said.", "", "Accra", "GHA", ""},
	})
}

// TestPlaceActorsTown checks a town with a namesake abroad, named in a
// sentence whose actors all belong to one country: it is that country's
// town.
func TestPlaceActorsTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a party's supporters", "Supporters of Pakistan Tehreek-e-Insaf clashed with rivals in Hyderabad on Friday, leaving two dead.", "", "Hyderabad", "PAK", ""},
		{"a party's activists", "Activists of the Awami League torched three buses in Gopalganj on Sunday, local officials said.", "", "Gopalganj", "BGD", ""},
	})
}

// TestPlaceNearTownInRegion checks a town the gazetteer lacks named with
// "near" right before "in" and its province, with no comma ("near X in
// Y county"): the act was at the town, and so was one the next sentence
// only measures from it ("a few metres away").
func TestPlaceNearTownInRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"near a town in a region", "Four soldiers were killed when their truck hit a mine near Tongo Tongo in Niger's Tillaberi region on Monday, the army said.", "", "Tongo Tongo", "NER", ""},
		{"metres away from it", "Two Kenyan police officers died when a bomb hit their car near Kiunga in Lamu county on Sunday, officials said. Soldiers defused another bomb hidden about 50 metres away.", "defused", "Kiunga", "KEN", ""},
	})
}

// TestPlacePatrolledTown checks a capital that troops patrol: they are in
// the town, though its name also stands for the government they help.
func TestPlacePatrolledTown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"began patrolling a capital", "Rwandan troops began patrolling Bangui on Monday after two days of clashes.", "", "Bangui", "CAF", ""},
		{"police patrolling a capital", "Kenyan police officers began patrolling Port-au-Prince on Tuesday under a UN-backed mandate.", "", "Port-au-Prince", "HTI", ""},
	})
}
