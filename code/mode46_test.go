package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Crewed aircraft brought down, told with a count, are a fight with the
// side that flew them; missiles and drones shot down stay weapons
// intercepted.
func TestDownedCraftCountedMode46(t *testing.T) {
	for _, text := range []string{
		"Ukrainian troops downed three Russian helicopters near Kharkiv on Tuesday.",
		"Armenia said its air defences had shot down four Azerbaijani warplanes near the border.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) == 0 {
			t.Errorf("%q: no ASSAULT event", text)
		}
		if evs := eventsOf(t, text, "2024-03-01", truce.Coerce); len(evs) != 0 {
			t.Errorf("%q: COERCE %s, want none", text, evs[0].Mode)
		}
	}
	for _, text := range []string{
		"Israeli air defences shot down five rockets fired from Gaza on Friday.",
		"Romanian air defences shot down four drones over the Danube delta on Friday.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Coerce, "seize"); len(evs) == 0 {
			t.Errorf("%q: should stay COERCE seize", text)
		}
	}
}

// A verdict on a thing told before its judge, in a relative clause
// without "that": "a move Moscow called a provocation".
func TestCalledGapMode46(t *testing.T) {
	tests := []struct{ text, typ, src string }{
		{"Oslo expelled a Russian diplomat, a move Moscow called a provocation.", truce.Accuse, "RUS"},
		{"Seoul said the North had flown a drone across the border, an accusation Pyongyang called a fabrication.", truce.Reject, "PRK"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", tt.typ)
		if len(evs) == 0 {
			t.Errorf("%q: no %s event", tt.text, tt.typ)
			continue
		}
		if !hasActor(evs[0].Source, tt.src) {
			t.Errorf("%q: source %v, want %s", tt.text, evs[0].Source, tt.src)
		}
	}
	wantNone(t, truce.Accuse, "Kenya called a meeting of regional leaders for next week.")
	wantNone(t, truce.Reject, "Kenya called a meeting of regional leaders for next week.")
}

// A named victim shot or beaten in a story's first sentence is the attack
// the story tells; one person shot and not killed is one hurt.
func TestLeadVictimMode46(t *testing.T) {
	text := "Honduran opposition leader Carlos Mejia was shot twice on Sunday outside his home in Tegucigalpa, police said."
	evs := eventsOf(t, text, "2024-03-01", truce.Assault)
	if len(evs) == 0 {
		t.Fatalf("%q: no ASSAULT event", text)
	}
	if !hasActor(evs[0].Target, "HND") {
		t.Errorf("%q: target %v, want HND", text, evs[0].Target)
	}
	if evs[0].Injuries == nil || evs[0].Injuries.Min != 1 {
		t.Errorf("%q: injuries %v, want 1", text, evs[0].Injuries)
	}
	text = "Opposition leader Maria Lopez was beaten outside her office in Caracas on Tuesday, her party said."
	if evs := eventsOf(t, text, "2024-03-01", truce.Assault, "beat"); len(evs) == 0 {
		t.Errorf("%q: no ASSAULT beat event", text)
	}
	// Later in the story, the passive tells what befell a victim of the
	// act already told: one attack, not two.
	text = "Police fired tear gas at marchers in Quito on Monday. The student leader Juan Soto was shot in the leg."
	if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) != 1 {
		t.Errorf("%q: %d ASSAULT events, want 1", text, len(evs))
	}
}

// The protest of a crowd met by force, told in a relative clause a few
// words past the crowd's noun.
func TestProtestersWhoMode46(t *testing.T) {
	for _, text := range []string{
		"Riot police fired tear gas and stun grenades at several thousand opposition demonstrators who tried to march on the presidential palace in Kinshasa on Saturday.",
		"Police fired tear gas at hundreds of protesters angry over fuel prices who tried to break through a cordon outside parliament in Accra.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Protest); len(evs) == 0 {
			t.Errorf("%q: no PROTEST event", text)
		}
	}
	// People who were hurt or fled are no protest told.
	wantNone(t, truce.Protest, "Police fired tear gas at hundreds of residents who were fleeing the fighting in Goma.")
}

// A conversation held over the telephone is a phone call (lex55).
func TestConversationByPhoneLex55(t *testing.T) {
	for _, text := range []string{
		"Macron said he had held a very friendly conversation with Scholz by phone.",
		"The Thai and Cambodian army chiefs held a hotline conversation on Tuesday.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Consult, "phone"); len(evs) == 0 {
			t.Errorf("%q: no CONSULT phone event", text)
		}
	}
}

// More wrongs a measure answers (lex55, on lex22_reason.go): working
// against a state's interests, remarks cited, an attack said ordered.
func TestMeasureReasonLex55(t *testing.T) {
	tests := []struct{ text, src, tgt string }{
		{"Ghana expelled two Nigerian diplomats on Friday, saying they had been working against its national interests.", "GHA", "NGA"},
		{"Lithuania ordered the Belarusian ambassador to leave on Monday, citing offensive remarks by Belarusian officials.", "LTU", "BLR"},
		{"Norway closed the Russian consulate in Kirkenes, saying Russian agents had organised a sabotage plot against a railway line.", "NOR", "RUS"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Accuse)
		if len(evs) == 0 {
			t.Errorf("%q: no ACCUSE event", tt.text)
			continue
		}
		if !hasActor(evs[0].Source, tt.src) || !hasActor(evs[0].Target, tt.tgt) {
			t.Errorf("%q: %v -> %v, want %s -> %s", tt.text, evs[0].Source, evs[0].Target, tt.src, tt.tgt)
		}
	}
	// A reason that blames no one is no accusation.
	wantNone(t, truce.Accuse, "Kenya closed its border with Somalia on Tuesday, citing the security situation.")
}
