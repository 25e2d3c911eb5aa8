package code

import (
	"slices"
	"strings"
	"testing"
)

// Trigger forms expand their "{a,b}" choices and "~"/"~~" inflections; a
// malformed brace is an error naming the form, not a silent non-match.
func TestFormAlternatives(t *testing.T) {
	tests := []struct {
		form string
		want []string // some of the expansions, joined by spaces
	}{
		{"suspend~ * {increase,hike}", []string{"suspend * increase", "suspended * hike", "suspending * increase"}},
		{"dismantled {protest camp,sit-in camp}", []string{"dismantled protest camp", "dismantled sit-in camp"}},
		{"kidnap~~ * {pupils,students}", []string{"kidnapped * pupils", "kidnapping * students", "kidnaps * pupils"}},
		// A verb ending in "ee", "oe" or "ye" keeps its "e" before -ing.
		{"free~ * hostages", []string{"freeing * hostages", "freed * hostages", "frees * hostages"}},
		{"agree~ to", []string{"agreeing to", "agreed to"}},
		{"seize~ town", []string{"seizing town", "seized town"}},
	}
	for _, tt := range tests {
		forms, err := alternatives(tt.form)
		if err != nil {
			t.Fatalf("%q: %v", tt.form, err)
		}
		var got []string
		for _, ws := range forms {
			got = append(got, strings.Join(ws, " "))
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no %q in %q", tt.form, w, got)
			}
		}
	}
	for _, bad := range []string{"foo {protest camp,sit-in camp", "foo } bar", "foo {a,,b}"} {
		if _, err := alternatives(bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("%q: err = %v, want an error naming the form", bad, err)
		}
	}
}
