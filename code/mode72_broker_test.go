package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestMode72DomesticBrokers checks that a truce brokered at home by local
// go-betweens (chiefs, clergy, elders) between the country's own armed
// groups is the sides' agreement, with the brokers as mediators, and that
// one "between two militias" has that group on both sides.
func TestMode72DomesticBrokers(t *testing.T) {
	for _, tc := range []struct {
		name, text, src, tgt, mediator string
	}{
		{"plural group between", "Village chiefs and district officials in Jonglei brokered a truce on Friday between two rival cattle-herding militias after a week of raids.",
			"SSDMLT", "SSDMLT", "SSDGOV"},
		{"clergy between two cartels", "Anglican clergy in Michoacan said on Monday they had brokered a ceasefire between the Sinaloa Cartel and the Jalisco New Generation Cartel.",
			"SINALOA", "CJNG", "MEXREL"},
		{"the two feuding militias", "Elders in Baidoa brokered a truce on Sunday between the two feuding clan militias that had fought over a well.",
			"SOMMLT", "SOMMLT", "SOMCVL"},
		{"foreign broker still works", "Norway said on Thursday it had brokered a ceasefire between the Colombian army and the ELN rebels.",
			"COLMIL", "ELN", "NORGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(t, tc.text, "2024-05-06", truce.Agree, "ceasefire")
			if len(evs) != 1 {
				t.Fatalf("want one AGREE ceasefire, got %d: %+v", len(evs), mustExtract(t, tc.text, "2024-05-06").Events)
			}
			ev := evs[0]
			if !hasActor(ev.Source, tc.src) || !hasActor(ev.Target, tc.tgt) || !hasActor(ev.Mediators, tc.mediator) {
				t.Errorf("sides %v / %v, mediators %v; want %s / %s by %s", ev.Source, ev.Target, ev.Mediators, tc.src, tc.tgt, tc.mediator)
			}
			if len(eventsOf(t, tc.text, "2024-05-06", truce.Consult)) != 0 {
				t.Errorf("the brokering stays a CONSULT event")
			}
		})
	}
}

// TestMode72BrokerOwnForces checks that a state brokering a truce its own
// troops fight in is a side, not a broker: no truce is made of it.
func TestMode72BrokerOwnForces(t *testing.T) {
	text := "Turkey said on Sunday it had brokered a truce between Turkish troops and Kurdish fighters in northern Syria."
	if evs := eventsOf(t, text, "2024-05-06", truce.Agree); len(evs) != 0 {
		t.Errorf("a broker that is a side made a truce: %+v", evs)
	}
}
