package geo

import (
	"reflect"
	"slices"
	"testing"
)

// TestCandidatesAsLookup checks that Candidates yields what Lookup returns,
// in order, for names with one, many and no candidates.
func TestCandidatesAsLookup(t *testing.T) {
	g := MustLoad(t)
	for _, name := range []string{"Kabul", "Springfield", "Georgia", "Turkiye", "Red Sea", "Nowhereville", ""} {
		t.Run(name, func(t *testing.T) {
			got := slices.Collect(g.Candidates(name))
			if want := g.Lookup(name); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
				t.Fatalf("Candidates(%q) = %v, want %v", name, got, want)
			}
		})
	}
}
