package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A state that reports fire from a foreign state at no one named is the
// target of that fire.
func TestRolesT52ReporterIsTarget(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"The head of Ukraine's military intelligence said Russia had fired 40 missiles overnight.", truce.Assault, "RUS", "UKR"},
		{"Israel said Iran had fired two missiles after the truce began.", truce.Assault, "IRN", "ISR"},
		{"Pakistan's army said Indian troops fired mortars across the Line of Control.", truce.Assault, "IND", "PAK"},
	})
}

// "<capital>'s suburbs": a part of town hit is its people, not the
// government the capital otherwise stands for.
func TestRolesT52CapitalQuarter(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Forces loyal to Khalifa Haftar shelled Tripoli's southern suburbs.", truce.Assault, "", "LBYCVL"},
		{"Russian drones hit Kyiv's outskirts on Sunday.", truce.Assault, "RUS", "UKRCVL"},
		{"Rebels shelled Khartoum's northern districts on Friday.", truce.Assault, "", "SDNCVL"},
		{"Gunmen attacked Mogadishu's main market on Friday.", truce.Assault, "", "SOMCVL"},
	})
}

// "X's blockade of Y's ports": the possessor of what an act lands on is
// its target; a region's people when the region is the doer's own.
func TestRolesT52PossessedObject(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"China's blockade of Taiwan's ports alarmed Washington.", truce.Coerce, "CHN", "TWN"},
		{"Ethiopia's blockade of Tigray's roads cut off food supplies.", truce.Coerce, "ETH", "ETHCVL"},
	})
}

// What a side launched is not its target: the state that reports the
// launch is, else no one.
func TestRolesT52LaunchedWeapons(t *testing.T) {
	rolesX74Check(t, []rolesX74Case{
		{"Russia launched 90 drones and six missiles overnight, Ukraine's air force said.", truce.Assault, "RUS", "UKR"},
		{"Ukraine's air force said Russia launched 90 drones and six missiles overnight.", truce.Assault, "RUS", "UKR"},
	})
	for _, text := range []string{"Russia launched 90 drones overnight.", "Iran launched more than 300 drones and missiles overnight."} {
		for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
			for _, a := range ev.Target {
				if len(ev.Source) > 0 && a.Country == ev.Source[0].Country {
					t.Errorf("%q: the launcher's own %s taken as the target", text, a.ID)
				}
			}
		}
	}
}

// A reporter telling its own side's strikes is not their target, nor
// are the kinds of target a noun names doers ("military targets").
func TestRolesT52ReporterOwnStrikes(t *testing.T) {
	for _, text := range []string{
		"Russia's defence ministry said its forces had hit military and energy targets overnight.",
		"Turkey's defence ministry said its jets had struck military targets in northern Iraq.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
			for _, a := range ev.Target {
				if a.Country == "RUS" && ev.Source != nil && ev.Source[0].Country != "RUS" || a.Country == "TUR" {
					t.Errorf("%q: %v hit its own reporter %s", text, ev.Source, a.ID)
				}
			}
		}
	}
}
