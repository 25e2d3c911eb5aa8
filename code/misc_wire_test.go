package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Document-level labels and doers lent by the words around an act, in
// wordings that differ from the dev files they were found in.
func TestMiscWire(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string // the PLOVER type of an event wanted; "" for any
		source     string // as probeActor reads it; "" for any
		acled      string // "type/subtype" wanted, or a start of it; "" for any
		in         string // words of the wanted event's sentence; "" for any
	}{
		// An armed group claiming an act noun is its doer, as with
		// "claimed responsibility for".
		{"group claimed a bombing",
			"Boko Haram claimed a roadside bombing near Maiduguri that killed six soldiers.",
			truce.Assault, "BOKOHARAM", "", ""},
		{"group claims an ambush",
			"Al-Shabaab claims an ambush outside Baidoa that left seven Ethiopian troops dead.",
			truce.Assault, "ALSHABAAB", "", ""},
		// Fireworks thrown at someone are a weapon, not an accident.
		{"firecrackers hurled at officers",
			"Masked youths hurled firecrackers at officers and torched cars in the Brussels district of Molenbeek.",
			"", "", "Riots/Violent demonstration", ""},
		{"pelted with fireworks",
			"Angry residents pelted the gendarmes with fireworks and set a town hall ablaze in Cayenne overnight.",
			"", "", "Riots/", ""},
		// Force used on a crowd that rioted just before is the riot's; on
		// a peaceful march it stays a protest broken up.
		{"tear gas after rioting",
			"Rioters looted shops and set a customs office ablaze in the port city of Beira on Thursday. Police fired tear gas at the crowd, witnesses said.",
			"", "", "Riots/Violent demonstration", "tear gas"},
		{"water cannon after a riot",
			"Hundreds of farmers rioted outside the regional assembly in Rennes, smashing windows and burning tyres. Riot police then used water cannon to disperse them.",
			"", "", "Riots/Violent demonstration", "water cannon"},
		{"tear gas at a peaceful march",
			"Thousands of teachers marched peacefully through Lusaka on Monday to demand unpaid wages. Police fired tear gas at the marchers near parliament.",
			"", "", "Protests/Protest with intervention", "tear gas"},
		// A fire set to part of a place, the place's name long.
		{"set part of a building on fire",
			"Angry students set part of the main library on fire in Dhaka on Sunday.",
			"", "", "Riots/", "library"},
		{"set parts of an office ablaze",
			"Demonstrators set parts of the governor's office ablaze in Bishkek on Friday.",
			"", "", "Riots/", "ablaze"},
		// Arrests counted after a riot stay arrests; after a peaceful
		// march they are the march broken up.
		{"arrests after rioting",
			"Thousands of opposition supporters marched through Maputo on Thursday, and rioters later torched a bank and a police post. Police said 140 people had been arrested.",
			"", "", "Strategic developments/Arrests", "arrested"},
		{"arrests after a march",
			"Thousands of nurses marched on the health ministry in Harare on Monday to demand better pay. Police said 60 people had been arrested.",
			"", "", "Protests/Protest with intervention", "arrested"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-20")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ || tt.source != "" && !probeActor(ev.Source, tt.source) ||
					tt.acled != "" && !strings.HasPrefix(ev.ACLEDType+"/"+ev.ACLEDSubtype, tt.acled) ||
					!strings.Contains(ev.Evidence.Sentence, tt.in) {
					continue
				}
				return
			}
			t.Errorf("no %s from %q with source %q, acled %q: %s", tt.typ, tt.text, tt.source, tt.acled, multiShow(x.Events))
		})
	}
}
