package ceasefire_test

import (
	"github.com/truce-project/truce"
	"testing"

	"github.com/truce-project/truce/dyad"
)

func TestScenarioGaza(t *testing.T) {
	arts := scenario(t, "18", "19", "20", "21")
	if len(arts) != 4 {
		t.Fatalf("scenario has %d articles, want 4", len(arts))
	}
	res := checkOrders(t, arts, dyad.NewPair("ISR", "PSE"), "gaza.golden.json")
	if len(res.Registry) != 1 {
		t.Fatalf("registry has %d truces, want the one of 10 October: %+v", len(res.Registry), res.Registry)
	}
	c := res.Registry[0]
	var tallies []truce.Violation
	for _, v := range c.Violations {
		if v.Kind == "tally" {
			tallies = append(tallies, v)
		}
	}
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"parties", ids(c.Parties), []string{"HAMAS", "ISR"}},
		{"mediators", ids(c.Mediators), []string{"EGY", "QAT", "TUR", "USA"}},
		{"dates", c.Announced + " " + c.Effective, "2025-10-10 2025-10-10"},
		{"every article a source", len(c.Sources), 4},
		{"history", states(c.History), []string{"announced@2025-10-10", "in_force@2025-10-10", "violated@2025-10-19"}},
		{"violations", violationsOf(c.Violations), []violation{
			{"event", "2025-10-19", "ISR", "PSE"}, {"tally", "2025-10-20", "ISR", "PSE"}, {"event", "2025-10-29", "ISR", "PSE"}}},
		{"tally: dozens is at least 12", len(tallies) == 1 && tallies[0].Count == 12, true},
	} {
		if !equal(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}
