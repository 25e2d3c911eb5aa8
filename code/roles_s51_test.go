package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// The doer of an attack told as the subject of a passive verb of doing
// or blame stands after "by", "on" or "to".
func TestRolesS51PassiveAgentOfAct(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"The attack on the Kenyan army base was carried out by al-Shabaab, police said.", truce.Assault, "ALSHABAAB", "KEN"},
		{"The bombing of the police station in Quetta was carried out by the Balochistan Liberation Army.", truce.Assault, "BLA", "PAK"},
		{"The raid on the village was blamed on ISWAP fighters by local officials.", truce.Assault, "ISWAP", ""},
		{"The assault on the border post was attributed to TTP militants.", truce.Assault, "TTP", ""},
	})
}

// Fire told by the land it came from: that land's state fired it.
func TestRolesS51FireFromLand(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Rocket fire from Gaza wounded two Israelis in Sderot.", truce.Assault, "PSE", "ISR"},
		{"Mortar fire from Afghanistan killed a Pakistani soldier in Chaman.", truce.Assault, "AFG", "PAK"},
	})
}

// A backer hyphenated before the fighters' own demonym does not make
// them its own.
func TestRolesS51SponsoredDemonym(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Turkish-backed Syrian fighters shelled Kurdish villages near Manbij.", truce.Assault, "SYR", ""},
		{"Russian-backed Ukrainian separatists shelled the town of Avdiivka.", truce.Assault, "UKR", ""},
		{"Emirati-funded Sudanese militiamen looted shops in Nyala.", truce.Coerce, "SDN", ""},
	})
}

// Measures told as the subject of a passive verb of imposing: the "by"
// agent, past what the measure lands on, imposed them; a state doing so
// is its government.
func TestRolesS51PassiveMeasure(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Sanctions were imposed on Russian banks by the European Union on Monday.", truce.Sanction, "EU", "RUS"},
		{"New tariffs on Chinese steel were announced by the United States.", truce.Sanction, "USAGOV", "CHN"},
		{"Fresh sanctions on Iranian oil exports were announced by Britain on Friday.", truce.Sanction, "GBRGOV", "IRN"},
	})
}
