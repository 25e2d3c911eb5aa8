package code_test

// Constructions blind wire copy uses for acts the coder once dropped:
// a weapon sent in the passive at a place with no hand named, and ties
// broken with no "off" or "with".

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestDroppedActsWire11: each sentence codes an event of the type and
// mode given, with an actor of the source and target given ("" checks
// nothing).
func TestDroppedActsWire11(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, src, tgt string
	}{
		// A weapon thrown or fired, in the passive, at a thing or a
		// settlement is an attack though no hand is named; a settlement's
		// people are hit.
		{"grenade-thrown-into-cafe",
			"A grenade was hurled into a crowded cafe in Bujumbura late on Saturday.",
			truce.Assault, "explosives", "", ""},
		{"mortar-rounds-lobbed-into-town",
			"Police said they had found two launch tubes in a field, hours after mortar rounds were lobbed into the town of Goma.",
			truce.Assault, "heavy-weapons", "", "CODCVL"},
		{"rockets-launched-towards-village",
			"Two rockets were launched towards the town of Sderot overnight, the army said.",
			truce.Assault, "", "", "ISR"},
		// Relations ended with no "off" or "with" after the verb.
		{"breaking-ties-after-clause",
			"Serbia's president responded by suspending diplomatic relations with Pristina, and Montenegro announced it was breaking ties altogether.",
			truce.Sanction, "withdraw", "MNE", ""},
		{"broken-all-ties",
			"Vanuatu said on Tuesday it had broken all ties with Taiwan.",
			truce.Sanction, "withdraw", "VUT", "TWN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
	// Words that only share those verbs tell no attack.
	for _, text := range []string{
		"Shots were fired into the air at a wedding party in Herat.",
		"The singer broke ties with her record label in March.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				t.Errorf("got %s/%s", ev.Type, ev.Mode)
			}
		})
	}
}
