package code_test

// Words with no addressee named (round 30): a call or demand whose
// object is a thing is aimed at a party the article has named.

import (
	"slices"
	"testing"

	"github.com/truce-project/truce"
)

// A call with no one named as its addressee is aimed at whom its speaker
// last acted on, at whoever last acted on the speaker, or, from a third
// party, at the article's two sides.
func TestBuild30UnnamedAddressee(t *testing.T) {
	tests := []struct {
		name, text, source string
		targets            []string
	}{
		{"the speaker's own earlier target",
			"The African Union suspended Niger from all its activities on Friday after soldiers ousted the elected president in Niamey. The AU also called for elections within a year.",
			"AU", []string{"NERGOV"}},
		{"whoever acted on the speaker",
			"Vietnamese coast guards seized a Chinese trawler near the Paracels on Monday. Beijing demanded the immediate return of the vessel and its crew.",
			"CHNGOV", []string{"VNMMIL"}},
		{"a third party calling on two sides",
			"Rwanda accused Burundi of sheltering rebels on Tuesday, and Gitega rejected the claim. Tanzania called for dialogue under regional auspices.",
			"TZAGOV", []string{"RWAGOV", "BDIGOV"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-02")
			for _, ev := range ex.Events {
				if ev.Type != truce.Request || len(ev.Source) == 0 || ev.Source[0].ID != tt.source {
					continue
				}
				var got []string
				for _, a := range ev.Target {
					got = append(got, a.ID)
				}
				// The two sides in either order: which comes first
				// follows the last act told, not the call.
				slices.Sort(got)
				want := slices.Sorted(slices.Values(tt.targets))
				if !slices.Equal(got, want) {
					t.Errorf("targets %v, want %v", got, tt.targets)
				}
				return
			}
			t.Errorf("no request by %s: %+v", tt.source, ex.Events)
		})
	}
}

// A call whose object is its addressee, though not known as an actor,
// and an appeal in a story with no parties named, still code none.
func TestBuild30NoAddresseeGuessed(t *testing.T) {
	tests := []struct{ name, text string }{
		{"object is the addressee",
			"Police in Ghana arrested six miners on Monday. The Wassa traditional council urged the district assembly to intervene."},
		{"appeal with no party named",
			"Floods displaced some 12,000 people in the lowlands overnight. The provincial relief office appealed for blankets and drinking water."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-02")
			for _, ev := range ex.Events {
				if ev.Type == truce.Request {
					t.Errorf("request coded: %+v", ev)
				}
			}
		})
	}
}
