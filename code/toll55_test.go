package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A count whose noun stands in quotation marks is read as the same count
// without them: a list of such counts is summed whole, and a lone quoted
// count keeps its toll.
func TestToll55QuotedNoun(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		dead int
	}{
		{"quoted first conjunct", `Police stormed a rebel camp near Ayacucho on Sunday, and the ministry said 12 "terrorist elements" and three officers were killed in the raid.`, 15},
		{"single quotes", `Troops stormed a rebel camp near Mosul on Monday, and the army said seven 'extremists' and two soldiers were killed in the raid.`, 9},
		{"quoted second conjunct", `Police stormed a rebel camp near Ayacucho on Sunday, and the ministry said three officers and 12 "terrorist elements" were killed in the raid.`, 15},
		// a lone quoted count, and a count the quotes do not touch, as before
		{"lone quoted count", `Police stormed a rebel camp near Ayacucho on Sunday, and the ministry said 12 "terrorist elements" were killed in the raid.`, 12},
		{"no quotes", `Police stormed a rebel camp near Ayacucho on Sunday, and the ministry said 12 rebels and three officers were killed in the raid.`, 15},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-05", truce.Assault)
			if got := toll53Dead(t, evs); got != c.dead {
				t.Errorf("dead %d, want %d: %+v", got, c.dead, evs)
			}
		})
	}
}

// A roadside mine is a remote explosive, as a roadside bomb is; a mine
// that is dug for ore is no weapon.
func TestToll55RoadsideMine(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		mode string // "" when no attack is coded
	}{
		{"mine wounds", "A roadside mine wounded three border guards near Tillaberi on Thursday, the army said.", "explosives"},
		{"mines kill", "Two roadside mines killed five soldiers on the road to Djibo on Monday, officials said.", "explosives"},
		{"ore mine", "Workers blocked the road to a copper mine near Tocoa on Monday to demand higher pay.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-05", truce.Assault)
			got := ""
			if len(evs) > 0 {
				got = evs[0].Mode
			}
			if got != c.mode {
				t.Errorf("mode %q, want %q: %+v", got, c.mode, evs)
			}
		})
	}
}
