package code_test

// The sides build gives an event, by shape of sentence.

import (
	"testing"

	"github.com/truce-project/truce"
)

// A mob's violence where the sentence tells of no protest is done by the
// place's civilians, not by protesters; a protest's stays the protesters'.
func TestBuild26MobCivilians(t *testing.T) {
	tests := []struct {
		name, text, src string
	}{
		{"looters in a port town",
			"Looters ransacked and burned stores across Lae on Thursday.",
			"PNGCVL"},
		{"men on a rampage",
			"Hundreds of young men went on a rampage in Kisumu, Kenya, on Monday, burning houses.",
			"KENCVL"},
		{"crowds loot warehouses",
			"Crowds looted warehouses and set trucks ablaze in Beira, Mozambique, on Sunday.",
			"MOZCVL"},
		{"protesters still protest",
			"Protesters torched the town hall in Kisumu, Kenya, on Monday.",
			"KENPRO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if len(ex.Events[i].Source) > 0 && got == nil {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no event with a source: %+v", ex.Events)
			}
			if !exactActor(got.Source, tt.src) {
				t.Errorf("%s %s/%s source %v, want %s", got.Type, got.ACLEDType, got.ACLEDSubtype, got.Source, tt.src)
			}
		})
	}
}
