package geo

import "testing"

// TestPlace36CitiesOf checks that CitiesOf returns the towns of one
// country only, its capital among them, and nothing for an unknown code.
func TestPlace36CitiesOf(t *testing.T) {
	g := MustLoad(t)
	cs := g.CitiesOf("KEN")
	found := false
	for _, c := range cs {
		if c.Country != "KEN" || c.Kind != KindCity {
			t.Errorf("CitiesOf(KEN) returned %+v", c)
		}
		found = found || c.Name == "Nairobi"
	}
	if !found {
		t.Errorf("CitiesOf(KEN) lacks Nairobi (%d towns)", len(cs))
	}
	if cs := g.CitiesOf("XXX"); len(cs) != 0 {
		t.Errorf("CitiesOf(XXX) = %d towns, want none", len(cs))
	}
}
