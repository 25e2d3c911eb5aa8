package code_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestNaturalForceNoAttack: weather or the earth "striking" or "hitting"
// a place names a disaster, not an attack, even with a toll.
func TestNaturalForceNoAttack(t *testing.T) {
	for _, text := range []string{
		"Lightning struck a primary school in the Malawian district of Mchinji on Monday, killing three pupils.",
		"A tornado struck a trailer park in Arkansas on Sunday, injuring nine residents.",
		"A landslide hit a mining camp in the Indonesian province of Gorontalo, killing 12 workers.",
		"Floods hit the Nigerian city of Maiduguri on Tuesday, leaving 30 people dead.",
		"A powerful hailstorm battered the Bolivian town of Sucre overnight.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.Type == truce.Assault {
					t.Errorf("got an ASSAULT (%s) from a natural force", ev.CAMEO)
				}
			}
		})
	}
}

// TestSingularWeaponSubject: a singular weapon whose plural the lexicon
// knows is the doer of the strike it tells ("a shell hit a village").
func TestSingularWeaponSubject(t *testing.T) {
	for _, text := range []string{
		"A shell hit a hospital in the Ukrainian town of Kostiantynivka on Sunday.",
		"A rocket struck the port of Hodeidah overnight.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.Type == truce.Assault {
					return
				}
			}
			t.Errorf("no ASSAULT from %q", text)
		})
	}
}

// TestCapitalStruckIsCity: a capital hit by a violent act is the city's
// people, not the government its name stands for in diplomacy.
func TestCapitalStruckIsCity(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Drones hit Kyiv before dawn on Thursday, the city's mayor said.", "UKRCVL"},
		{"Ukrainian drones struck Moscow overnight, officials said.", "RUSCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Assault {
					continue
				}
				for _, a := range ev.Target {
					if a.ID == tt.want {
						return
					}
				}
				t.Errorf("target %v, want %s", ev.Target, tt.want)
				return
			}
			t.Errorf("no ASSAULT from %q", tt.text)
		})
	}
}

// TestOrdinaryCrimeReason: the trace names ordinary crime as the reason
// an arrest for a crime and the crime itself code no event.
func TestOrdinaryCrimeReason(t *testing.T) {
	c := MustCoder(t)
	var buf bytes.Buffer
	c.Trace = &buf
	defer func() { c.Trace = nil }()
	mustExtract(t, "Police in Cardiff arrested a 20-year-old woman on suspicion of stabbing a taxi driver.", "2025-10-22")
	if n := strings.Count(buf.String(), "ordinary crime, or police work against it"); n < 2 {
		t.Errorf("want the arrest and the stabbing traced as ordinary crime, got:\n%s", buf.String())
	}
}
