package geo

import (
	"strings"
	"testing"
)

// TestNormKeyAgreesWithSplitName checks the stack-buffered normKey against
// joining splitName's words, on every place name, admin1 name and
// alternate of the gazetteer and on names past the buffers' sizes.
func TestNormKeyAgreesWithSplitName(t *testing.T) {
	names := []string{"", " ", "Mazar-i-Sharif", "Türkiye", "St. John's", "U.S.", "al-Hasakah  Governorate",
		strings.Repeat("Ab Cd-Ef ", 20), strings.Repeat("Ωmega ", 30), "Kelvin \u212a", "İstanbul"}
	g := MustLoad(t)
	for _, e := range g.entries {
		names = append(names, e.Name, e.Admin1, e.Name+" "+e.Admin1+" "+e.Name)
	}
	for _, n := range names {
		if got, want := normKey(n), strings.Join(splitName(n), " "); got != want {
			t.Fatalf("normKey(%q) = %q, want %q", n, got, want)
		}
	}
}
