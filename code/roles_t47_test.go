package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A protest held to denounce an attack told before, named back by its kind,
// is aimed at who made the attack, not at the authorities of the town it is
// held in; a gang's crime protested stays the authorities' affair.
func TestProtestedAttackT47(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Russian warplanes bombed a market in the Syrian town of Idlib on Tuesday, killing 14 people. Rebel commanders vowed to hit back. Thousands of residents marched through Idlib on Wednesday to condemn the bombing.", "RUS", "SYRGOV"},
		{"Ethiopian drones hit a fuel depot in Mekelle on Sunday, killing six workers, local officials said. Crowds took to the streets of the city in protest at the strikes.", "ETHMIL", "ETHGOV"},
		{"Gunmen from a local gang kidnapped nine nurses in Port-au-Prince on Monday. Doctors marched through the capital on Tuesday to denounce the kidnappings.", "HTIGOV", "HTICRM"},
	}
	for _, tt := range tests {
		ev := firstOfX52(t, tt.text, truce.Protest)
		if !hasActor(ev.Target, tt.want) || hasActor(ev.Target, tt.not) {
			t.Errorf("%q: targets %s, want %s and not %s", tt.text, probeIDs(ev.Target), tt.want, tt.not)
		}
	}
}

// An act on premises named with their owner ("the homes of two opposition
// lawmakers") is aimed at the owner, not at the civilians a bare "homes"
// stands for.
func TestPremisesOwnerT47(t *testing.T) {
	tests := []struct{ text, typ, want, not string }{
		{"Rioters in Nairobi set fire to the homes of two opposition lawmakers on Tuesday.", truce.Protest, "KENOPP", "KENCVL"},
		{"A mob in Lahore set fire to the homes of two judges.", truce.Assault, "PAKJUD", "PAKCVL"},
	}
	for _, tt := range tests {
		ev := firstOfX52(t, tt.text, tt.typ)
		if !hasActor(ev.Target, tt.want) || hasActor(ev.Target, tt.not) {
			t.Errorf("%q: targets %s, want %s and not %s", tt.text, probeIDs(ev.Target), tt.want, tt.not)
		}
	}
}
