package ceasefire_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

func TestScenarioPakistanAfghanistan(t *testing.T) {
	arts := scenario(t, "0", "10", "11", "12", "13", "14", "15")
	if len(arts) < 15 {
		t.Fatalf("scenario has %d articles, want 15", len(arts))
	}
	res := checkOrders(t, arts, dyad.NewPair("PAK", "AFG"), "pakafg.golden.json")
	if len(res.Registry) != 2 {
		t.Fatalf("registry has %d truces, want the 48-hour one and Doha's", len(res.Registry))
	}
	short, doha := res.Registry[0], res.Registry[1]
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"48h parties", ids(short.Parties), []string{"AFG", "PAK"}},
		{"48h duration", short.DurationHours, 48},
		{"48h dates", short.Announced + " " + short.Effective + " " + short.End, "2025-10-15 2025-10-15 2025-10-19"},
		{"48h history", states(short.History), []string{"announced@2025-10-15", "in_force@2025-10-15", "extended@2025-10-17", "violated@2025-10-17"}},
		{"48h violations", violationsOf(short.Violations), []violation{{"event", "2025-10-17", "PAK", "AFG"}}},
		{"48h sources", len(short.Sources), 2},
		{"Doha replaces the 48h truce", doha.Replaces, short.ID},
		{"Doha parties", ids(doha.Parties), []string{"AFG", "PAK"}},
		{"Doha mediators", ids(doha.Mediators), []string{"QAT", "TUR"}},
		{"Doha announced", doha.Announced, "2025-10-19"},
		{"Doha sovereignty term", hasTerm(doha, "territorial sovereignty"), true},
		{"Doha open", doha.End, ""},
		{"Doha history", states(doha.History), []string{"announced@2025-10-19", "in_force@2025-10-19", "violated@2025-11-06"}},
		{"Doha violations", violationsOf(doha.Violations), []violation{{"event", "2025-11-06", "PAK", ""}, {"event", "2025-11-25", "PAK", "AFG"}, {"event", "2025-11-25", "PAK", "AFG"}}},
		{"Doha monitoring mechanism", slices.ContainsFunc(doha.Monitoring, func(m string) bool { return strings.Contains(m, "mechanism to monitor") }), true},
	} {
		if !equal(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	// The Istanbul rounds are talks of the Doha truce, each reported by the
	// Istanbul articles.
	byID := map[string]truce.Event{}
	for _, e := range res.Merged {
		byID[e.ID] = e
	}
	var istanbul []string
	for _, id := range doha.Talks {
		if e := byID[id]; e.Location != nil && e.Location.Name == "Istanbul" {
			istanbul = append(istanbul, e.Date)
		}
	}
	if !slices.Contains(istanbul, "2025-10-30") || !slices.Contains(istanbul, "2025-11-07") {
		t.Errorf("Istanbul talks of the Doha truce on %v, want rounds on 2025-10-30 and 2025-11-07", istanbul)
	}
	// Retaliation: strikes answered across the border, both ways.
	long := 0
	for _, c := range res.Chains {
		for k := 1; k < len(c.Links); k++ {
			if c.Links[k].From != c.Links[k-1].To || c.Links[k].Answers != c.Links[k-1].EventID {
				t.Errorf("chain link %+v does not answer %+v", c.Links[k], c.Links[k-1])
			}
		}
		long = max(long, len(c.Links))
	}
	if long < 3 {
		t.Errorf("longest PAK–AFG retaliation chain has %d strikes, want at least 3: %+v", long, res.Chains)
	}
	if d := res.Dyads[0]; d.A != "AFG" || d.B != "PAK" || d.Retaliations == 0 || d.Fatalities == 0 {
		t.Errorf("first dyad = %+v, want AFG–PAK with fatalities and retaliations", d)
	}
}

func equal(a, b any) bool {
	return strings.TrimSpace(sprint(a)) == strings.TrimSpace(sprint(b))
}
