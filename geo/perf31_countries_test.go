package geo

import "testing"

// TestCountryLists checks that rows of one country share one list, that
// each country has its own, and that codes other than three capital
// letters are refused, as the map parsePart used did.
func TestCountryLists(t *testing.T) {
	var c countryLists
	first, ok := c.of("AFG")
	if !ok || len(first) != 1 || first[0] != "AFG" {
		t.Fatalf("of(AFG) = %q, %v", first, ok)
	}
	if again, _ := c.of("AFG"); &again[0] != &first[0] {
		t.Error("a second AFG row got a list of its own")
	}
	for _, code := range []string{"AAA", "ZZZ", "SDN"} {
		cs, ok := c.of(code)
		if !ok || len(cs) != 1 || cs[0] != code {
			t.Errorf("of(%q) = %q, %v", code, cs, ok)
		}
	}
	for _, code := range []string{"", "af", "afg", "AF1", "AFGH", "A G", "ÄFG"} {
		if cs, ok := c.of(code); ok {
			t.Errorf("of(%q) = %q, want refused", code, cs)
		}
	}
}
