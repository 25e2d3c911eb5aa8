package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesT49Onlookers checks that those who watch a signing ("with X
// looking on", "as X looked on") are its go-betweens, not its other
// party; sentences of our own.
func TestRolesT49Onlookers(t *testing.T) {
	tests := []struct {
		text, a, b, watcher string
	}{
		{"The foreign ministers of Sudan and South Sudan signed a joint statement on Monday to settle a row over oil fees that had shut the pipeline in March, with Ethiopia's prime minister and the African Union chairman looking on.", "SDNGOV", "SSDGOV", "ETHGOV"},
		{"The presidents of Rwanda and Burundi signed an accord on Saturday to reopen the border that was closed after raids in January, with Angolan President Joao Lourenco looking on.", "RWAGOV", "BDIGOV", "AGOGOV"},
		{"The leaders of Armenia and Azerbaijan signed a declaration to end the dispute that has lasted three decades, with U.S. President Donald Trump and Turkish President Tayyip Erdogan looking on.", "ARMGOV", "AZEGOV", "USAGOV"},
		{"Serbia and Kosovo signed a deal on car number plates in Brussels on Thursday as EU foreign policy chief Josep Borrell looked on.", "SRBGOV", "XKXGOV", "EU"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Agree)
			if len(evs) != 1 {
				t.Fatalf("want one AGREE, got %+v", mustExtract(t, tt.text, "2024-05-01").Events)
			}
			ev := evs[0]
			if !(hasActor(ev.Source, tt.a) && hasActor(ev.Target, tt.b) || hasActor(ev.Source, tt.b) && hasActor(ev.Target, tt.a)) {
				t.Errorf("sides %v / %v, want %s and %s", probeIDs(ev.Source), probeIDs(ev.Target), tt.a, tt.b)
			}
			if hasActor(ev.Target, tt.watcher) || hasActor(ev.Source, tt.watcher) {
				t.Errorf("the onlooker %s is a side: %v / %v", tt.watcher, probeIDs(ev.Source), probeIDs(ev.Target))
			}
			if !hasActor(ev.Mediators, tt.watcher) {
				t.Errorf("mediators %v, want %s", probeIDs(ev.Mediators), tt.watcher)
			}
		})
	}
}

// TestRolesT49NounOwnedEscort checks that "its" or "their" after "and"
// and a plain noun of the object stands for that noun, so that "a convoy
// and its army escort" is attacked, escort and all; sentences of our own.
func TestRolesT49NounOwnedEscort(t *testing.T) {
	tests := []struct {
		text, src, tgt string
	}{
		{"JNIM fighters ambushed a convoy of fuel tankers and its army escort in Mali's western Kayes region on Sunday.", "JNIM", "MLIMIL"},
		{"Al-Shabaab fighters attacked a convoy of food trucks and its army escort near Baidoa on Monday.", "ALSHABAAB", "SOMMIL"},
		{"ISWAP militants raided a column of buses and their military escort on the road to Maiduguri on Tuesday.", "ISWAP", "NGAMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Assault)
			if len(evs) != 1 {
				t.Fatalf("want one ASSAULT, got %+v", mustExtract(t, tt.text, "2024-05-01").Events)
			}
			if !hasActor(evs[0].Source, tt.src) || !hasActor(evs[0].Target, tt.tgt) {
				t.Errorf("got %v -> %v, want %s -> %s", probeIDs(evs[0].Source), probeIDs(evs[0].Target), tt.src, tt.tgt)
			}
		})
	}
}
