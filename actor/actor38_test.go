package actor

import "testing"

// TestFindActor38 covers entries added when the snippet gold was checked
// against the dictionary: two dependent territories, a breakaway region's
// de facto authorities, a party, a UN mission and rights groups.
func TestFindActor38(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"a territory's demonym with a sector noun", "New Caledonian protesters blocked the airport road.", "2024-05-15",
			[]want{{"New Caledonian protesters", "NCLPRO", "PRO", KindDemonym}}},
		{"a territory by name", "Greenland rejected the offer.", "2025-01-08",
			[]want{{"Greenland", "GRL", "", KindCountry}}},
		{"a breakaway region's forces", "Abkhaz forces detained two villagers near the crossing.", "2023-11-06",
			[]want{{"Abkhaz forces", "ABK", "REB", KindGroup}, {"villagers", "", "CVL", KindSector}}},
		{"a party with a common personal name as alias", "The Amal Movement rejected the plan.", "2024-02-01",
			[]want{{"Amal Movement", "AMAL", "OPP", KindGroup}}},
		{"a UN mission", "UNAMI condemned the attack on the convoy.", "2024-03-10",
			[]want{{"UNAMI", "UNAMI", "IGO", KindOrg}}},
		{"a rights group", "The Belarusian Association of Journalists said the reporter was held overnight.", "2023-04-02",
			[]want{{"Belarusian Association of Journalists", "BAJ", "MED", KindGroup}, {"reporter", "", "MED", KindSector}}},
	}
	checkFind(t, d, tests)
}
