package code_test

import (
	"slices"
	"testing"
)

// TestPlace46AbroadAttack checks that a foreign armed force's attack told
// with no place of its own is placed where the sentence before put the
// story, not in the force's home country.
func TestPlace46AbroadAttack(t *testing.T) {
	place43Run(t, []place43Case{
		{"foreign drones the next day",
			"Gunmen seized a fishing village near Bosaso on Monday, residents said. Emirati drones hit their vehicles the next day.",
			"Emirati drones", "Bosaso", "SOM"},
		{"foreign troops pound the raiders",
			"Islamist fighters overran a military camp near Diffa on Thursday, the army said. Chadian troops pounded their positions the following day.",
			"Chadian troops", "Diffa", "NER"},
		{"foreign troops shell a seized port",
			"Fighters loyal to a local warlord seized the port of Kismayo on Friday, residents said. Kenyan troops shelled their positions the next morning.",
			"Kenyan troops", "Kismayo", "SOM"},
	})
}

// TestPlace46AbroadAttackNotFar checks that a story told two sentences
// back does not place the foreign force's attack: with a sentence between,
// the town is no longer the scene.
func TestPlace46AbroadAttackNotFar(t *testing.T) {
	x := mustExtract(t, "Gunmen seized a fishing village near Bosaso on Monday, residents said. The talks stalled. Emirati drones hit their vehicles the next day.", "2025-11-20")
	for _, ev := range x.Events {
		if ev.Evidence.Sentence == "Emirati drones hit their vehicles the next day." && ev.Location != nil && ev.Location.Name == "Bosaso" {
			t.Errorf("attack two sentences after Bosaso placed at Bosaso")
		}
	}
}

// place46Placed returns the names of the places the events of one type
// in text are placed at.
func place46Placed(t *testing.T, text, typ string) []string {
	t.Helper()
	var names []string
	for _, ev := range eventsOf(t, text, "2025-11-20", typ) {
		if ev.Location != nil {
			names = append(names, ev.Location.Name)
		}
	}
	return names
}

// TestPlace46HarmVerbPlace checks that an act noun whose verb of harm is
// the next trigger keeps the place told after that verb ("a mortar round
// wounded three children in Butig"), even when the clause before names
// another place, and that a place after a preposition of motion ("as
// they ran towards Butig") does not place it.
func TestPlace46HarmVerbPlace(t *testing.T) {
	got := place46Placed(t, "Government troops clashed with militants outside Marawi, and the army said a mortar round wounded three children in Butig.", "ASSAULT")
	if !slices.Contains(got, "Butig") || !slices.Contains(got, "Marawi") {
		t.Errorf("places = %q, want Marawi (the clash) and Butig (the mortar round)", got)
	}
	got = place46Placed(t, "Government troops clashed with militants outside Marawi, and the army said a mortar round wounded three children as they ran towards Butig.", "ASSAULT")
	if slices.Contains(got, "Butig") {
		t.Errorf("places = %q, want none at Butig, where the children ran to", got)
	}
}
