package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Status and reporter over constructions from blind wire copy, fourth
// round, in sentences of our own: a demand said in the future tense is
// made now; a president's spokesman and a health ministry with no country
// named; an army fighting its own country's insurgents. status "" and by
// "" are not checked; by is the reporter's exact id.
func TestStatusWire4(t *testing.T) {
	runStatusCases(t, []statusCase{
		// A demand voiced in the future tense is made now, and "unless"
		// makes it an ultimatum, not a supposition.
		{"said X would demand … unless", "The prime minister said on Monday that Britain would demand the return of the seized tankers unless Tehran freed their crews within a week.", truce.Request, truce.StatusReported, ""},
		{"said X will demand", "Greece's foreign minister said Athens will demand compensation from Ankara for the downed fighter jet.", truce.Request, truce.StatusReported, ""},
		// A demand that waits on "if" stays a supposition.
		{"would demand … if", "The minister said Britain would demand compensation from Tehran if the seized tanker was damaged.", truce.Request, truce.StatusHypothetical, ""},
		// A spokesman for a president the dictionary does not know speaks
		// for the state the sentence opens with, not for a demonym nearby.
		{"a spokeswoman for President <unknown> announced", "Costa Rica will start expelling hundreds of undocumented workers each month, most of them Nicaraguans, a spokeswoman for President Rodrigo Chaves announced on Tuesday.", "", "", "CRIGOV"},
		{"a spokesman for President <unknown> said", "Gabon shut its border with Cameroon to Cameroonian traders on Friday, a spokesman for President Brice Oligui Nguema said.", "", "", "GABGOV"},
		// A health ministry with no country named counts the dead where
		// they fell, not for the attacker the sentence opens with.
		{"X drones struck <place>, the health ministry said", "Russian drones then struck apartment blocks in the Ukrainian city of Kharkiv, killing at least five people, the health ministry said.", truce.Assault, "", "UKRGOV"},
		{"X aircraft bombed <place>, the health ministry said", "Saudi-led aircraft bombed a market in northern Yemen on Tuesday, killing 12 civilians, the health ministry said.", truce.Assault, "", "YEMGOV"},
		// An army unit with no country named, fighting a country's own
		// insurgents, is that country's army.
		{"killed Abu Sayyaf gunmen, the army's division said", "Government soldiers killed four suspected Abu Sayyaf gunmen in a firefight in the hills on Sunday, the army's 11th Infantry Division said.", truce.Assault, "", "PHLMIL"},
		{"killed Boko Haram fighters, the army's division said", "Troops killed six Boko Haram fighters in an ambush on a forest road on Tuesday, the army's 7th Division said.", truce.Assault, "", "NGAMIL"},
		// …but a place in another country says whose police speak.
		{"grenade in <town> in <country>, police spokesman said, blaming <foreign group>", "Gunmen threw a grenade into a bus station in Garissa in eastern Kenya on Saturday, wounding six people, police spokesman Bruno Shioso said, blaming the Oromo Liberation Army.", truce.Assault, "", "KENCOP"},
	})
}

// The terms of a deal are yet to be carried out: "commits X to do Y", and
// a present-tense "while" clause paired with a planned one ("the rebels
// are to disarm, while the army withdraws"). trig picks the event by the
// words its rule fired on.
func TestStatusWire4Terms(t *testing.T) {
	tests := []struct {
		name, text, trig, status string
	}{
		{"are to X, while Y withdraws", "Under the plan, the rebels are to hand over their heavy weapons, while the army withdraws its troops from the northern towns.", "withdraws its troops", truce.StatusPlanned},
		{"will X, while Y releases", "Kyiv will return 90 captured soldiers, while Moscow releases 90 Ukrainian prisoners of war.", "releases", truce.StatusPlanned},
		{"commits X to Y while Z lifts", "The agreement commits the militia to lay down its arms while the government lifts its blockade of the region.", "lifts its blockade", truce.StatusPlanned},
		{"commits X to disarm", "The agreement commits the militia to lay down its arms while the government lifts its blockade of the region.", "lay down its arms", truce.StatusPlanned},
		// A "while" clause in the past tells what happened.
		{"attacked, while Y withdrew", "Rebels attacked an army post near Goma on Monday, while the army withdrew its troops from two villages.", "withdrew its troops", truce.StatusReported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var ev *truce.Event
			for k := range x.Events {
				if strings.HasSuffix(x.Events[k].Rule, " "+tt.trig) {
					ev = &x.Events[k]
				}
			}
			if ev == nil {
				t.Fatalf("no event on %q in %q", tt.trig, tt.text)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %q, want %q", ev.Status, tt.status)
			}
		})
	}
}
