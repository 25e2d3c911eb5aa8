package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Ground a state's forces took in a firefight, a gun battle or a shootout
// was taken with guns; a taking after a battle or fighting told bare, and
// a gunfight told of something else in the sentence, name no means.
func TestMode80StateTakenWithGuns(t *testing.T) {
	for _, c := range []struct {
		name, text, mode string
	}{
		{"after a gun battle", "Nigerian troops retook the village of Dumba, in Borno state, on Tuesday following a gun battle with jihadists, the army said.", "firearms"},
		{"after a firefight", "Colombian soldiers recaptured the hamlet of La Vega, in Cauca, on Sunday after an hour-long firefight with dissidents, officials said.", "firearms"},
		{"after fighting", "Nigerian troops retook the village of Dumba, in Borno state, on Tuesday after heavy fighting with jihadists, the army said.", ""},
		{"a shootout elsewhere", "Colombian soldiers recaptured the hamlet of La Vega, in Cauca, on Sunday; a shootout between two gangs later broke out in Cali.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var taken []truce.Event
			for _, ev := range eventsOf(t, c.text, "2024-03-01", truce.Assault) {
				if ev.ACLEDSubtype == "Government regains territory" {
					taken = append(taken, ev)
				}
			}
			if len(taken) != 1 || taken[0].Mode != c.mode || taken[0].CAMEO != "190" {
				t.Errorf("%q: got %+v, want one taking of ground, mode %q, CAMEO 190", c.text, taken, c.mode)
			}
		})
	}
}
