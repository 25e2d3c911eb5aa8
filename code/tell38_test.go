package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell38WalkedFree checks that captives set free, told from their side
// ("walked free", "walked out of jail"), are a release (RETREAT release)
// by the state whose prison held them, the freed being its target; and
// that walking out of talks, walking freely or still walking free (at
// large) frees no one.
func TestTell38WalkedFree(t *testing.T) {
	for _, tt := range []struct {
		text, source, target string
	}{
		{"Two jailed bloggers walked free from a prison outside Tunis on Thursday after a presidential pardon, their lawyer said.", "TUNGOV", "TUN"},
		{"The opposition leader walked out of jail in Lusaka on Monday under an amnesty.", "ZMBGOV", "ZMBOPP"},
		{"Three Nicaraguan priests walked free on Saturday after months in detention.", "NICGOV", "NIC"},
		{"A Belarusian journalist walked out of a prison colony in Vitebsk after serving three years.", "BLRGOV", "BLR"},
	} {
		evs := eventsOf(t, tt.text, "2025-11-20", truce.Retreat, "release")
		if len(evs) != 1 {
			t.Errorf("%q: %d releases, want 1: %+v", tt.text, len(evs), evs)
			continue
		}
		ev := evs[0]
		if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
			t.Errorf("%q: release %v -> %v, want %s -> %s", tt.text, ev.Source, ev.Target, tt.source, tt.target)
		}
		if ev.Status != truce.StatusReported {
			t.Errorf("%q: status %q, want reported", tt.text, ev.Status)
		}
	}
	for _, text := range []string{
		"Delegates walked out of the talks in Geneva on Monday.",
		"Shoppers walked freely through the market in Kabul on Friday.",
		"The men who shot the reporter in Karachi still walk free, his family said.",
	} {
		if evs := eventsOf(t, text, "2025-11-20", truce.Retreat, "release"); len(evs) != 0 {
			t.Errorf("%q: releases %+v, want none", text, evs)
		}
	}
}
