package code_test

import "testing"

// TestPlaceUnknownAfterTrigger checks a place the gazetteer lacks that
// the act's own clause names after its trigger, when a known place is
// named before the trigger (in the subject or in an earlier clause): the
// act happened at the unknown place, in the known place's country.
func TestPlaceUnknownAfterTrigger(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"subject placed in a province, act near a village", "Insurgents in northern Idlib accused the army on Monday of shelling their trenches near Tell Kharouba, saying four fighters died.", "", "Tell Kharouba", "SYR", ""},
		{"second clause, the commune of", "Ruling-party youths beat two opposition organisers in Gitega province on Friday and torched the homes of three opposition supporters in the commune of Mbuye, party officials said.", "", "Gitega", "BDI", "Mbuye"},
		{"subject placed in a town, act at a village", "Militiamen from Bunia attacked a displacement camp at Plaine Savo on Thursday night, killing at least 12 people, local officials said.", "", "Plaine Savo", "COD", ""},
		{"a landmark in the known town stays there", "Hundreds of Misrata residents rallied outside the Qasr mosque on Tuesday to demand the release of detained activists.", "", "Misrata", "LBY", ""},
	})
}

// TestPlaceSceneCarriedBack checks an act whose sentence names no place
// (or names only foreign countries, for whose actors they speak): it
// happened at the town the story's last placed act was at, even past a
// sentence that tells no act.
func TestPlaceSceneCarriedBack(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"past a sentence with no act", "Hundreds of students marched through Kandy on Monday against tuition fees. Organisers said the march was peaceful. On Tuesday, police detained eight of its leaders.", "detained", "Kandy", "LKA", ""},
		{"an earlier act of the sentence before placed finer", "Rioters stormed the Turkish consulate in Mosul on Sunday, hours after guards shot dead a protester near the governor's office. Crowds also burned the offices of two political parties.", "burned", "Mosul", "IRQ", ""},
	})
}

// TestPlaceAlongCourse checks an act that ran along or across a river,
// frontier or corridor the gazetteer lacks: it happened there, in the
// country of the state acting, not just somewhere in that country.
func TestPlaceAlongCourse(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"joint patrols along a river", "Zambian and Malawian police began joint patrols along the Luangwe river on Tuesday to curb cattle theft.", "", "Luangwe", "ZMB", ""},
		{"patrols stepped up along a frontier", "The Thai army said it had stepped up patrols along the Mae Kasa frontier after refugees crossed on Friday.", "", "Mae Kasa", "THA", ""},
		{"troops deployed along a valley", "Kyrgyzstan deployed extra troops along the Tor-Bulun valley on Monday, the defence ministry said.", "", "Tor-Bulun", "KGZ", ""},
	})
}

// TestPlaceWithdrawnFrom checks foreign forces leaving a place the story
// has just told of: they left it, not their own country.
func TestPlaceWithdrawnFrom(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"peacekeepers withdraw after troops enter the town", "Ethiopian troops entered the town of Humera on Sunday after a three-day standoff. Kenyan peacekeepers, who had guarded the town since 2021, withdrew on Monday.", "withdrew", "Humera", "ETH", ""},
		{"foreign troops pull out of a base", "Malian soldiers took over the airfield at Gao on Tuesday. French troops pulled out the next day, a spokesman said.", "pulled", "Gao", "MLI", ""},
	})
}

// TestPlaceTownBeforeDirectedRegion checks an unknown town placed by a
// province that a direction and a country's possessive introduce: the
// act was in the town.
func TestPlaceTownBeforeDirectedRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"direction before the country's possessive", "Police beat and detained farmers in Karakend, in northern Armenia's Lori province, who were blocking a quarry road, residents said.", "", "Karakend", "ARM", ""},
		{"near, then a hyphenated direction", "Gunmen abducted 14 traders near Dankolo, in north-eastern Nigeria's Yobe state, on Thursday, police said.", "", "Dankolo", "NGA", ""},
	})
}
