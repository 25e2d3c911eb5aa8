package geo

import "testing"

// The country outlines check a generated city: one whose point lies in
// another country is not where it says it is.
func TestWhereItSays(t *testing.T) {
	g := MustLoad(t)
	var city *entry
	for i := range g.entries {
		if e := &g.entries[i]; e.generated && e.Country == "PAK" && e.Population > 100000 {
			city = e
			break
		}
	}
	if city == nil {
		t.Fatal("no generated Pakistani city of 100,000")
	}
	if !g.whereItSays(city) {
		t.Errorf("%s (%v, %v) is outside Pakistan's outline", city.Name, city.Lat, city.Lon)
	}
	moved := *city
	moved.Lat, moved.Lon = 48.86, 2.35 // Paris
	if g.whereItSays(&moved) {
		t.Errorf("a Pakistani city placed in Paris passes the outline check")
	}
	curated := moved
	curated.generated = false
	if !g.whereItSays(&curated) {
		t.Errorf("curated rows are not trusted")
	}
}
