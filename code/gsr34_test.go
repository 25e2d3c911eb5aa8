package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "The army prepared to resume shelling rebel positions": an attack its
// subject is getting ready to make has not been fought; the readying of
// forces is what happened (CAMEO 154). An attack alleged as readied
// ("accused them of preparing to attack") and readiness ("is prepared to
// use force") are not readings of forces readied.
func TestGsr34PreparedAttack(t *testing.T) {
	cases := []struct{ text, source string }{
		{"The Burmese army prepared to resume shelling Karen villages as the talks in Bangkok collapsed.", "MMR"},
		{"Nigerien troops are preparing to launch a large offensive against the jihadists near Tillaberi.", "NER"},
		{"The Colombian marines were readying to storm the smugglers' island camp.", "COL"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := mustExtract(t, c.text, "2024-05-02")
			var readied bool
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					t.Errorf("an attack still being readied coded as fought: %+v", ev)
				}
				if ev.Type == truce.Mobilize && hasActor(ev.Source, c.source) {
					readied = true
				}
			}
			if !readied {
				t.Errorf("no forces readied by %s in %+v", c.source, x.Events)
			}
		})
	}
	for _, text := range []string{
		"Addis Ababa accused Asmara of preparing to attack the border town of Badme.",
		"Hanoi said it was prepared to use force to defend its islands.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Mobilize); len(evs) > 0 {
				t.Errorf("no readying of forces told, got %+v", evs)
			}
		})
	}
}

// "The militants have sworn to fight until the troops leave": to swear to
// do something is to vow it, read through the lexicon's vow rows; the
// condition the fight waits on has not happened. "Sworn in" and "swore
// allegiance to" promise no act.
func TestGsr34SwornVow(t *testing.T) {
	cases := []struct{ text, source string }{
		{"Tuareg fighters have sworn to fight on until the Malian soldiers quit Kidal.", "MLI"},
		{"The Afghan militia swore to avenge the commanders killed by Pakistani jets.", "AFG"},
		{"Yemeni tribesmen are swearing to retaliate against the Saudi-led coalition.", "YEM"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := mustExtract(t, c.text, "2024-05-02")
			var vowed bool
			for _, ev := range x.Events {
				if ev.Type == truce.Threaten && hasActor(ev.Source, c.source) {
					vowed = true
				}
				if ev.Type == truce.Retreat {
					t.Errorf("the condition of the vow coded as done: %+v", ev)
				}
			}
			if !vowed {
				t.Errorf("no threat from %s in %+v", c.source, x.Events)
			}
		})
	}
	for _, text := range []string{
		"The new Ghanaian ministers were sworn in on Tuesday.",
		"Several gang leaders swore allegiance to the Haitian prime minister.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Threaten); len(evs) > 0 {
				t.Errorf("no vow told, got %+v", evs)
			}
		})
	}
}

// "The high court opened a hearing into the legality of the detentions":
// hearings into a matter are an inquiry into it (CAMEO 092).
func TestGsr34HearingsInto(t *testing.T) {
	cases := []struct{ text, source string }{
		{"Uganda's constitutional court opened a hearing on Thursday into the legality of the army's detention of civilians.", "UGA"},
		{"The Philippine senate began public hearings into the killings of drug suspects by police.", "PHL"},
		{"Argentina's congress held hearings into the sinking of the navy submarine.", "ARG"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Accuse, "investigate")
			if len(evs) == 0 {
				t.Fatalf("no inquiry coded")
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %s, want %s", ids(evs[0].Source), c.source)
			}
		})
	}
}

// "The president reneged on his commitment to the voters": a promise
// broken by the side that made it is a rejection.
func TestGsr34RenegedPromise(t *testing.T) {
	cases := []struct{ text, source string }{
		{"The Peruvian government reneged on its deal with the striking truckers.", "PER"},
		{"Sudan's army went back on its pledge to hand power to a civilian cabinet.", "SDN"},
		{"The Tunisian president backtracked on his promise to free the jailed journalists.", "TUN"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Reject)
			if len(evs) == 0 {
				t.Fatalf("no rejection coded")
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %s, want %s", ids(evs[0].Source), c.source)
			}
		})
	}
}

// "Hundreds of rebel fighters have been demobilised": fighters stood down,
// told in the passive, are the side that stood down.
func TestGsr34PassiveDemobilised(t *testing.T) {
	cases := []struct{ text, source string }{
		{"More than 2,000 Mozambican rebel fighters have been demobilised since the peace deal.", "MOZ"},
		{"Several Libyan militias were disbanded under the new security plan, officials said.", "LBY"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Retreat, "disarm")
			if len(evs) == 0 {
				t.Fatalf("no standing down coded")
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %s, want %s", ids(evs[0].Source), c.source)
			}
		})
	}
}

// "Troops remained on alert along the border": forces kept at readiness,
// whatever verb comes before "on alert".
func TestGsr34RemainedOnAlert(t *testing.T) {
	cases := []struct{ text, source string }{
		{"Pakistani troops remained on alert along the Line of Control on Sunday.", "PAK"},
		{"The South Korean air force stayed on alert after the missile launch.", "KOR"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Mobilize)
			if len(evs) == 0 {
				t.Fatalf("no readiness coded")
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %s, want %s", ids(evs[0].Source), c.source)
			}
		})
	}
}
