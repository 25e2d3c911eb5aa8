package code_test

// Which clause a past date belongs to: a verb dated to a recent day among
// its own words is news whatever date a clause before it holds; a year
// after a determiner names a thing; a span a future plan runs over is no
// date of the past.

import "testing"

func TestHist31DateClause(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		// A recent day among the verb's own words.
		{"relative with since, own day", "2024-05-10",
			"Ghana, which has long accused Togo of harbouring dissidents since 2021, expelled the Togolese ambassador on Monday.", "SANCTION", 1},
		{"apposition with a year, own day", "2024-05-10",
			"Kenya, a close ally of Somalia since 2012, recalled its ambassador from Ethiopia on Wednesday.", "SANCTION", 1},
		{"whose-clause with since, own day", "2024-05-10",
			"Chad, whose army has fought Boko Haram since 2015, recalled its ambassador from Niger on Tuesday.", "SANCTION", 1},
		{"fronted old year stays history", "2024-05-10",
			"In 2019 Ghana expelled the Togolese ambassador.", "SANCTION", 0},
		// A year after a determiner names a thing.
		{"its YEAR treaty", "2024-05-10",
			"Morocco suspended its 2011 fisheries treaty with Mauritania.", "SANCTION", 1},
		{"wanted for a YEAR attack", "2024-05-10",
			"Tanzanian police arrested four Kenyan men wanted for a 2014 bus bombing in Arusha.", "COERCE", 1},
		{"the YEAR bombing itself stays history", "2024-05-10",
			"Survivors of the 2014 bombing in Arusha gathered at a memorial.", "ASSAULT", 0},
		// A span a future plan runs over.
		{"will give over years", "2024-05-10",
			"Japan will give 90 million dollars to Senegal over three years to build its fisheries.", "AID", 1},
		{"will provide over months", "2024-05-10",
			"Norway will provide 40 million dollars over six months to help Sudan feed refugees.", "AGREE", 1},
		{"past span over years stays history", "2024-05-10",
			"Over five years the rebels killed hundreds of villagers in Ituri.", "ASSAULT", 0},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
