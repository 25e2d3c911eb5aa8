package code_test

import "testing"

// TestPlaceTargetClause checks a country named as the home of the forces
// ("security forces in X") when a relative clause on their target names
// the towns where it was ("protesters who had marched through the
// streets of Y"): the act was in those towns.
func TestPlaceTargetClause(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"streets of, after a country", "Soldiers in Guinea opened fire on protesters who had marched through the streets of Conakry and Kankan on Wednesday, killing at least 12 people, rights groups said.", "", "Conakry", "GIN", ""},
		{"were protesting at", "Gendarmes in Cameroon beat dozens of students who were protesting at the university campus in Buea on Monday, witnesses said.", "", "Buea", "CMR", ""},
		{"a town's districts", "Riot police fired tear gas at youths who had blocked roads in Conakry's Hamdallaye and Bambeto neighbourhoods on Monday.", "", "Conakry", "GIN", ""},
		{"took to the streets", "Troops in Sudan shot dead nine people who took to the streets of Omdurman on Sunday, medics said.", "", "Omdurman", "SDN", ""},
	})
}

// TestPlaceNearbyUnknown checks a town the gazetteer lacks named after
// "in nearby" ("in nearby Zenda"): the act was there, not in the town the
// sentence before named.
func TestPlaceNearbyUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"in nearby", "A bomb exploded at a bus stop in Batticaloa on Sunday, wounding nine people, police said. Earlier on Sunday soldiers had found a cache of grenades and detonators in nearby Eravurpattu.", "cache", "Eravurpattu", "LKA", ""},
		{"in an adjacent village", "Gunmen killed five farmers near Jos on Friday. Soldiers later arrested three suspects in adjacent Rukuba, the army said.", "arrested", "Rukuba", "NGA", ""},
	})
}

// TestPlaceIslandName checks a town's name followed by "island" where the
// town lies in a country none of the sentence's actors belong to: the
// act was off an island of the acting state, not in that town.
func TestPlaceIslandName(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"off an island", "Indonesia's coast guard detained 14 Vietnamese fishermen off Leiden island on Tuesday, accusing them of poaching.", "", "Leiden", "IDN", ""},
		{"near an Island", "The Philippine navy seized two Chinese boats near Durham Island on Friday, officials said.", "", "Durham Island", "PHL", ""},
	})
}

// TestPlaceTrailingSpeaker checks an attribution that closes the sentence
// and names where its speakers sit ("…, officials in X said"): the act
// was at the site the sentence names, or the town, not the speakers'.
func TestPlaceTrailingSpeaker(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"an unknown site before the speakers", "Mali's junta has detained four Guinean workers of a mining firm at the Kobada gold site, accusing them of spying, officials in Conakry said on Tuesday.", "", "Kobada", "MLI", ""},
		{"a crossing before the speakers", "Chadian troops arrested six Sudanese traders at the Tine crossing on Monday, officials in Khartoum said.", "", "Tine", "TCD", ""},
	})
}

// TestPlaceCapitalApposed checks a capital named right after the noun
// "capital" ("to X's capital Y", "X's capital, Y,"): the act was in the
// town, not only in the country, whatever the town's name also stands for.
func TestPlaceCapitalApposed(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"capital with no comma", "Rwanda sent 300 soldiers to the Central African Republic's capital Bangui on Friday.", "", "Bangui", "CAF", ""},
		{"capital with commas", "Kenya flew 400 police officers to Haiti's capital, Port-au-Prince, on Tuesday.", "", "Port-au-Prince", "HTI", ""},
	})
}

// TestPlaceSiteAgainUnknown checks a site named again with "the" ("stormed
// the base") after the sentence before placed it at a town the gazetteer
// lacks and no province ("a base at X, near the border"): the act was at
// that town, in the country the act is in.
func TestPlaceSiteAgainUnknown(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"the post", "Burkina Faso's junta expelled two French diplomats on Friday over reports of an attack on a military post at Tawori, near the Nigerien border. Witnesses said dozens of soldiers died when gunmen overran the post on Monday.", "overran", "Tawori", "BFA", ""},
		{"the camp", "Mali's army said on Sunday that it had repelled an assault on a camp at Tinabaw, close to the frontier. Militants shelled the camp again on Tuesday, killing four soldiers.", "shelled", "Tinabaw", "MLI", ""},
	})
}

// TestPlaceSharedRegion checks a region several countries share (the
// Sahel) named in a group's name beside a place in one of them: the act
// is in that country, not in the gazetteer's first country of the region.
func TestPlaceSharedRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"a commune of a region", "Fighters of the Islamic State in the Sahel shot dead 21 traders at a market in Tinkari, in the Gorom commune of the Dosso region, Niger's defence ministry said.", "", "Tinkari", "NER", ""},
		{"a possessive province", "Jihadists from the Islamic State in the Sahel killed nine herders at a well near Ngouboua, in Chad's Lac province, on Sunday.", "", "", "TCD", ""},
	})
}

// TestPlaceSpreadOverTowns checks a country named before the trigger and
// a list of its towns the act is spread over ("in raids across X and Y",
// "in a sweep across X, Y and Z"): the act was in the first town.
func TestPlaceSpreadOverTowns(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"raids across two towns", "Police in Ethiopia detained 40 journalists in raids across Addis Ababa and Bahir Dar, a media group said.", "", "Addis Ababa", "ETH", ""},
		{"a sweep across towns", "Security forces in Iran have arrested dozens of students, in a sweep across Tehran and Isfahan, activists said.", "", "Tehran", "IRN", ""},
	})
}
