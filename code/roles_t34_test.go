package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A reaction to "the listing", "the vote" or "the sanction" answers the
// maker of the act told just before, not the side that reacted to it
// first. Each text is in the project's own words.
func TestRolesT34ActNamedBack(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a listing rejected then welcomed",
			"The European Union froze the assets of three Belarusian officers on Monday over the crackdown in Grodno. Minsk rejected the listing as hostile. A Lithuanian government spokeswoman welcomed the move.",
			truce.Support, "LTUGOV", "EU", "", "BLRGOV"},
		{"a designation rejected",
			"Washington froze the assets of two Venezuelan generals on Tuesday. Caracas condemned the designation as an act of aggression.",
			truce.Accuse, "VENGOV", "USAGOV", "", ""},
		{"a vote welcomed after the losers' protest",
			"Kenya's senate voted on Thursday to extend the deployment of police officers to Haiti by a year. In Port-au-Prince, an opposition coalition called the terms humiliating. The African Union welcomed the vote.",
			truce.Support, "AU", "KENLEG", "", "HTIOPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A truce one side declares with no counterpart named is held towards the
// side it fights at home: a state's towards the country's rebels, a rebel
// group's towards its government. A truce already made ("the ceasefire
// would hold") is left alone. Each text is in the project's own words.
func TestRolesT34UnilateralTruce(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an army's truce for the harvest",
			"Ethiopia's army declared a three-day truce in Amhara on Sunday to allow the harvest.",
			truce.Concede, "ETHMIL", "ETHREB", "", ""},
		{"a government that will observe a truce",
			"Khartoum said on Friday it would observe a conditional truce in Darfur from midnight.",
			"", "SDNGOV", "SDNREB", "", ""},
		{"a rebel group's ceasefire",
			"The Kurdistan Workers Party said on Saturday it was declaring a ceasefire with immediate effect.",
			truce.Concede, "PKK", "TURGOV", "", ""},
		// A guard: the truce two states made is not aimed at rebels.
		{"a truce already made between two states",
			"Talks between Pakistan and Afghanistan ended without a deal. Pakistan's defence minister said the ceasefire would hold as long as no attacks came from Afghan soil.",
			"", "", "", "", "PAKREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
