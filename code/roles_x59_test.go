package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesX59BannedGroup checks that members of a banned group the
// dictionary does not know, jailed or arrested by a state, are that
// state's opposition, and that a group not said to be banned is left
// alone. Sentences of our own.
func TestRolesX59BannedGroup(t *testing.T) {
	tests := []struct{ text, typ, target string }{
		{"A court in Dhaka jailed 52 members of the banned Tawhid Brotherhood on Monday.", truce.Accuse, "BGDOPP"},
		{"Police in Tashkent arrested 30 members of the outlawed Hizb al-Nasr movement.", truce.Coerce, "UZBOPP"},
		{"A court in Abuja jailed 12 members of the proscribed Eastern Freedom Council.", truce.Accuse, "NGAOPP"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", tt.typ)
			if len(evs) == 0 {
				t.Fatalf("no %s coded", tt.typ)
			}
			if !prec48HasID(evs[0].Target, tt.target) {
				t.Errorf("target %+v, want %s", evs[0].Target, tt.target)
			}
		})
	}
}

// TestRolesX59LoneAttacker checks that one unknown person who stabs or
// shoots people the roles name as public actors codes an attack, and
// that a man who kills his own kin codes none. Sentences of our own.
func TestRolesX59LoneAttacker(t *testing.T) {
	tests := []struct{ text, target string }{
		{"A man stabbed three pupils and a teacher outside a school in Lyon.", "FRA"},
		{"A man shot dead two farmers who were blocking a road near Santa Cruz, Bolivia, on Monday.", "BOL"},
		{"A woman stabbed two police officers near the parliament in Oslo.", "NORCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no attack coded")
			}
			ok := false
			for _, a := range evs[0].Target {
				ok = ok || a.ID == tt.target || len(tt.target) == 3 && a.Country == tt.target
			}
			if !ok {
				t.Errorf("target %+v, want %s", evs[0].Target, tt.target)
			}
		})
	}
	wantNone(t, truce.Assault, "A man shot dead his former wife and her two brothers at a farmhouse outside Perth before killing himself, police said.")
}
