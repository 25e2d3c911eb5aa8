package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Tolls the round toll48 fixed, on sentences of our own: a riot's dead
// and hurt told before its "as" or "when" clause, with an aside on who
// was among them ("…, most of them officers, …") between the tolls and
// the clause.
func TestToll48AsideBeforeRiotClause(t *testing.T) {
	cases := []struct {
		text       string
		dead, hurt int
	}{
		{"QUITO, May 3 - Two students were killed and about 40 people, many of them officers, were hurt as demonstrators fought with police outside the ministry on Friday.", 2, 40},
		{"SANTIAGO, March 9 - A teenager was shot dead and more than 70 people, most of them riot police, were injured as protesters clashed with officers near the presidential palace on Tuesday.", 1, 70},
		{"ACCRA, June 2 - One trader was killed and 25 people, among them a journalist, were wounded when rioters fought with police at the central market on Sunday.", 1, 25},
		// still as before: no aside, or an aside with a toll of one kind
		{"LIMA, Oct 16 - A man was shot dead and some 60 people were injured as protesters clashed with riot police near Congress late on Wednesday.", 1, 60},
		{"NAIROBI, July 7 - Four people died, two of them teenagers, as crowds clashed with riot police in the capital on Friday.", 4, 0},
	}
	for _, c := range cases {
		riots := eventsOf(t, c.text, "2024-01-01", truce.Protest, "riot")
		if len(riots) != 1 {
			t.Errorf("%q: want one riot, got %d", c.text, len(riots))
			continue
		}
		r := riots[0]
		if r.Fatalities == nil || r.Fatalities.Min != c.dead {
			t.Errorf("%q: riot dead = %v, want %d", c.text, r.Fatalities, c.dead)
		}
		if c.hurt > 0 && (r.Injuries == nil || r.Injuries.Min != c.hurt) {
			t.Errorf("%q: riot hurt = %v, want %d", c.text, r.Injuries, c.hurt)
		}
		// the killing is the riot's toll, no attack of its own
		for _, e := range eventsOf(t, c.text, "2024-01-01", truce.Assault) {
			if e.Fatalities != nil {
				t.Errorf("%q: the dead also on an attack of their own (%s)", c.text, e.Mode)
			}
		}
	}
}
