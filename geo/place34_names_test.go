package geo

import "testing"

// TestPlace34ApostropheName checks that a name the generated gazetteer
// alone knows, split by an apostrophe before a lower-case rest ("Ma'an"),
// is found as a place, while a possessive stays no part of a name.
func TestPlace34ApostropheName(t *testing.T) {
	g := MustLoad(t)
	ps := g.Find("Farmers blocked the road outside Ma'an, in southern Jordan, on Monday.", Hint{})
	found := false
	for _, p := range ps {
		if p.Name == "Ma'an" && p.Country == "JOR" && p.Text == "Ma'an" {
			found = true
		}
	}
	if !found {
		t.Errorf("Ma'an not found as Jordan's town: %+v", ps)
	}
	for _, p := range g.Find("Jordan's king met the envoy.", Hint{}) {
		if p.Text != "Jordan" {
			t.Errorf("possessive read into a name: %+v", p)
		}
	}
}

// TestPlace34NamesakeProvince checks that a province the generated
// gazetteer knows stays beside a curated namesake in another country, so
// the story's country chooses: Karak is Jordan's governorate in a story
// about Jordan, Pakistan's district in one about Pakistan.
func TestPlace34NamesakeProvince(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		text, country string
	}{
		{"Teachers in Karak and Irbid went on strike on Sunday, Jordan's education ministry said.", "JOR"},
		{"Gunmen attacked a police checkpoint in Karak, in Pakistan's Khyber Pakhtunkhwa province.", "PAK"},
	}
	for _, tt := range tests {
		got := ""
		for _, p := range g.Find(tt.text, Hint{}) {
			if p.Text == "Karak" {
				got = p.Country
			}
		}
		if got != tt.country {
			t.Errorf("Karak in %q resolved to %q, want %q", tt.text, got, tt.country)
		}
	}
}
