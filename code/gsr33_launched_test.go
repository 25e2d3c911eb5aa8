package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Norway launched a mediation effort": an act noun after a launching verb
// that names no weapon is the act launched, not what the verb was done
// to, so the act is coded with the launcher as its doer. A weapon launched
// is still no act of its own.
func TestGsr33LaunchedAct(t *testing.T) {
	runSideCases(t, "2024-04-08", []sideCase{
		{"a mediation effort launched",
			"Norway launched a mediation effort on Monday between the two feuding parties in Sri Lanka.",
			truce.Consult, "NOR", ""},
		{"a fresh mediation bid launched by a minister",
			"Ghana's foreign minister launched a new mediation initiative between Mali and Burkina Faso on Tuesday.",
			truce.Consult, "GHA", ""},
		{"talks launched by a state",
			"Kenya launched peace talks with the Somali government in Nairobi on Friday.",
			truce.Consult, "KEN", "SOM"},
	})
	// The missiles launched are the attack, not an act of their own.
	x := mustExtract(t, "Iran launched ballistic missiles at Israel on Saturday.", "2024-04-08")
	for _, ev := range x.Events {
		if ev.Type != truce.Assault && ev.Type != truce.Threaten && ev.Type != truce.Mobilize {
			t.Errorf("missiles launched coded as %s: %+v", ev.Type, ev)
		}
	}
}

// "The committee has completed its investigation into the allegation": an
// investigation carried on or brought to its end is an investigation,
// as one opened is.
func TestGsr33InquiryCarriedOn(t *testing.T) {
	cases := []struct{ text, source string }{
		{"The Nigerian senate has completed its investigation into claims that soldiers sold weapons to bandits.", "NGALEG"},
		{"Brazil's federal police are conducting a criminal inquiry into the destruction of the rainforest reserve.", "BRACOP"},
		{"Kenyan prosecutors wrapped up their probe into the deaths of three activists on Friday.", "KEN"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-04-08", truce.Accuse, "investigate")
			if len(evs) == 0 {
				t.Fatalf("no investigation coded")
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %s, want %s", ids(evs[0].Source), c.source)
			}
		})
	}
}

// "will withdraw its troops unless the bloc pays them": a withdrawal held
// over another side on an "unless" condition is a threat; one offered on
// an "if" and one refused are not.
func TestGsr33UnlessWithdrawal(t *testing.T) {
	runSideCases(t, "2024-04-08", []sideCase{
		{"troops withdrawn unless paid",
			"Burundi said it will withdraw its troops from Somalia unless the African Union pays their salaries.",
			truce.Threaten, "BDI", ""},
		{"soldiers pulled out unless donors pay",
			"Rwanda said it would pull its soldiers out of Mozambique unless donors paid for the mission.",
			truce.Threaten, "RWA", ""},
	})
	for _, text := range []string{
		"Israel said it would withdraw its tanks from the town if the militants laid down their arms.",
		"Uganda will not withdraw its troops unless the fighting stops.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-04-08").Events {
				if ev.Type == truce.Threaten {
					t.Errorf("coded a threat: %+v", ev)
				}
			}
		})
	}
}
