package code_test

import "testing"

// TestHist32DayBeforeVerb: a recent day between the subject and the verb
// dates the act, whatever span a later clause holds; an old date there
// still makes it history.
func TestHist32DayBeforeVerb(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"day before the verb, span in a relative clause", "2024-03-06",
			"Chad's government on Monday lifted a state of emergency in Ouaddai province that was imposed three months ago after clashes there.", "RETREAT", 1},
		{"day before the verb, year in a relative clause", "2024-03-06",
			"Niger's junta on Tuesday freed a former minister who had been held since 2023.", "RETREAT", 1},
		{"a relative clause's span alone stays history", "2024-03-06",
			"Chad's government lifted a state of emergency that had been imposed in Ouaddai province three years ago.", "COERCE", 0},
		{"an old year before the verb stays history", "2024-03-06",
			"Chad's government in 2019 lifted a state of emergency in Ouaddai province.", "RETREAT", 0},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
