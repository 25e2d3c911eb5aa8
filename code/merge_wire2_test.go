package code_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Two coordinated verbs of one category: one act told in stages folds
// into one event coded by its last stage, while two acts, each verb with
// an object of its own, stay two events.
func TestCoordinatedActsOfOneKind(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string
		modes      string // the sorted modes of the events of typ
	}{
		// Two coercions of one object: the arrest is the deportation's
		// first step.
		{"detained and deported one object",
			"The junta detained and deported 25 foreign journalists from Conakry last week.",
			truce.Coerce, "deport"},
		{"rounded up and expelled one object",
			"Border guards rounded up and expelled hundreds of Eritrean migrants near Kassala on Friday.",
			truce.Coerce, "deport"},
		// Each coercion with its own object is an act of its own.
		{"seized a cargo and detained the crew",
			"Coast guards seized a shipment of ammunition and detained the crew off Mombasa on Saturday.",
			truce.Coerce, "arrest,seize"},
		// One act told twice still folds.
		{"arrested and held one object",
			"Police in Lagos arrested and detained 12 activists on Monday.",
			truce.Coerce, "arrest"},
		// Two attacks with two weapons and two objects.
		{"shelled villages and bombed a market",
			"Soldiers shelled villages near Kutum and bombed a market in Fata Borno on Friday.",
			truce.Assault, "aerial,heavy-weapons"},
		{"shelled a district and opened fire on a post",
			"M23 rebels shelled a district of Goma and opened fire on a police post in the city on Sunday.",
			truce.Assault, "firearms,heavy-weapons"},
		// Sanctions of two kinds stay apart.
		{"expelled an envoy and recalled its own",
			"Algeria expelled Morocco's ambassador on Tuesday and recalled its own envoy from Rabat over the border dispute.",
			truce.Sanction, "expel,withdraw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			var modes []string
			for _, ev := range x.Events {
				if ev.Type == tt.typ {
					modes = append(modes, ev.Mode)
				}
			}
			sort.Strings(modes)
			if got := strings.Join(modes, ","); got != tt.modes {
				t.Errorf("modes %q, want %q: %s", got, tt.modes, multiShow(x.Events))
			}
		})
	}
}

// The burning and the looting of one raid by the same doers are one
// event, ACLED's looting and property destruction.
func TestBurnedAndLootedOneRaid(t *testing.T) {
	tests := []struct{ name, text string }{
		{"burned homes and looted shops",
			"Militiamen burned dozens of homes in a village near Bunia on Sunday and looted shops."},
		{"torched granaries and made off with cattle",
			"Armed bandits torched granaries in Zamfara and made off with cattle."},
		{"looted a clinic and set it ablaze",
			"Gunmen looted the clinic and set it ablaze in Djibo."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			if len(x.Events) != 1 {
				t.Errorf("%d events, want 1: %s", len(x.Events), multiShow(x.Events))
			}
		})
	}
}
