package code_test

// roles_x101 (roles18): a country's police work at home, whatever the
// home of the group they act on. Every sentence is written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestRolesX101HomePolice(t *testing.T) {
	cases := []struct{ text, src, not string }{
		{"JAMMU, India, May 3 - Militants attacked an army camp near Jammu on Sunday, killing two soldiers. On Monday the police said they had arrested two men linked to the Jaish-e-Mohammed.",
			"INDCOP", "PAKCOP"},
		{"PESHAWAR, Pakistan - Gunmen attacked a checkpoint near Peshawar on Sunday. The police said they had arrested four men linked to the Pakistani Taliban.",
			"PAKCOP", ""},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-05-03", truce.Coerce)
		if len(evs) == 0 || !hasActor(evs[0].Source, c.src) || c.not != "" && hasActor(evs[0].Source, c.not) {
			t.Errorf("%q: want source %s (not %q), got %+v", c.text, c.src, c.not, evs)
		}
	}
}

// Police hit by a foreign group keep the group's home, whatever the story.
func TestRolesX101PoliceHitKeepGroupHome(t *testing.T) {
	text := "KABUL, Afghanistan - Afghan and Pakistani officials met in Kabul on Monday to discuss the border, a week after a Pakistani Taliban bombing that killed 14 at a police academy."
	evs := eventsOf(t, text, "2024-05-03", truce.Assault)
	if len(evs) == 0 || !hasActor(evs[0].Target, "PAKCOP") {
		t.Errorf("want target PAKCOP, got %+v", evs)
	}
}
