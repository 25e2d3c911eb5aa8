package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A later toll of dead, after a sentence of burning or rioting only, is
// the toll of the shooting told before the burning; wounded, a toll told
// beside an attack of its own, and a shooting that has its toll already
// are left as they were.
func TestTollBeforeBurningOrRiot(t *testing.T) {
	for _, c := range []struct {
		name          string
		text          string
		shot, burning int // dead of the shooting and of the burning; -1: none
	}{
		{"dead after burning", "Soldiers fired live rounds at marchers in Conakry on Thursday as a strike over fuel prices turned violent. Youths set fire to a police station and a lorry. The health ministry said at least three people had died.", 3, -1},
		{"dead after riot", "Riot police shot at students in Lilongwe on Tuesday. The students then rioted in the city centre. Four people were killed, doctors said.", 4, -1},
		// wounded stay with the event they went to before
		{"wounded after burning", "Soldiers fired live rounds at marchers in Conakry on Thursday as a strike over fuel prices turned violent. Youths set fire to a police station and a lorry. The health ministry said at least 30 people had been hurt.", -1, -1},
		// the shooting has its own toll: the later figure is the burning's
		{"shooting has a toll", "Soldiers shot dead two marchers in Conakry on Thursday as a strike over fuel prices turned violent. Youths set fire to a police station and a lorry. The health ministry said at least three people had died.", 2, 3},
		// no shooting before the burning
		{"no attack on people", "A strike over fuel prices turned violent in Conakry on Thursday. Youths set fire to a police station and a lorry. The health ministry said at least three people had died.", -1, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			shot, burning := -1, -1
			for _, ev := range mustExtract(t, c.text, "2024-05-05").Events {
				if ev.Type != truce.Assault && !(ev.Type == truce.Protest && ev.Mode == "riot") {
					continue
				}
				n := -1
				if ev.Fatalities != nil {
					n = ev.Fatalities.Min
				}
				if ev.Mode == "destroy" || ev.Mode == "riot" {
					burning = max(burning, n)
				} else {
					shot = max(shot, n)
				}
			}
			if shot != c.shot || burning != c.burning {
				t.Errorf("shooting's dead %d, burning's %d; want %d and %d", shot, burning, c.shot, c.burning)
			}
		})
	}
}
