package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPlace47ShortWordDateline checks that a dateline whose town opens
// with a word of two letters ("LA PAZ -", "EL GENEINA, Sudan -") is read
// as one: acts that name no place of their own are in that town, and the
// country after the town is where the story is filed from, not a doer.
func TestPlace47ShortWordDateline(t *testing.T) {
	place43Run(t, []place43Case{
		{"a march told under a two-word dateline",
			"LA PAZ - Police fired tear gas at miners who marched on the presidential palace on Monday.",
			"PROTEST:marched", "La Paz", "BOL"},
		{"an officer killed under an Arabic article's dateline",
			"AL MUKALLA, Yemen - Gunmen shot dead a security officer outside his home on Sunday.",
			"ASSAULT:shot dead", "Mukalla", "YEM"},
		{"a line that opens with a short capital word and no dateline",
			"UN envoy Hans Grundberg met Houthi leaders in Sanaa on Tuesday.",
			"CONSULT:Grundberg", "Sanaa", "YEM"},
	})
}

// TestPlace47DatelineCountryNoDoer checks that the country closing a
// dateline that opens with a short word is not read as the doer of an
// attack whose doer the next sentence blames.
func TestPlace47DatelineCountryNoDoer(t *testing.T) {
	text := "EL GENEINA, Sudan - A drone hit a crowded market in the town on Friday, killing nine people, aid workers said. The army blamed the Rapid Support Forces for the strike."
	evs := eventsOf(t, text, "2025-11-20", truce.Assault)
	if len(evs) == 0 {
		t.Fatal("no attack coded")
	}
	for _, ev := range evs {
		for _, s := range ev.Source {
			if s.ID == "SDN" {
				t.Errorf("source %s from the dateline, want the side blamed: %+v", s.ID, ev.Source)
			}
		}
	}
}

// TestPlace47AbbreviatedMonth checks that a month abbreviated before its
// day ("on Oct. 9", "on Dec. 2") is not read as a place the
// gazetteer lacks.
func TestPlace47AbbreviatedMonth(t *testing.T) {
	place43Run(t, []place43Case{
		{"an offensive dated by an abbreviated month",
			"ANKARA - Turkey launched an offensive on Oct. 9 against Kurdish fighters in northeast Syria.",
			"ASSAULT:offensive", "Syria", "SYR"},
		{"an assault dated by another abbreviated month",
			"MOSCOW - Russia launched an assault on Dec. 2 against Ukrainian positions in eastern Ukraine.",
			"ASSAULT:assault", "Ukraine", "UKR"},
	})
}
