package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPrec53ProposalFrom checks that the country after "from" in "an
// offer from X", "an invitation from X" is the party the answer goes to,
// not the place of the event. Sentences of our own.
func TestPrec53ProposalFrom(t *testing.T) {
	for _, tc := range []struct{ text, typ, source, target string }{
		{"Kenya rejected a fresh offer from Tanzania for talks on the border dispute.", truce.Reject, "KEN", "TZA"},
		{"The junta in Niamey turned down an invitation from Ghana to attend the summit.", truce.Reject, "NER", "GHA"},
		{"The Hungarian government rebuffed a proposal from Austria on the new pipeline.", truce.Reject, "HUN", "AUT"},
		{"Colombia accepted a request from Ecuador to extradite the two suspects.", truce.Agree, "COL", "ECU"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			evs := eventsOf(t, tc.text, "2026-05-14", tc.typ)
			if len(evs) != 1 {
				t.Fatalf("%d %s events, want 1", len(evs), tc.typ)
			}
			ev := evs[0]
			if !hasActor(ev.Source, tc.source) || !hasActor(ev.Target, tc.target) {
				t.Errorf("source %v target %v, want %s and %s", ev.Source, ev.Target, tc.source, tc.target)
			}
			if ev.Location != nil && ev.Location.Country == tc.target[:3] {
				t.Errorf("the sender %s read as the place", ev.Location.Name)
			}
		})
	}
}

// TestPrec53MedicalHelp checks that help sought for care is no plea to a
// party, while help sought from a state still is. Sentences of our own.
func TestPrec53MedicalHelp(t *testing.T) {
	for _, text := range []string{
		"Kyrgyz health officials said 29 people had sought medical help.",
		"Doctors said some 60 residents sought hospital assistance after inhaling the smoke.",
		"Twelve miners were seeking psychological help after the collapse, the union said.",
	} {
		if evs := eventsOf(t, text, "2026-05-14", truce.Request); len(evs) != 0 {
			t.Errorf("%q: got %d requests, want none", text, len(evs))
		}
	}
	evs := eventsOf(t, "Somalia sought emergency help from Kenya after the floods.", "2026-05-14", truce.Request)
	if len(evs) != 1 || !hasActor(evs[0].Source, "SOM") {
		t.Errorf("a state seeking help: got %v, want one request by Somalia", evs)
	}
}

// TestPrec53StoppedClass checks that violence named as a bare plural after
// an infinitive of stopping is a class the effort is against, not an
// attack told as done, while one attack named with its determiner, or
// attacks told as launched, still code. Sentences of our own.
func TestPrec53StoppedClass(t *testing.T) {
	for _, text := range []string{
		"The junta has struggled to contain jihadist attacks in the north.",
		"The government has failed to stop jihadist attacks in the north.",
		"Peacekeepers have been unable to contain militia raids on villages in Ituri.",
		"Police in the port city have been struggling to curb gang killings.",
	} {
		if evs := eventsOf(t, text, "2026-05-14", truce.Assault); len(evs) != 0 {
			t.Errorf("%q: got %d attacks, want none", text, len(evs))
		}
	}
	for _, text := range []string{
		"Rebels launched attacks on three army posts near Goma on Sunday.",
		"Troops moved in to halt the assault on the town of Bunia.",
	} {
		if evs := eventsOf(t, text, "2026-05-14", truce.Assault); len(evs) != 1 {
			t.Errorf("%q: got %d attacks, want 1", text, len(evs))
		}
	}
}
