package code_test

// Events dropped at build time (round 32): words of welcome or praise
// whose object is an act told in an earlier sentence by a plural or a
// general noun ("the releases", "the operation"), or that stand as the
// subject of a passive ("The exchange was hailed by …").

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// A reaction to an act told before is aimed at whoever did it, however
// the act is named back.
func TestBuild32ReactedAct(t *testing.T) {
	// tgt lists the countries either of which the target may be.
	tests := []struct{ name, text, src, tgt string }{
		{"plural act noun",
			"Kenya freed 14 Somali fishermen and returned their boats on Tuesday at the port of Lamu. Germany welcomed the releases as a sign of goodwill.",
			"DEU", "KEN"},
		{"general noun for an operation",
			"Thai troops raided a rebel camp near Mae Sot on Friday and detained 40 fighters of an armed group. Japan praised the operation as an example of cooperation.",
			"JPN", "THA"},
		{"passive with the act noun as subject",
			"Ghana released three Togolese soldiers and Togo freed two Ghanaian guards at the border on Monday. The exchange was welcomed by Nigeria as a step towards calm.",
			"NGA", "GHA TGO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-05-06")
			for _, ev := range ex.Events {
				if ev.Type != truce.Support || len(ev.Source) == 0 || len(ev.Target) == 0 {
					continue
				}
				if ev.Source[0].ID[:3] == tt.src && strings.Contains(tt.tgt, ev.Target[0].ID[:3]) {
					return
				}
			}
			t.Errorf("no support by %s for %s: %+v", tt.src, tt.tgt, ex.Events)
		})
	}
}
