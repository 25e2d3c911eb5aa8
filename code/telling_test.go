package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// One act told with several triggers is one event, which carries the toll
// and the sides each trigger adds.
func TestOneEventPerTelling(t *testing.T) {
	tests := []struct {
		name, text, typ string
		// target, when set, is an actor id the event's target must hold;
		// notTarget one it must not.
		target, notTarget string
		// dead and hurt, when not -1, are the event's fatalities and
		// injuries (min).
		dead, hurt int
	}{
		{"a device and its blast", "Three policemen were killed and nine wounded on Friday when an explosive device detonated under their patrol vehicle in Peshawar.",
			truce.Assault, "PAKCOP", "", 3, 9},
		{"a thrown grenade and its blast", "A hand grenade tossed by unknown attackers exploded outside a police station in Imphal overnight.",
			truce.Assault, "INDCOP", "", -1, -1},
		{"a blast where it went off, not further on", "Four Kenyan soldiers were wounded when a landmine exploded during a patrol near the frontier with Somalia on Monday.",
			truce.Assault, "", "SOM", -1, 4},
		{"fighting an attack set off", "Boko Haram militants raided a Nigerian army outpost near Damboa on Thursday, triggering a firefight that went on until dawn.",
			truce.Assault, "NGAMIL", "", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			n := 0
			for _, ev := range x.Events {
				if ev.Type == tt.typ {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("%d %s events, want 1: %+v", n, tt.typ, x.Events)
			}
			ev := eventOfType(x, tt.typ)
			if tt.target != "" && !hasActor(ev.Target, tt.target) {
				t.Errorf("target = %+v, want %s", ev.Target, tt.target)
			}
			if tt.notTarget != "" && hasActor(ev.Target, tt.notTarget) {
				t.Errorf("target = %+v, want no %s", ev.Target, tt.notTarget)
			}
			checkCount(t, "fatalities", ev.Fatalities, tt.dead)
			checkCount(t, "injuries", ev.Injuries, tt.hurt)
		})
	}
}

// checkCount reports a count that is not want; -1 wants nothing checked.
func checkCount(t *testing.T, field string, got *truce.Count, want int) {
	t.Helper()
	switch {
	case want < 0:
	case got == nil:
		t.Errorf("%s = none, want %d", field, want)
	case got.Min != want:
		t.Errorf("%s = %d, want %d", field, got.Min, want)
	}
}

// A threat whose content waits on a condition, or follows a suspicion
// ("may have shelled"), has been made all the same; one that is itself
// only possible has not.
func TestConditionalThreatIsMade(t *testing.T) {
	tests := []struct {
		name, text, status string
	}{
		{"a warning with a condition", "Turkey said on Monday it had seen signs that Kurdish militants may have shelled a border post near Hakkari, and warned that Ankara would respond firmly if that was confirmed.", truce.StatusReported},
		{"a threat that might be made", "Egypt could threaten to close the canal to the ships if its grain imports were halted, a former minister suggested.", truce.StatusHypothetical},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, truce.Threaten)
			if ev == nil {
				t.Fatalf("no THREATEN event in %+v", x.Events)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %s, want %s", ev.Status, tt.status)
			}
		})
	}
}
