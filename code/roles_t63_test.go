package code_test

// roles_t63 (roles20): a sector noun that only qualifies a thing ("a
// police truck", "an army camp") is neither whom a later "them" stands
// for nor the subject of a verb after it; arms a state's forces seize or
// defuse are taken from the armed group the words name. Every sentence
// is written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "pulled two men from a police truck and beat them": "them" are the men.
func TestRolesT63ThemPastThingModifier(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"NAIROBI - A mob pulled two suspected cattle rustlers from a police truck in Isiolo on Tuesday and beat them to death.", "KENCRM", "KENCOP"},
		{"DHAKA - Villagers pulled three suspected kidnappers from an army jeep on Friday, beat them and set them on fire, officials said.", "BGDCRM", "BGDMIL"},
		{"PORT-AU-PRINCE - A crowd dragged six gang members out of a police station on Monday, beat them and set them on fire, police said.", "HTICRM", "HTICOP"},
	}
	for _, tt := range tests {
		// A crowd's beating may be coded as a riot: any event's sides.
		evs := mustExtract(t, tt.text, "2024-05-02").Events
		ok := false
		for _, ev := range evs {
			if hasActor(ev.Target, tt.want) && !hasActor(ev.Target, tt.not) && !hasActor(ev.Source, tt.not) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want an event on %s, not %s, got %+v", tt.text, tt.want, tt.not, evs)
		}
	}
}

// "Villagers near an army camp beat …": the villagers act, not the army.
func TestRolesT63SubjectPastThingModifier(t *testing.T) {
	evs := eventsOf(t, "DHAKA - Villagers near an army camp in Bandarban beat three traders to death on Friday.", "2024-05-02", truce.Assault)
	if len(evs) == 0 || !hasActor(evs[0].Source, "BGDCVL") || hasActor(evs[0].Source, "BGDMIL") {
		t.Errorf("want source BGDCVL, got %+v", evs)
	}
	// The holder of a place attacked stays the target.
	evs = eventsOf(t, "DHAKA - Gunmen attacked a police station in Cox's Bazar on Friday, wounding two officers.", "2024-05-02", truce.Assault)
	if len(evs) == 0 || !hasActor(evs[0].Target, "BGDCOP") {
		t.Errorf("want target BGDCOP, got %+v", evs)
	}
}

// Arms seized or made safe are aimed at their owners, not at the village
// they were found in; looting without arms keeps its victims.
func TestRolesT63CacheOwners(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"MANILA - Soldiers chasing the guerrillas later seized a cache of grenades and rifles in a nearby village, the army said.", "PHLREB", "PHLCVL"},
		{"NAIROBI - Kenyan police safely detonated a roadside bomb found near Mandera on Friday, officials said, blaming al-Shabaab militants.", "ALSHABAAB", "KENCVL"},
		{"LIMA - Peruvian troops seized 200 sticks of dynamite belonging to a local gang on Friday.", "PERCRM", "PERMIL"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-05-02", truce.Coerce)
		if len(evs) == 0 || !hasActor(evs[0].Target, tt.want) || hasActor(evs[0].Target, tt.not) {
			t.Errorf("%q: want COERCE target %s, not %s, got %+v", tt.text, tt.want, tt.not, evs)
		}
	}
	evs := eventsOf(t, "BANGUI - Central African soldiers hunting the rebels looted shops in a village on Sunday, residents said.", "2024-05-02", truce.Coerce)
	for _, ev := range evs {
		if hasActor(ev.Target, "CAFREB") {
			t.Errorf("looting: want no rebel target, got %+v", ev.Target)
		}
	}
}
