package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// place48Loc returns the places of the events of typ coded from text.
func place48Loc(t *testing.T, text, typ string) []*truce.Location {
	t.Helper()
	evs := eventsOf(t, text, "2024-03-04", typ)
	if len(evs) == 0 {
		t.Fatalf("no %s event in %q", typ, text)
	}
	var out []*truce.Location
	for _, ev := range evs {
		out = append(out, ev.Location)
	}
	return out
}

// A state that leads or backs a force does not place the force's acts.
func TestPlace48BackerNotPlace(t *testing.T) {
	for _, tc := range []struct{ text, not, want string }{
		{"Air strikes by the French-led coalition hit Malian rebel positions on Sunday, a spokesman said.", "FRA", "MLI"},
		{"Drone strikes by the Turkish-led alliance hit Armenian army positions on Sunday, a spokesman said.", "TUR", ""},
	} {
		for _, l := range place48Loc(t, tc.text, truce.Assault) {
			if l != nil && l.Country == tc.not {
				t.Errorf("%q: placed in the backer %s", tc.text, tc.not)
			}
			if tc.want != "" && (l == nil || l.Country != tc.want) {
				t.Errorf("%q: got %+v, want %s", tc.text, l, tc.want)
			}
		}
	}
}

// An "at" phrase gives the scene past a place that describes the object.
func TestPlace48AtScene(t *testing.T) {
	for _, tc := range []struct{ text, typ, want string }{
		{"Thai police handed over two Cambodian men sought for robberies in Battambang province to Cambodian officers at Siem Reap airport on Monday.", truce.Cooperate, "Siem Reap"},
		{"Ugandan police detained an opposition leader, the former mayor of the Gulu district, at Entebbe airport on Sunday.", truce.Coerce, "Entebbe"},
		// No "at" place, or one in a clause of its own: the first place stays.
		{"Police detained the mayor of Gulu at a checkpoint on Sunday.", truce.Coerce, "Gulu"},
		{"Police arrested two men in Gulu, who were later taken to a court at Entebbe airport.", truce.Coerce, "Gulu"},
	} {
		for _, l := range place48Loc(t, tc.text, tc.typ) {
			if l == nil || l.Name != tc.want {
				t.Errorf("%q: got %+v, want %s", tc.text, l, tc.want)
			}
		}
	}
}
