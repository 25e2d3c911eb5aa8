package code_test

import "testing"

// TestPlaceSceneAcross checks an act its sentence puts only in a country
// when a sentence about another state's reaction stands between it and
// the town where the story is set, or when its sentence names a place
// only as where people went: it happened in that town.
func TestPlaceSceneAcross(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"curfew lifted after a foreign reaction",
			"Demonstrators burned the Turkish consulate in Mosul on Thursday night. Ankara condemned the attack. Iraqi authorities lifted the curfew on Saturday.",
			"lifted", "Mosul", "IRQ", ""},
		{"arrests after a foreign reaction",
			"Rioters torched a police station in Kisumu on Monday after the election results were announced. Uganda called for calm. Kenyan police detained 30 people on Tuesday.",
			"detained", "Kisumu", "KEN", ""},
		{"abduction while fleeing toward a region",
			"JACMEL, Haiti - Gunmen stormed the farming village of Dorvelka before dawn on Monday, killing 12 residents, a rights group said. The gang also kidnapped several women while pulling back toward the Centre Department, a priest said.",
			"kidnapped", "Dorvelka", "HTI", ""},
		{"across the country stays in the country",
			"Protesters set fire to a bank in Gulu on Monday. Ankara condemned the violence. Ugandan police detained hundreds of people across the country on Tuesday.",
			"detained", "Uganda", "UGA", ""},
	})
}

// TestPlaceMarchedThroughWithAdverb checks a march "through" a known town
// with an adverb between the verb and the preposition, in a sentence
// that names another town or the town's province: the march was in the
// town it went through.
func TestPlaceMarchedThroughWithAdverb(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"town and the province it is the capital of",
			"Several hundred traders marched peacefully through Maiduguri, the Borno state capital, on Monday to demand lower market fees.",
			"", "Maiduguri", "NGA", ""},
		{"town and the town a grievance came from",
			"Thousands of nurses marched silently through Kisumu on Tuesday, carrying photographs of colleagues killed in a hospital fire in Nakuru.",
			"", "Kisumu", "KEN", ""},
		{"adverb with no march verb stays where it was",
			"Soldiers later moved quietly through Mopti after rebels attacked an army post in Gao on Friday.",
			"attacked", "Gao", "MLI", ""},
	})
}

// TestPlaceTruceHeldIn checks an agreement to a truce "in" a region of
// the parties' country, reached at talks in a third country: the truce is
// placed where it holds; one signed at a venue abroad with no such region
// stays at the venue.
func TestPlaceTruceHeldIn(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"truce in a province after talks abroad",
			"Sudan's army and the Rapid Support Forces agreed to a truce in North Darfur after talks in Jeddah, the mediators said on Sunday.",
			"agreed", "North Darfur", "SDN", ""},
		{"ceasefire in a compass-qualified state after talks abroad",
			"Myanmar's junta and the Arakan Army agreed to an immediate ceasefire in northern Rakhine state after talks in Kunming, officials said.",
			"agreed", "Rakhine", "MMR", ""},
		{"ceasefire signed at a venue abroad stays there",
			"Colombia's government and rebel commanders signed a bilateral ceasefire in Havana on Friday after months of talks.",
			"signed", "Havana", "CUB", ""},
	})
}
