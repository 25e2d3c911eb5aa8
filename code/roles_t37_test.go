package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round t37: an envoy told as the one sent away is the side
// expelled, the host the side that expels. Each text is in the project's
// own words.
func TestRolesT37Targets(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an envoy no longer welcome is expelled by the host",
			"Marta Ruiz, Chile's ambassador to Lima, is no longer welcome in Peru, the foreign minister said on Monday.",
			truce.Sanction, "PER", "CHL", "CHL", ""},
		{"envoys given days to leave are the expelled side",
			"The foreign minister of Ghana said on Friday that Togolese envoys had been given three days to leave.",
			truce.Sanction, "", "TGO", "TGO", ""},
		{"hamlets shelled by the state's own navy are its civilians",
			"Sri Lankan navy gunboats shelled coastal hamlets north of Mullaitivu on Tuesday.",
			truce.Assault, "LKAMIL", "LKACVL", "", ""},
		{"a town bombed by the state's own aircraft is its civilians",
			"Sudanese army aircraft bombed the town of Nyala on Thursday.",
			truce.Assault, "SDNMIL", "SDNCVL", "", ""},
		{"the outskirts of a town shelled are its people",
			"Russian artillery shelled the outskirts of Kupiansk in eastern Ukraine on Sunday.",
			truce.Assault, "RUSMIL", "UKRCVL", "", ""},
		{"the area bombed after a town was named is its people",
			"Residents of Taftanaz said on Sunday that Syrian army helicopters had dropped barrel bombs on the area overnight.",
			truce.Assault, "SYRMIL", "SYRCVL", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// What the rule leaves alone: a state that expels another's envoy keeps
// its place as the source.
func TestRolesT37Unchanged(t *testing.T) {
	wantSides(t, "Peru expelled Chile's ambassador on Monday, accusing Santiago of meddling.",
		truce.Sanction, "PER", "CHL", "CHL", "")
	// Positions shelled by a state's own army are not its own forces hit.
	wantSides(t, "Sudanese army artillery shelled positions east of El Fasher on Thursday.",
		truce.Assault, "SDNMIL", "", "", "SDNMIL")
}
