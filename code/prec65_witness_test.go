package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Those who heard or saw an attack are its witnesses, not its doers
// (prec65_witness.go).
func TestWitnessIsNoDoerPrec65(t *testing.T) {
	for _, text := range []string{
		"Residents said they heard air strikes and artillery fire in southern Khartoum.",
		"Witnesses told reporters they heard heavy shelling near the airport in Tripoli overnight.",
		"Shopkeepers said they heard gunfire and explosions across central Juba on Saturday.",
		"Farmers in the valley said they saw drones bombing the market in Kidal on Friday.",
	} {
		evs := eventsOf(t, text, "2024-03-02", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no attack coded", text)
			continue
		}
		for _, ev := range evs {
			for _, a := range ev.Source {
				if a.Sector == "CVL" || a.Sector == "MED" || a.Sector == "BUS" {
					t.Errorf("%q: the witnesses %q (%s) coded as the attackers", text, a.Text, a.Sector)
				}
			}
		}
	}
}

// A doer named beside the verb of seeing keeps its deed.
func TestSeenDoerKeptPrec65(t *testing.T) {
	evs := eventsOf(t, "Rebels shelled the town of Kalehe on Monday, residents said.", "2024-03-02", truce.Assault)
	if len(evs) == 0 || len(evs[0].Source) == 0 {
		t.Fatalf("shelling by rebels lost its doer: %+v", evs)
	}
}
