package code_test

import "testing"

// TestWireVocabulary checks trigger forms found missing in blind wire
// copy, each said in our own words with other actors and places: people
// held at gunpoint or as hostages are abducted, whoever holds them and
// however many words stand between the verb and "hostage"; arrests told
// as "arresting", curfews in the plural, phone networks cut.
func TestWireVocabulary(t *testing.T) {
	tests := []struct {
		name, typ, mode string // mode "" is not checked
		text            string
	}{
		{"held at gunpoint", "ASSAULT", "abduct",
			"Masked gunmen burst into a radio station in Esmeraldas on Monday and held the presenters at gunpoint for an hour, police said."},
		{"holding hostage", "ASSAULT", "abduct",
			"Armed men were holding 40 passengers hostage on a bus near Juliaca."},
		{"taking hostages", "ASSAULT", "abduct",
			"Militants stormed a gas plant in the desert near Tiguentourine, taking foreign workers hostage."},
		// Arrests and measures told in the -ing form or the plural.
		{"began arresting", "COERCE", "arrest",
			"Police in Gilgit began arresting relatives of the missing traders on Friday."},
		{"were detaining", "COERCE", "arrest",
			"Soldiers were detaining dozens of students at checkpoints outside Mekelle, residents said."},
		{"imposed curfews", "COERCE", "curfew",
			"Officials imposed curfews in four towns of Assam after the clashes."},
		{"cut phone networks", "COERCE", "censor",
			"The authorities cut mobile phone networks across Balochistan on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}
