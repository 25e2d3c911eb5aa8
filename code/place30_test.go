package code_test

import "testing"

// TestPlaceSiteObject checks a site the gazetteer lacks that the act
// takes as its object, "the", a name and a site noun, in a sentence that
// names no other place: the act was at the site, in its actors' country.
func TestPlaceSiteObject(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"barracks stormed, a plain noun before the site noun",
			"RSF fighters stormed the Um Kadada army barracks overnight, killing eleven soldiers.",
			"stormed", "Um Kadada", "SDN", ""},
		{"air base with an Arabic article captured",
			"Yemeni government troops captured the al-Mashrafa air base on Sunday after two days of fighting.",
			"captured", "al-Mashrafa", "YEM", ""},
	})
}

// TestPlaceTownPointedBack checks "the town" pointing back at the town a
// sentence before introduced with "the town of" or "residents of", known
// or not, rather than a town named only to measure it or a capital named
// as a government.
func TestPlaceTownPointedBack(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"unknown town before a known town that measures it",
			"Ethiopian troops retook the town of Sheno Gara, 60 km south of Gondar, on Sunday. Fano militiamen had overrun the town on Wednesday.",
			"had overrun", "Sheno Gara", "ETH", ""},
		{"unknown village before a known town",
			"Gunmen raided the village of Kuru Dagana near Jos on Monday night. Soldiers deployed to the village the next morning.",
			"deployed", "Kuru Dagana", "NGA", ""},
		{"capital named as a government is no antecedent",
			"Kurdish fighters handed their posts in and around Qamishli to government troops under a deal with Damascus on Monday. The last Russian troops left their base near the town on Tuesday.",
			"left their base", "Qamishli", "SYR", ""},
		{"residents of an unknown village, then the village",
			"Liberian police said residents of Gbarnga Kole had told them that gunmen burned twelve houses in the village on Sunday.",
			"burned", "Gbarnga Kole", "LBR", ""},
		{"residents opening the sentence, a town named before it",
			"Fighting broke out near Bunia on Monday. Residents of Lopa Dera said militiamen torched the village school overnight.",
			"torched", "Lopa Dera", "COD", ""},
	})
}
