package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesX58ClauseJoin checks that "A freed N Xs and B freed M Ys" and
// "A freeing N Xs and B handing back M Ys" are two releases, each with
// its own giver and captives: the object of the first verb is not joined
// to the subject of the second, and a second participle's subject is not
// read into the first one's phrase. Sentences of our own.
func TestRolesX58ClauseJoin(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][2]string // source, target of each release
	}{
		{"two finite verbs", "Ethiopia freed 12 Eritrean fishermen and Eritrea released five Ethiopian traders on Monday.",
			[][2]string{{"ETHGOV", "ERICVL"}, {"ERIGOV", "ETHCVL"}}}, // traders freed are civilians (roles_t61)
		{"two participles", "Russia and Ukraine exchanged prisoners on Friday, Moscow freeing 40 Ukrainian soldiers and Kyiv handing back 38 Russian troops.",
			[][2]string{{"RUSGOV", "UKRMIL"}, {"UKRGOV", "RUSMIL"}}},
		{"handing back", "Sudan and South Sudan swapped detainees on Sunday, Khartoum freeing nine South Sudanese soldiers and Juba handing back 14 Sudanese soldiers.",
			[][2]string{{"SDNGOV", "SSDMIL"}, {"SSDGOV", "SDNMIL"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Retreat, "release")
			for _, w := range tt.want {
				found := false
				for _, e := range evs {
					if len(e.Source) == 1 && e.Source[0].ID == w[0] && hasActor(e.Target, w[1]) {
						found = true
					}
				}
				if !found {
					t.Errorf("no release by %s of %s alone among %+v", w[0], w[1], evs)
				}
			}
		})
	}
	// "Russia and Ukraine swapped prisoners": a joint subject stays joint.
	evs := eventsOf(t, "Russia and Ukraine swapped prisoners on Friday.", "2024-06-10", truce.Retreat, "release")
	if len(evs) == 0 || len(evs[0].Source) != 2 {
		t.Errorf("joint swap: %+v, want both sides as source", evs)
	}
}
