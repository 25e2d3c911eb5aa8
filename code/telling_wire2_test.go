package code_test

// More constructions of wire copy written without the coder in mind:
// orders given to another party, relief sent in loads, and a case taken
// up with a foreign leader.

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestWireConstructions2: each sentence codes an event of the type and
// mode given, with an actor of the source and target given (an id, or a
// three-letter country code that any of its actors matches; "" checks
// nothing).
func TestWireConstructions2(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, src, tgt string
	}{
		// "told X to <yield>": an order given to another party is a
		// demand on it, not the act it is told to do.
		{"told-to-withdraw",
			"Ankara told Baghdad to withdraw its troops from the border posts.",
			truce.Request, "yield", "TUR", "IRQ"},
		{"told-to-remove",
			"Hanoi told Beijing to remove the oil rig from its waters.",
			truce.Request, "yield", "VNM", "CHN"},
		{"told-to-free",
			"Washington told Caracas on Monday to free the detained oil executives.",
			truce.Request, "", "USA", "VEN"},
		// Relief told in loads, or rushed to a place: aid.
		{"trucks-of-tents",
			"Turkey sent twelve trucks of tents, blankets and flour to Syria's Idlib province on Tuesday.",
			truce.Aid, "", "TUR", "SYR"},
		{"planeloads-of-medicine",
			"Jordan dispatched four planeloads of medical supplies to Gaza.",
			truce.Aid, "", "JOR", "PSE"},
		{"rushed-food",
			"Egypt rushed food, water and medicine to Sudan's Darfur region on Friday.",
			truce.Aid, "", "EGY", "SDN"},
		// "A and B signed the deal": the signing is an act of its own,
		// though the deal is named as one told before.
		{"signed-the-accord",
			"Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud signed the accord in Nairobi on Sunday.",
			truce.Agree, "", "KEN", "SOM"},
		{"inked-the-deal",
			"Serbia and Kosovo inked the deal in Brussels after months of haggling.",
			truce.Agree, "", "SRB", "XKX"},
		// A case or issue raised with a foreign leader: a consultation.
		{"raised-the-issue-with",
			"Japan's foreign minister raised the issue with his Chinese counterpart in Jakarta on Monday.",
			truce.Consult, "", "JPN", "CHN"},
		{"raised-case-with",
			"Canadian Prime Minister Mark Carney raised the detained journalist's case with Indian Prime Minister Narendra Modi.",
			truce.Consult, "", "CAN", "IND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
}

// TestToldNoDemand: "told" reporting words, not an order to anyone.
func TestToldNoDemand(t *testing.T) {
	for _, text := range []string{
		"The minister told reporters it was too early to withdraw the troops.",
		"Officials told Reuters they expected the talks to end on Friday.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Request {
					t.Errorf("got a REQUEST %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}
