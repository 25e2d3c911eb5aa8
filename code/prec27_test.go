package code_test

// Precision cases common to several blind batches (wire19–wire35).

import (
	"testing"
)

// Violence aimed at a blaze, the economy or a sum is a figure of speech,
// whoever wields it; an attack with a victim stays.
func TestPrec27FigurativeViolence(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"crews battled the flames", "2024-06-20",
			"Firemen and army conscripts battled the flames above the village of Korvani until dawn.", "ASSAULT", 0},
		{"a losing battle against the odds", "2024-06-20",
			"Zambia's government is fighting a losing battle against the odds.", "ASSAULT", 0},
		{"holding the economy hostage", "2024-06-20",
			"Ghana's ruling party is holding the economy hostage, a former finance minister writes in a new book.", "ASSAULT", 0},
		{"a real attack stays", "2024-06-20",
			"Gunmen attacked a police post in the town of Korvani on Monday, killing three officers.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// Unnamed locals saying who did it code no accusation; what they say still
// names the doer of the attack told before.
func TestPrec27LocalsBlame(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"villagers blame a militia", "2024-06-20",
			"A bomb exploded at a cattle market in the town of Kaleri on Saturday, killing nine people. Villagers blamed Ansaru.", "ACCUSE", 0},
		{"local residents blame bandits", "2024-06-20",
			"Gunmen shot dead four farmers near Dorowa on Tuesday. Local residents blamed the Zamfara bandits, who have raided the area before.", "ACCUSE", 0},
		{"a government's blame stays", "2024-06-20",
			"A bomb exploded at a cattle market in the town of Kaleri on Saturday, killing nine people. Nigeria's government blamed Ansaru.", "ACCUSE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
	wantLastSides(t, "A bomb exploded at a cattle market in the town of Kaleri on Saturday, killing nine people. Villagers blamed Ansaru.", "ASSAULT", "ANSARU", "")
}

// A noun entry met as a perfect verb and reaching back with "since" to an
// earlier year is a standing state, as the verb entries are; the same
// act told with a date of the week stays.
func TestPrec27PerfectNounEntry(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"unions have boycotted since a year", "2024-06-20",
			"Two teachers' unions have boycotted the wage council since 2021.", "PROTEST", 0},
		{"a state has stayed away since", "2024-06-20",
			"Moldova has stayed away from the alliance's summits since 2022.", "PROTEST", 0},
		{"a boycott told with its day stays", "2024-06-20",
			"Two teachers' unions boycotted the wage council on Tuesday.", "PROTEST", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
