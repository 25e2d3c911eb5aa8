package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A bare title ("the president", "the king") is of the state whose holder
// of the title the story named before, else of the dateline's state; not
// of the place it speaks about.
func TestBareTitleHomeX65(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"ABUJA, June 2 (Reuters) - The president condemned the killing of soldiers in Burkina Faso.", truce.Accuse, "NGA"},
		{"AMMAN (Reuters) - The king condemned the air strikes on Gaza on Tuesday.", truce.Accuse, "JOR"},
		{"ACCRA, March 3 (Reuters) - The president condemned the coup in Niamey on Tuesday.", truce.Accuse, "GHA"},
		{"NAIROBI - Ugandan President Yoweri Museveni arrived on Friday. The president criticised the fighting in Sudan.", truce.Accuse, "UGA"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", tt.typ)
		if len(evs) == 0 {
			t.Errorf("%q: no %s event", tt.text, tt.typ)
			continue
		}
		ev := evs[len(evs)-1]
		if len(ev.Source) == 0 || ev.Source[0].Country != tt.want {
			t.Errorf("%q: source %s, want of %s", tt.text, probeIDs(ev.Source), tt.want)
		}
	}
}

// Armed people of the two sides ("army commanders from the two sides",
// "military officers of both countries") meet for each side's forces,
// not its government; officials of the two sides stay governments.
func TestArmedSidesX65(t *testing.T) {
	tests := []struct{ text, src, tgt string }{
		{"NEW DELHI - India expelled two Pakistani diplomats on Monday, a week after a clash on the border. Pakistan's foreign ministry called the move baseless. Army commanders from the two sides met for talks on Tuesday.", "MIL", "MIL"},
		{"BANGKOK - Thailand closed its border crossings with Cambodia on Friday. Cambodia's government protested the decision. Military officers of both countries met in Aranyaprathet on Saturday.", "MIL", "MIL"},
		{"ADDIS ABABA - Ethiopia accused Eritrea of massing troops on the border. Eritrea denied it. Senior officials from the two countries met in Nairobi on Sunday.", "GOV", "GOV"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Consult)
		if len(evs) == 0 {
			t.Errorf("%q: no CONSULT event", tt.text)
			continue
		}
		ev := evs[len(evs)-1]
		if len(ev.Source) == 0 || ev.Source[0].Sector != tt.src || len(ev.Target) == 0 || ev.Target[0].Sector != tt.tgt {
			t.Errorf("%q: %s -> %s, want %s -> %s", tt.text, probeIDs(ev.Source), probeIDs(ev.Target), tt.src, tt.tgt)
		}
	}
}
