package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A state's security agencies act as its police or intelligence services,
// not as the country at large nor as its army: "security services" and
// the officers of a civil agency ("anti-corruption officers", "security
// officers") take their own sector. Each text is in the project's own
// words; a case passes when some event of the type runs from source to
// target.
func TestRolesS27Agencies(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a demonym's security services",
			"Uzbek security services arrested eleven bloggers on Friday.",
			truce.Coerce, "UZBSPY", "", "", ""},
		{"a possessive country's security services",
			"Zambia's security services detained three opposition organisers in Lusaka on Friday.",
			truce.Coerce, "ZMBSPY", "", "", ""},
		{"security officers in a capital",
			"Security officers in Almaty detained a journalist on Sunday.",
			truce.Coerce, "KAZCOP", "", "KAZMIL", ""},
		{"a demonym's anti-corruption officers",
			"Armenian anti-corruption officers detained the mayor of Gyumri on Monday.",
			truce.Coerce, "ARMCOP", "", "ARMMIL", ""},
		{"army officers stay soldiers",
			"Army officers in Bamako arrested the prime minister on Monday.",
			truce.Coerce, "MLIMIL", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A country that decrees a curfew, a ban or a state of emergency acts
// through its government.
func TestRolesS27StateDecrees(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a country declares a state of emergency",
			"Kenya declared a state of emergency on Monday after a wave of killings.",
			truce.Coerce, "KENGOV", "", "", ""},
		{"a country imposes a curfew",
			"Ghana imposed a dusk-to-dawn curfew on Bawku on Friday.",
			truce.Coerce, "GHAGOV", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A state's demonym before a people's names the state: "Bosnian Croat
// police" are Bosnia's police, "Iraqi Turkmen fighters" Iraqi.
func TestRolesS27StatePeoples(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a state's community police",
			"Bosnian Croat police detained two journalists in Mostar on Friday.",
			truce.Coerce, "BIHCOP", "", "HRVCOP", ""},
		{"a state's community fighters",
			"Iraqi Turkmen fighters attacked an Islamic State hideout near Kirkuk on Tuesday.",
			truce.Assault, "IRQ", "", "TKM", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
