package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Actors a construction must not put on an event's side.
func TestRolesNotActor(t *testing.T) {
	tests := []struct {
		name, text, typ, absent string
		// targetOnly: the actor may be the source, not the target.
		targetOnly bool
	}{
		{"a region's demonym is no state",
			"Caracas expelled diplomats from seven Latin American countries on Monday.",
			truce.Sanction, "USA", false},
		{"all sides urged are not the victims of what they are urged to stop",
			"Fighting between Ethiopian troops and Fano militiamen killed 20 people on Monday. The commission urged all sides to stop attacks on civilians.",
			truce.Request, "ETHCVL", false},
		{"a clause of time after the act does not aim it at the source's own state",
			"Vietnam suspended all imports of rice from Cambodia on Friday, hours after a report that Hanoi's trade office said was alarming.",
			truce.Sanction, "VNMGOV", true},
		{"a backer's hyphen compound is not the object",
			"Moscow recognised the independence of two Armenian-backed enclaves in western Azerbaijan on Monday.",
			truce.Support, "ARM", false},
		{"armed forces joined to a state's forces are not the place's",
			"Saudi and Emirati warplanes and warships struck Houthi positions across Yemen on Monday.",
			truce.Assault, "YEMMIL", false},
		{"a verb with its own object takes none from the next verb's clause",
			"Zambian authorities cut internet and mobile networks across Lusaka and summoned the Malawian envoy on Sunday.",
			truce.Coerce, "MWI", false},
		{"a participle's object pronoun after an attribution is not the speaker",
			"Ethiopia cut off internet access across the Amhara region on Tuesday as clashes spread to a dozen towns, the monitoring group Netwatch said, calling it the widest shutdown it had seen.",
			truce.Coerce, "ETHNGO", false},
		{"the agent of mediation is no side",
			"Armenia and Azerbaijan exchanged 32 prisoners of war on Friday after mediation by Qatar.",
			truce.Retreat, "QAT", false},
		{"hostages freed from a territory are not its people",
			"Hezbollah freed 12 hostages from southern Lebanon on Tuesday.",
			truce.Retreat, "LBNCVL", false},
		{"two sides swapping prisoners hold neither's alone",
			"Armenia and Azerbaijan will swap all remaining prisoners by the end of the month, the two governments agreed.",
			truce.Retreat, "ARMCVL", false},
		{"whom attackers are disguised as is no side",
			"Bandits dressed as soldiers abducted 40 worshippers from a church in Niger state on Sunday.",
			truce.Assault, "NGAMIL", false},
		{"it after a thing hit is the thing, not the place's country",
			"Turkish artillery hit a grain silo in the Syrian town of Tal Abyad on Sunday, setting it on fire.",
			truce.Assault, "SYR", false},
		{"it after a vehicle shelled is the vehicle",
			"Russian drones hit a fuel train near the Ukrainian town of Kupiansk, destroying it.",
			truce.Assault, "UKR", false},
		{"both delegations urged are not the speaker's own",
			"The Kenyan facilitator urged both delegations on Friday to sign the accord.",
			truce.Request, "KENGOV", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type == tt.typ && (!tt.targetOnly && hasActor(ev.Source, tt.absent) || hasActor(ev.Target, tt.absent)) {
					t.Errorf("%s event has %s on a side: %+v", tt.typ, tt.absent, ev)
				}
			}
		})
	}
}

// No one is their own target: a construction that falls back on a side
// must not put the source on the other one.
func TestRolesNotOwnTarget(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"a country's concession is not made to itself",
			"Rebels said they would free the hostages if Tanzania lifted its naval blockade of the port.",
			truce.Concede},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				for _, a := range ev.Source {
					if a.ID != "" && exactActor(ev.Target, a.ID) {
						t.Errorf("%s event has %s on both sides: %+v", tt.typ, a.ID, ev)
					}
				}
			}
		})
	}
}

// exactActor reports whether an actor in as has exactly the id.
func exactActor(as []truce.Actor, id string) bool {
	for _, a := range as {
		if a.ID == id {
			return true
		}
	}
	return false
}
