package code_test

import "testing"

// TestRolesX102DyadNotOwnPeople: a strike that names no doer but names
// people of the article's other state among those hit does not take that
// state as its attacker.
func TestRolesX102DyadNotOwnPeople(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"Four Turkish engineers were killed when a drone struck their camp in Iraq's Duhok province on Monday. Turkey's foreign ministry summoned Iraq's ambassador and urged Baghdad to find the culprits.", "TUR"},
		{"Two Egyptian truck drivers were killed when a drone hit their convoy near the Libyan town of Sirte on Sunday. Egypt's foreign ministry called on Libya to protect Egyptian citizens.", "EGY"},
	} {
		evs := eventsOf(t, c.text, "2024-03-01", "ASSAULT")
		if len(evs) == 0 {
			t.Errorf("%q: no ASSAULT event", c.text)
			continue
		}
		for _, ev := range evs {
			if hasActor(ev.Source, c.not) {
				t.Errorf("%q: source read as %s, the victims' own state", c.text, c.not)
			}
		}
	}
}
