package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Pronouns take the actor the text makes clear, and no other.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name, text, typ, source string
	}{
		{"opens the next sentence", "Hamas denied any role in the shooting. It said it remained committed to the ceasefire.", truce.Retreat, "HAMAS"},
		{"after a verb of saying", "The M23 said on Sunday it had shelled army positions near Goma with mortars.", truce.Assault, "M23"},
		{"object pronoun after a participle", "Ethiopia expelled seven UN officials on Thursday, accusing them of meddling in its internal affairs.", truce.Accuse, "ETH"},
		{"shares a coordinated verb's subject", "Sudan's army rejected the truce proposal, and said it would keep fighting the RSF in Darfur.", truce.Reject, "SDNMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				if tt.source == "" || hasActor(ev.Source, tt.source) {
					return
				}
				t.Errorf("source = %+v, want %s", ev.Source, tt.source)
				return
			}
			t.Errorf("no %s event in %+v", tt.typ, x.Events)
		})
	}
}

// An expletive "it" and an object pronoun stand for no one.
func TestPronounsLeftAlone(t *testing.T) {
	x := mustExtract(t, "It is unclear who fired the rockets at Sderot on Monday.", "2025-10-22")
	for _, ev := range x.Events {
		for _, a := range ev.Source {
			if a.Text == "It" {
				t.Errorf("expletive it taken as an actor: %+v", ev)
			}
		}
	}
}
