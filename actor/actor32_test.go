package actor

import "testing"

// TestFindRegionDemonym covers demonyms after a region word: a region's
// people are no one country's, while demonyms of their own ("South
// Korean", "Central African") stay their country's.
func TestFindRegionDemonym(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"a continent's leaders", "South American leaders met on Tuesday.", "2024-03-01",
			[]want{{"leaders", "", "GOV", KindSector}}},
		{"a hyphenated region", "Pan-American delegates watched the vote.", "2024-03-01",
			nil},
		{"a region's police", "Central American police agreed to share records.", "2024-03-01",
			[]want{{"police", "", "COP", KindSector}}},
		{"a country demonym of two words", "South Korean troops fired warning shots.", "2024-03-01",
			[]want{{"South Korean troops", "KORMIL", "MIL", KindDemonym}}},
		{"a demonym after a compass word at a clause start", "In the south, American drones struck a convoy.", "2024-03-01",
			[]want{{"American drones", "USAMIL", "MIL", KindDemonym}}},
	}
	checkFind(t, d, tests)
}
