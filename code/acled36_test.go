package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// ACLED events of round 36 (acled36_*.go), in sentences of our own.

// Homes burnt whose owner no one names are the place's civilians'; homes
// named with their owner are the owner's.
func TestACLED36DwellingsBurnt(t *testing.T) {
	tests := []struct {
		name, text, trigger, want string
		civilians                 bool
	}{
		{"huts after an abduction, told by an official",
			"Gunmen abducted two herders near Djibo and torched nine huts on Tuesday, a district official said.",
			"torched", "BFACVL", true},
		{"shelters in a follow-up sentence",
			"Militiamen raided a displacement camp near Bunia on Sunday, killing six people. The attackers also set fire to dozens of shelters before fleeing into the bush.",
			"set fire to", "CODCVL", true},
		{"their tents set alight",
			"Gunmen killed three villagers near Tillaberi on Friday and set their tents alight, a local official said.",
			"alight", "NERCVL", true},
		// The owner named after the home is the target.
		{"the minister's home",
			"Gunmen set fire to the private home of the finance minister in Kampala on Monday, police said.",
			"set fire to", "UGACVL", false},
		{"a lawmaker's house",
			"A mob burned the house of an opposition lawmaker in Kampala on Monday, police said.",
			"burned", "UGACVL", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var seen []string
			for _, ev := range x.Events {
				if ev.Type != truce.Assault || ev.Mode != "destroy" || !strings.Contains(ev.Rule, tt.trigger) {
					continue
				}
				got := hasActor(ev.Target, tt.want)
				if got == tt.civilians {
					return
				}
				seen = append(seen, ev.Rule+" → "+rolesX74IDs(ev.Target))
			}
			t.Errorf("no burning from %q with %s as target = %v; got %q", tt.trigger, tt.want, tt.civilians, seen)
		})
	}
}

// Forces that set up a post, a detachment or their own quarters establish
// a base; a post that is a job does not.
func TestACLED36PostSetUp(t *testing.T) {
	const hq = "Strategic developments/Headquarters or base established"
	runACLEDCases(t, []acledCase{
		{"a permanent police post", "Kenyan police have set up a permanent post in the market town of Mandera, officials said on Monday.",
			"set up", hq},
		{"a new naval detachment", "The Nigerian navy has set up a new detachment on Bonny Island, a spokesman said on Monday.",
			"set up", hq},
		{"instructors' own quarters", "Russian troops have set up their own quarters at the airport in Bangui, diplomats said.",
			"set up", hq},
		{"a post that is a job", "The foreign ministry set up a new post of deputy envoy for the Sahel on Monday.",
			"set up", ""},
	}, true)
}
