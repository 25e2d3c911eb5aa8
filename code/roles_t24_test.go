package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Both sides of a deal signed by a coordinated subject whose last member
// carries words of its own: a proper adjective or a count before a bare
// sector noun ("the Maoist rebels", "a rebel militia"), an "of" phrase
// describing a named alliance ("the Northern Alliance of armed groups"),
// or an appositive naming whom a person leads ("Joseph Kony, leader of
// the Lord's Resistance Army,"). The first member signs with the last.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target.
func TestRolesT24(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a proper adjective before the rebels",
			"The Nepalese government and Maoist rebels signed a peace deal in Kathmandu on Tuesday.",
			truce.Agree, "NPLGOV", "NPLREB", "", ""},
		{"an indefinite militia",
			"The Sudanese army and a rebel militia signed a truce in Kadugli on Sunday.",
			truce.Agree, "SDNMIL", "SDNREB", "", ""},
		{"a named group of armed rebels",
			"Ethiopia's government and the Oromo Liberation Army of armed rebels agreed to a ceasefire on Monday.",
			truce.Agree, "ETHGOV", "OLA", "", ""},
		{"an unnamed alliance of armed groups",
			"Myanmar's military and the Northern Alliance of ethnic armed groups agreed to a truce in Lashio on Friday.",
			truce.Agree, "MMRMIL", "MMRREB", "", ""},
		{"an unknown leader in an appositive",
			"Sri Lankan President Mahinda Rajapaksa and Velupillai Prabhakaran, leader of the rebel Tamil Tigers, signed a truce on Friday.",
			truce.Agree, "LKA", "LKAREB", "", ""},
		{"a leader of a named army in an appositive",
			"Ugandan President Yoweri Museveni and Joseph Kony, leader of the Lord's Resistance Army, signed a truce in Juba on Monday.",
			truce.Agree, "UGAGOV", "LRA", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
