package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "The authorities" a named outside voice appeals to are those of the
// country where the acts the story told before happened, not of a city
// named as the speaker's seat, nor of another state named later in the
// sentence or earlier in the story. Each text is in the project's own
// words.
func TestRolesT33AddressedAuthorities(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a press group and a later embassy",
			"Police in Lomé detained six reporters of a weekly newspaper on Monday. The Committee to Protect Journalists urged the authorities to release them, and the French embassy said it was concerned.",
			truce.Request, "CPJ", "TGOGOV", "", "FRAGOV"},
		{"a UN office with its seat named",
			"Security forces in Conakry fired tear gas at thousands of opposition supporters on Thursday. The UN human rights office in Geneva urged the authorities to respect the right to protest.",
			truce.Request, "", "GINGOV", "", "CHEGOV"},
		{"a regional bloc and a mediator named later",
			"Soldiers in Niamey detained the prime minister and two of his ministers on Tuesday. The African Union urged the government to free them, Kenya's foreign ministry said.",
			truce.Request, "AU", "NERGOV", "", "KENGOV"},
		// A guard: a country's own rebels speak to their own government,
		// whatever country the act before happened in.
		{"rebels appeal to their own government",
			"Somali troops killed 12 fighters near Kismayo on Monday. The Ambazonia Governing Council urged the government to open talks.",
			truce.Request, "CMRREB", "CMRGOV", "", "SOMGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A state's forces that find or defuse bombs, mines or explosives whose
// owner no one around names take them from the country's insurgents, not
// from no one. Each text is in the project's own words.
func TestRolesT33UnnamedInsurgents(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a cache with homemade mines in a forest",
			"Kenyan soldiers found a cache of rifles, grenades and homemade mines in a forest near Lamu on Saturday, the army said.",
			truce.Coerce, "KENMIL", "KENREB", "", ""},
		{"explosives and detonators in a rented house",
			"Police in Peshawar found explosives and detonators in a rented house on Monday, officials said.",
			truce.Coerce, "", "PAKREB", "", ""},
		{"a second device defused after a blast",
			"A bomb exploded near a bus station in Kaduna on Friday, wounding four people. Hours later, soldiers defused a second device hidden under a market stall.",
			truce.Coerce, "", "NGAREB", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
