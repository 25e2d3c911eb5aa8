package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Russia began military drills near Kyiv": the generic forces that only
// name the kind of the act a state stages are that state's, not those of
// the place the act is held by.
func TestX79StagedForces(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"Russia began military drills near Kyiv on Monday.", "RUSMIL", "UKRMIL"},
		{"Azerbaijan staged large military exercises around Armenia on Tuesday.", "AZEMIL", "ARMMIL"},
		{"Iran said it had started its biggest military drills off Oman.", "IRNMIL", "OMNMIL"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-04-08", truce.Mobilize)
			if len(evs) == 0 {
				t.Fatalf("no MOBILIZE event")
			}
			if !hasActor(evs[0].Source, c.want) || hasActor(evs[0].Source, c.not) {
				t.Errorf("source %s, want %s", ids(evs[0].Source), c.want)
			}
		})
	}
}

// "Troops from Nigeria, Chad and Cameroon attacked": a comma list of the
// states the generic head comes from is the head's, every state of it;
// the list's last states are not the subject on their own.
func TestX79FromList(t *testing.T) {
	x := mustExtract(t, "Soldiers from Benin, Togo and Ghana attacked a militant camp near the border on Sunday.", "2024-04-08")
	var found bool
	for _, ev := range x.Events {
		if ev.Type != truce.Assault {
			continue
		}
		found = true
		for _, id := range []string{"BENMIL", "TGOMIL", "GHAMIL"} {
			if !hasActor(ev.Source, id) {
				t.Errorf("source %s, want %s among them", ids(ev.Source), id)
			}
		}
	}
	if !found {
		t.Fatalf("no ASSAULT in %+v", x.Events)
	}
	// A joint act of three states has them on its two sides.
	runSideCases(t, "2024-04-08", []sideCase{
		{"a joint patrol of three states",
			"Troops from Kenya, Uganda and Tanzania began joint patrols along the lake shore on Monday.",
			truce.Cooperate, "KENMIL", "TZAMIL"},
	})
}
