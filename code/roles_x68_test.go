package code_test

import "testing"

// A side named only as the backer of a taking or of the takers ("an
// assault supported by foreign troops", "the army, backed by jets and by
// fighters of a militia") fought with the takers: it is neither the holder
// of the ground nor the group a later "the rebels" names.
func TestRolesX68BackerHoldsNoGround(t *testing.T) {
	cases := []struct {
		name, text, src, tgt, notTgt string
	}{
		{"backer of the assault", "M23 rebels captured the town of Bunagana after an assault that Kinshasa said was supported by Ugandan troops.",
			"M23", "CODMIL", "UGAMIL"},
		{"backer of the advance", "Houthi rebels seized the district of Harib after an advance the government said was backed by Iranian advisers.",
			"HOUTHI", "", "IRN"},
		{"backer named after the taking", "Syrian troops retook the town of Saraqeb on Friday, driving out the insurgents. The army, backed by jets and by fighters of Hezbollah, had shelled rebel positions for weeks.",
			"SYRMIL", "SYRREB", "HEZBOLLAH"},
		{"holder named, backer after", "Nigerian troops retook the town of Bama on Sunday, taking it from insurgents after weeks of fighting. The army, supported by jets and by fighters of the Wagner Group, had shelled insurgent positions for days.",
			"NGAMIL", "NGAREB", "WAGNER"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-03-01", "ASSAULT")
			found := false
			for _, ev := range evs {
				if !hasActor(ev.Source, tt.src) {
					continue
				}
				found = true
				if tt.tgt != "" && !hasActor(ev.Target, tt.tgt) {
					t.Errorf("want target %s, got %s", tt.tgt, probeIDs(ev.Target))
				}
				if hasActorPrefix(ev.Target, tt.notTgt) {
					t.Errorf("the backer %s is no target: got %s", tt.notTgt, probeIDs(ev.Target))
				}
			}
			if !found {
				t.Errorf("no ASSAULT from %s", tt.src)
			}
		})
	}
}

// "A spokesman for the militia said its fighters had pulled out": the
// group that backed the army is not the militia that left.
func TestRolesX68BackerIsNoLaterGroup(t *testing.T) {
	text := "Ethiopian troops seized the town of Shire on Sunday, taking it from the militia. The army, helped by fighters of the Wagner Group, had bombed militia camps nearby. A spokesman for the militia said its fighters had pulled out."
	evs := eventsOf(t, text, "2024-03-01", "RETREAT")
	if len(evs) == 0 {
		t.Fatal("no RETREAT")
	}
	for _, ev := range evs {
		if hasActor(ev.Source, "WAGNER") {
			t.Errorf("the army's backer pulled out: %s", probeIDs(ev.Source))
		}
	}
}
