package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Retribution promised to a rival ("would pay for it"), a claimed right
// to answer by force and action promised against those responsible are
// threats, from the speaker to the side named; paying for schools is not.
func TestMode50PromisedRetribution(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"The Ethiopian government said the rebels would pay for it.", "ETHGOV", "ETHREB"},
		{"Kyiv said Moscow would pay for this crime.", "UKRGOV", "RUS"},
		{"Pakistan's foreign ministry said it had the right to respond and warned India.", "PAKGOV", "IND"},
		{"Hanoi said on Monday it had every right to respond to the seizure of its fishing boats.", "VNMGOV", ""},
		{"The European Union said it would take action against those behind the coup in Niger.", "EU", ""},
	} {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Threaten)
		if len(evs) == 0 {
			t.Errorf("%q: no threat", c.text)
			continue
		}
		if !hasActor(evs[0].Source, c.src) || c.tgt != "" && !hasActor(evs[0].Target, c.tgt) {
			t.Errorf("%q: threat %v -> %v, want %s -> %s", c.text, evs[0].Source, evs[0].Target, c.src, c.tgt)
		}
	}
	wantNone(t, truce.Threaten, "The city council said it would pay for the new schools in Accra.")
}

// State forces that seize or capture a person arrest them (CAMEO 173);
// rebels who seize an official abduct him, and troops that seize a town
// take ground.
func TestMode50ForcesSeizePerson(t *testing.T) {
	for _, text := range []string{
		"Malian soldiers seized President Ibrahim Boubacar Keita at his home in Bamako on Tuesday.",
		"Colombian police captured the rebel commander near the Venezuelan border on Friday.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest")) == 0 {
			t.Errorf("%q: no arrest", text)
		}
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) > 0 {
			t.Errorf("%q: a capture of a person read as an attack", text)
		}
	}
	text := "Rebels seized the provincial governor on the road to Bukavu."
	if len(eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest")) > 0 {
		t.Errorf("%q: an abduction by rebels read as an arrest", text)
	}
	text = "Sudanese troops seized the town of Wad Madani on Saturday."
	if len(eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest")) > 0 {
		t.Errorf("%q: ground taken read as an arrest", text)
	}
}
