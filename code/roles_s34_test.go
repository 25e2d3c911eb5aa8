package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A subject relative clause may carry a phrase of time of its own ("who
// arrived after the ambush", "whose dispute has cost lives since 2019")
// before the main verb: the actor the relative hangs from is still the
// main verb's subject. Each text is in the project's own words.
func TestRolesS34RelativeWithTime(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"who relative with after",
			"In Tumaco, Colombia, soldiers who arrived after the ambush fought the remaining ELN guerrillas until dawn on Tuesday.",
			truce.Assault, "COLMIL", "ELN", "", ""},
		{"who relative with since",
			"Farmers who have blocked the highway near Ludhiana in India since early March stormed a government office on Monday.",
			"", "INDCVL", "", "", ""},
		{"whose relative with a phrase of time",
			"In Cotabato, in the Philippines, two clans whose quarrel with local police had cost six lives in recent years signed a peace pact on Saturday.",
			truce.Agree, "PHLMLT", "", "PHLCOP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// The place an office or post deals with ("office for Bosnia", "envoy
// for Colombia", "the Korea Affairs Office") is its remit, not the actor:
// the owner of the office acts. Each text is in the project's own words.
func TestRolesS34OfficeRemit(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"possessor's office for a country",
			"Croatia's office for Bosnia on Monday dismissed the proposal as a stunt.",
			"", "HRV", "", "BIH", ""},
		{"possessor's representative for a country",
			"Norway's special representative for Colombia on Friday welcomed the ceasefire between the government and the ELN.",
			truce.Support, "NOR", "", "COL", ""},
		{"modifier's envoy for a country",
			"The Turkish special envoy for Libya on Tuesday accused the Wagner Group of shelling Tripoli.",
			truce.Accuse, "TUR", "", "LBY", ""},
		{"office named for its remit",
			"Tokyo's North Korea Affairs Office on Sunday accused Pyongyang of firing a missile over Hokkaido.",
			truce.Accuse, "JPN", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
