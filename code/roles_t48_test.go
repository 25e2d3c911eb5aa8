package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesT48HeldStruck checks that ground bombed or shelled and named
// only by who holds it ("rebel-held towns") is a blow at the people who
// live there, while taking such ground, or hitting a holder's position
// or base, is a blow at the holder. Sentences of our own.
func TestRolesT48HeldStruck(t *testing.T) {
	tests := []struct{ text, target, not string }{
		{"Army howitzers shelled opposition-held villages near Taiz on Tuesday, killing four farmers.", "YEMCVL", "YEMOPP"},
		{"Military jets bombed the rebel-controlled town of Dilling in South Kordofan on Friday.", "SDNCVL", "SDNREB"},
		{"Government warplanes struck insurgent-held districts of Marib province overnight.", "YEMCVL", "YEMREB"},
		{"Rebels overran the army-held town of Kidal on Sunday.", "MLIMIL", "MLICVL"},
		{"Government troops recaptured the rebel-held town of Bria on Monday.", "CAFREB", "CAFCVL"},
		{"Rockets hit an army-held base near Dilling.", "SDNMIL", "SDNCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no attack coded")
			}
			if !prec48HasID(evs[0].Target, tt.target) {
				t.Errorf("target %+v, want %s", evs[0].Target, tt.target)
			}
			if prec48HasID(evs[0].Target, tt.not) {
				t.Errorf("target %+v, want no %s", evs[0].Target, tt.not)
			}
		})
	}
}

// TestRolesT48PromiseAddressee checks that a state's promise naming no
// one it is made to, or naming only the state itself or its own forces
// as the ones who will keep it, goes to the party the state last dealt
// with, and that a promise to its own people keeps them. Sentences of
// our own.
func TestRolesT48PromiseAddressee(t *testing.T) {
	tests := []struct{ text, target, not string }{
		{"Chile's foreign minister met his Peruvian counterpart in Lima on Monday. He promised that Chile would reopen the border crossing at Chacalluta within a month.", "PERGOV", "CHLGOV"},
		{"Ghana's president hosted his Togolese counterpart in Accra on Tuesday. He promised that Ghanaian police would protect Togolese traders in Accra.", "TGOGOV", "GHACOP"},
		{"Thai Prime Minister Srettha met opposition leaders on Monday. The government pledged to free 50 opposition activists held since the protests.", "THAOPP", ""},
		{"Chile's president met his Argentine counterpart in Santiago on Monday. Chile promised to help its neighbours fight forest fires.", "", "ARGGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Agree)
			if len(evs) == 0 {
				t.Fatalf("no promise coded")
			}
			ev := evs[len(evs)-1]
			if tt.target != "" && !prec48HasID(ev.Target, tt.target) {
				t.Errorf("target %+v, want %s", ev.Target, tt.target)
			}
			if tt.not != "" && prec48HasID(ev.Target, tt.not) {
				t.Errorf("target %+v, want no %s", ev.Target, tt.not)
			}
		})
	}
}
