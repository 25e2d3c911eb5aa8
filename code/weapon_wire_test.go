package code_test

import (
	"strings"
	"testing"
)

// TestWeaponWire probes the weapon that sets an attack's mode on
// constructions of blind wire copy, each in our own words: with blades and
// guns named together the guns kill; poison dropped from the air is a
// chemical attack; the bombs victims carried are not what killed them; a
// plane fired on is the target, not the weapon. typ and mode may list
// alternatives with "|".
func TestWeaponWire(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// Blades and guns together: the guns name the means.
		{"ASSAULT", "firearms", "Bandits killed 14 farmers with knives and rifles in a dawn attack on Kauru, police said on Sunday."},
		{"ASSAULT", "firearms", "A gang armed with machetes and guns attacked a market in Djugu, killing nine traders."},
		// Poison dropped from the air is a chemical attack.
		{"ASSAULT", "unconventional", "Doctors said 40 people suffocated after military helicopters dropped chlorine on the suburb of Harasta."},
		{"ASSAULT", "unconventional", "Rescuers said army jets dropped bombs loaded with toxic gas on Latamna overnight, killing 19 people."},
		{"ASSAULT", "unconventional", "Hospital staff said helicopters dropped a barrel bomb packed with toxic gas on a market in Saraqeb, killing 11."},
		{"ASSAULT", "unconventional", "Artillery shells loaded with mustard gas hit the village of Kafr Zita on Friday, wounding 30."},
		{"ASSAULT", "unconventional", "Government warplanes struck the rebel-held town with rockets carrying a nerve agent, the monitor said."},
		// The bombs victims carried did not kill them.
		{"ASSAULT", "firearms", "Three men wearing explosive vests were shot dead by soldiers at a checkpoint outside Maiduguri."},
		// A craft fired on is the target, not the means.
		{"ASSAULT", "firearms", "Rebels shot at two army helicopters flying over the town of Mekelle on Monday."},
		{"ASSAULT", "firearms", "Insurgents fired at the last transport aircraft leaving the airport in Tessalit."},
		{"ASSAULT", "aerial", "Troops fired on the village from helicopters, killing four."},
		// A state's bare strike is from the air.
		{"ASSAULT", "aerial", "Turkish strikes on Kurdish villages near Qamishli killed six civilians on Sunday, a monitor said."},
		{"ASSAULT", "aerial", "A US strike on a compound in Idlib killed a senior militant commander, officials said."},
		{"ASSAULT", "aerial", "Pakistan retaliated with a string of strikes on border districts in Khost, killing eight people."},
		// Killers told with the attack they killed in: an armed force's
		// killing in a raid is gunfire.
		{"ASSAULT", "firearms", "Soldiers killed 15 herders during a raid on a cattle camp near Mopti, residents said."},
		{"ASSAULT", "firearms", "Gang members killed 22 people in an attack on the suburb of Cite Soleil on Friday."},
		// A word inside an actor's name says nothing of what is asked:
		// the "Support" of the Rapid Support Forces asks no aid.
		{"REQUEST", "yield", "Washington urged the Rapid Support Forces to halt their offensive on El Fasher."},
		{"REQUEST", "yield", "The UN urged the Rapid Support Forces to stop shelling the camp and let food convoys through."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.mode+" "+tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-26")
			for _, e := range x.Events {
				if oneOf(e.Type, tt.typ) && oneOf(e.Mode, tt.mode) {
					return
				}
			}
			var got []string
			for _, e := range x.Events {
				got = append(got, e.Type+"/"+e.Mode)
			}
			t.Errorf("want %s/%s, got %s", tt.typ, tt.mode, strings.Join(got, " "))
		})
	}
}
