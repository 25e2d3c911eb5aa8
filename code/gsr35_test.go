package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Teachers demanded support from the Montenegro Assembly": a country
// named bare before its capitalised legislature names that parliament,
// not the country's government, so a request its own officials put to it
// keeps its addressee. Lower-case "assembly elections" names no body.
func TestGsr35CountryAssembly(t *testing.T) {
	cases := []struct{ text, source, target string }{
		{"Teachers demanded support from the Montenegro Assembly.", "MNE", "MNELEG"},
		{"Serbian mayors asked the Serbia Assembly to fund new schools.", "SRB", "SRBLEG"},
		{"Kosovo officials urged the Kosovo Assembly to pass the border treaty.", "XKX", "XKXLEG"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Request)
			if len(evs) == 0 {
				t.Fatalf("no request coded")
			}
			if !hasActor(evs[0].Source, c.source) || !hasActor(evs[0].Target, c.target) {
				t.Errorf("want %s asking %s, got %+v -> %+v", c.source, c.target, evs[0].Source, evs[0].Target)
			}
		})
	}
	x := mustExtract(t, "Kosovo assembly elections were held on Sunday.", "2024-05-02")
	for _, ev := range x.Events {
		for _, a := range append(ev.Source, ev.Target...) {
			if a.ID == "XKXLEG" {
				t.Errorf("lower-case assembly elections read as the parliament: %+v", ev)
			}
		}
	}
}
