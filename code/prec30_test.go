package code_test

// Precision cases of issue 3 (prec30): violence at home told by the
// police, a rejection naming which members of a group are meant,
// and what a crowd gathered or marched for.

import "testing"

type prec30Case struct {
	name, text, typ string
	n               int
}

func runPrec30(t *testing.T, tests []prec30Case) {
	t.Helper()
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, "2024-03-01", tt.typ, tt.n)
	}
}

// Police who tell of a killing at home ("police said that a man had been
// killed by his brother") do not make it political; a victim in politics
// still does.
func TestPrec30PoliceTellPrivateViolence(t *testing.T) {
	runPrec30(t, []prec30Case{
		{"killed by his brother, police said", "Police in the Welsh town of Rhyl said on Monday that a man found dead in his flat had been killed by his brother.", "ASSAULT", 0},
		{"stabbed by her husband, police said", "A woman was stabbed by her husband at their home in Graz on Sunday, police in the city said.", "ASSAULT", 0},
		{"a journalist's killing stays", "Police in Rhyl said on Monday that a local journalist found dead in his flat had been killed by his brother.", "ASSAULT", 1},
	})
}

// "Fighters who rejected the deal": a stance that picks out members of a
// group, not a rejection in the news; a rejection told as news stays.
func TestPrec30StanceRelative(t *testing.T) {
	runPrec30(t, []prec30Case{
		{"fighters who rejected the terms", "Gunmen who rejected the settlement will be driven by bus to the northern hills, the mediators said on Tuesday.", "REJECT", 0},
		{"dissidents who rejected an accord", "Guerrilla dissidents who rejected the 2019 peace accord have set up a new camp across the river, the defence minister told lawmakers.", "REJECT", 0},
		{"a rejection told as news", "The rebel council rejected the government's truce offer on Tuesday, calling it a trap.", "REJECT", 1},
	})
}

// A crowd that camped or braved the cold, with a place and a day before
// "to demand", is a rally, not a request; and a demand after a
// protest told past a place list or an aside is what it was for.
func TestPrec30WhatACrowdCameFor(t *testing.T) {
	runPrec30(t, []prec30Case{
		{"braved the cold to demand", "Thousands of nurses braved driving rain outside the ministry on Monday to demand better pay.", "PROTEST", 1},
		{"braved the cold: no request", "Thousands of nurses braved driving rain outside the ministry on Monday to demand better pay.", "REQUEST", 0},
		{"camped for days to demand", "The villagers had camped peacefully on the coastal highway for four days to demand the closure of a quarry.", "REQUEST", 0},
		{"marched through a list of towns", "Thousands of teachers marched through Tamale, Ho and Kumasi on Friday to demand higher pay, in rallies called by their unions.", "REQUEST", 0},
		{"marched through a list of towns: the march", "Thousands of teachers marched through Tamale, Ho and Kumasi on Friday to demand higher pay, in rallies called by their unions.", "PROTEST", 1},
		{"a demand by an official stays", "The foreign minister travelled to Geneva on Monday to demand the release of the detained sailors.", "REQUEST", 1},
	})
}

// A protest named only as when another act was done ("during the
// protests, police dispersed …") is that act's setting; a protest told
// as news stays.
func TestPrec30ProtestAsSetting(t *testing.T) {
	runPrec30(t, []prec30Case{
		{"during those protests, police dispersed", "During those demonstrations, riot police dispersed several hundred students in Conakry and detained dozens, a rights group said.", "PROTEST", 0},
		{"a protest told as news", "Several hundred students demonstrated in Conakry on Monday against the closure of their university.", "PROTEST", 1},
	})
}
