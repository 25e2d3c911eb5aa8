package code_test

import "testing"

// TestWireVocabularyEleventh checks trigger rows for constructions found
// miscoded in blind newsroom digests, each said in our own words with
// other actors and places: armed men entering "the town of" a named
// place take it over, even when a phrase after the subject ("troops
// loyal to the junta", "soldiers backed by militias") stands between
// them and the verb; a crowd that defies a ban to march protests.
func TestWireVocabularyEleventh(t *testing.T) {
	tests := []struct {
		name, typ, mode, src, tgt string // mode, src, tgt "" are not checked
		text                      string
	}{
		{"troops backed by militias entered the town of", "COERCE", "seize", "KEN", "",
			"Kenyan troops backed by local militias entered the town of Afmadow in Lower Juba on Tuesday."},
		{"soldiers loyal to entered the city of", "COERCE", "seize", "", "",
			"Soldiers loyal to the junta entered the city of Menaka on Saturday after the rebels withdrew."},
		{"forces entered the village of", "COERCE", "seize", "", "",
			"Ethiopian federal forces entered the village of Hawzen early on Monday, residents said."},
		// a crowd that defies a ban to march protests.
		{"defied a ban to march", "PROTEST", "demo", "", "",
			"Thousands of students defied a ban to march against the new tax law in Nairobi."},
		{"defying a police ban to rally", "PROTEST", "demo", "", "",
			"Opposition supporters took to the streets of Dakar on Friday, defying a police ban to rally in the city centre."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}

// TestReliefEnteringTownTakesNothing: a convoy or refugees entering a
// town seize nothing.
func TestReliefEnteringTownTakesNothing(t *testing.T) {
	for _, text := range []string{
		"A Red Crescent convoy entered the town of Madaya on Monday with food and medicine.",
		"Thousands of refugees entered the city of Przemysl overnight, border guards said.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Mode == "seize" {
					t.Errorf("got a seizure %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}
