package geo

import "testing"

// TestPlace43RuledOut checks that a name the generated gazetteer knows
// only in other countries is not read as one of those when the text pins
// it to a country right after it, there and where the name comes again;
// a name with a place in the qualifying country, or one a curated row
// spells, is read as before.
func TestPlace43RuledOut(t *testing.T) {
	g := MustLoad(t)
	for _, tc := range []struct {
		text, name, country, precision string
	}{
		{"SANTA CRUZ, Bolivia - Police detained the governor. Crowds rioted in Santa Cruz later.", "Santa Cruz", "BOL", "none"},
		{"Gunmen killed six people in San Pedro, Paraguay on Monday.", "San Pedro", "PRY", "none"},
		{"Police arrested 40 protesters in Leon, Nicaragua on Monday.", "Leon", "NIC", "city"},
		{"Police arrested 40 protesters in Atlanta, Georgia on Saturday.", "Atlanta", "USA", "city"},
	} {
		n := 0
		for _, p := range g.Find(tc.text, Hint{}) {
			if p.Text != tc.name && p.Text != "SANTA CRUZ" {
				continue
			}
			n++
			if p.Country != tc.country || p.Precision != tc.precision {
				t.Errorf("%q: %s read as %s (%s), want %s (%s)", tc.text, p.Text, p.Country, p.Precision, tc.country, tc.precision)
			}
		}
		if n == 0 {
			t.Errorf("%q: %s not found", tc.text, tc.name)
		}
	}
}
