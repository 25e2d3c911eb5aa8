package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex35HandedKit checks military craft and vehicles handed to another
// party's forces, with or without "over": military aid (CAMEO 072) to the
// forces named after "to", not a release of captives.
func TestLex35HandedKit(t *testing.T) {
	wantEvents(t, truce.Aid, "", []sidesCase{
		{"handed boats to navy", "Kenya handed two patrol boats to the Somali navy on Friday.", "KEN", "SOM"},
		{"handed over vehicles to army", "Germany handed over twelve armoured vehicles to the Nigerien army in Niamey.", "DEU", "NER"},
		{"handed aircraft to air force", "Turkey handed a light transport aircraft to the Togolese air force.", "TUR", "TGO"},
	})
}

// TestLex35HandedGunsToPolice checks small arms given up to the police
// without "over": disarming (CAMEO 0873), not an armed attack.
func TestLex35HandedGunsToPolice(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"rifles to police", "Clan fighters in Enga province handed 30 rifles to police in Wabag on Monday."},
		{"rifles and pistols to provincial police", "Two feuding militias in Hela handed eleven rifles and pistols to the provincial police."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range mustExtract(t, tt.text, "2024-03-01").Events {
				if ev.Type == truce.Retreat && ev.Mode == "disarm" {
					return
				}
				got = append(got, ev.Type+"/"+ev.Mode)
			}
			t.Errorf("want RETREAT/disarm, got %q", got)
		})
	}
}

// TestLex35NamedWithContempt checks a person named by a word of contempt,
// or an act named as a decoy or a lie: censure (CAMEO 111, ACCUSE) from
// the one who names it.
func TestLex35NamedWithContempt(t *testing.T) {
	wantEvents(t, truce.Accuse, "", []sidesCase{
		{"called leaders traitors", "The Venezuelan government called the opposition leaders traitors.", "VEN", ""},
		{"called ruling a smokescreen", "Caracas called the court ruling \"a smokescreen\".", "VEN", ""},
		{"branded statement a pack of lies", "Colombia's defence ministry branded the rebel statement a pack of lies.", "COL", ""},
	})
}

// TestLex35CrowdBlocked checks a crowd barring the way: a protest by
// obstruction (CAMEO 144), while armed forces blocking roads stay a
// blockade (COERCE).
func TestLex35CrowdBlocked(t *testing.T) {
	wantEvents(t, truce.Protest, "obstruct", []sidesCase{
		{"protesters blocked convoy", "Protesters in Gao blocked a UN convoy heading to Kidal.", "MLI", "UN"},
		{"students blocked convoy", "Hundreds of students blocked a French army convoy near Dosso on Friday.", "NER", "FRA"},
	})
	wantNone(t, truce.Protest,
		"Chadian troops blocked the roads into Abeche on Monday.")
}
