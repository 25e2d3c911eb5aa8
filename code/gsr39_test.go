package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "allowed the opposition leader to hold a rally", "will allow exiled
// politicians to contest the vote": letting people take part in political
// life eases restrictions on political freedoms (CONCEDE, CAMEO 0811), not
// the access given to foreign inspectors or aid (RETREAT, CAMEO 086),
// which stays so.
func TestGsr39AllowedPolitics(t *testing.T) {
	for _, text := range []string{
		"The interior minister allowed the opposition leader to hold a rally in the capital on Friday.",
		"The junta will allow exiled opposition politicians to contest the December election, a spokesman said.",
		"The constitutional court on Monday decided to allow the former premier to stand in the presidential vote.",
	} {
		t.Run(text, func(t *testing.T) {
			evs := eventsOf(t, text, "2024-05-02", truce.Concede)
			if len(evs) == 0 {
				t.Fatalf("no easing of political restrictions coded in %+v", mustExtract(t, text, "2024-05-02").Events)
			}
			if evs[0].CAMEO != "0811" {
				t.Errorf("CAMEO %s, want 0811", evs[0].CAMEO)
			}
			for _, ev := range mustExtract(t, text, "2024-05-02").Events {
				if ev.Type == truce.Retreat {
					t.Errorf("political participation read as access: %+v", ev)
				}
			}
		})
	}
	for _, text := range []string{
		"Kenya allowed UN inspectors to visit the camps on Monday.",
		"The army allowed aid agencies to reach the besieged town on Tuesday.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Concede); len(evs) > 0 {
				t.Errorf("access for foreigners read as political freedom: %+v", evs)
			}
		})
	}
}
