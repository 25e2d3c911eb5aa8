package code_test

import "testing"

// TestPlaceAreaAgain checks an act whose clause points back at "the
// area" and whose own words place it only in a country, perhaps a foreign
// force's, or in "the province": it went to the scene of the act told
// before. A province the sentence names itself stays.
func TestPlaceAreaAgain(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"foreign peacekeepers sent to the area",
			"Armed herders attacked a market in Bambari on Sunday, killing seven farmers. Rwandan peacekeepers were sent to the area the next day, the mission said.",
			"peacekeepers were sent", "Bambari", "CAF", ""},
		{"army deploys to the area after a foreign force is named",
			"Villagers attacked a convoy of Spanish peacekeepers in Marjayoun on Friday. The Lebanese army said it had deployed two companies to the area.",
			"deployed", "Marjayoun", "LBN", ""},
		{"troops in the province sent to the area",
			"Insurgents burned a mission school in Mocimboa da Praia on Tuesday. Tanzanian soldiers based in the province were sent to the area overnight.",
			"sent to the area", "Mocimboa da Praia", "MOZ", ""},
		{"a province the sentence names stays",
			"Gunmen killed six soldiers at a checkpoint outside Kandi on Monday. The army chief flew to the area and sent reinforcements to the Alibori department.",
			"reinforcements", "Alibori", "BEN", ""},
	})
}

// TestPlaceAtTownInRegion checks a town the gazetteer lacks named after
// "at", "outside" or "around" and placed by a province right after it:
// the act was in the town, inside the province.
func TestPlaceAtTownInRegion(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"raid on a post at an unknown town, in a possessed region",
			"Militants killed three soldiers in a dawn raid on a checkpoint at Kolbiri, in Niger's Tillabéri region, the army said.",
			"killed", "Kolbiri", "NER", ""},
		{"ambush outside an unknown town in a department",
			"Gunmen ambushed a police patrol outside Zanfarou in the Borgou department on Saturday, killing two officers.",
			"ambushed", "Zanfarou", "BEN", ""},
		{"clashes around an unknown village, in a state",
			"Herders and farmers clashed around Dangwaro, in Nigeria's Plateau state, leaving nine people dead.",
			"clashed", "Dangwaro", "NGA", ""},
	})
}
