package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A diplomatic protest told in two coordinated verbs of one subject
// ("summoned the envoy and lodged a protest") is one accusation, made by
// the subject against the envoy's government; the second verb never
// becomes an accusation by the envoy.
func TestProtestToldInTwoVerbs(t *testing.T) {
	tests := []struct {
		name, text string
		src, tgt   string
	}{
		{"summoned an ambassador and lodged a protest",
			"Ghana's foreign ministry summoned Togo's ambassador on Monday and lodged a formal protest over the border incident.",
			"GHA", "TGO"},
		{"summoned a diplomat and lodged a strong protest",
			"Vietnam summoned a Chinese diplomat and lodged a strong protest over the seizure of its fishing boat.",
			"VNM", "CHN"},
		{"summoned an envoy and delivered a protest note",
			"Kenya summoned Uganda's envoy in Nairobi and handed him a protest note on Thursday.",
			"KEN", "UGA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			var acc []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Accuse {
					acc = append(acc, ev)
				}
			}
			if len(acc) != 1 {
				t.Fatalf("%d accusations, want 1: %s", len(acc), multiShow(x.Events))
			}
			ev := acc[0]
			if len(ev.Source) == 0 || ev.Source[0].Country != tt.src || len(ev.Target) == 0 || ev.Target[0].Country != tt.tgt {
				t.Errorf("want %s against %s: %s", tt.src, tt.tgt, multiShow(x.Events))
			}
		})
	}
}

// An assault whose verb says no manner ("stormed", "raided") takes the
// manner of a participle that tells how it went: "stormed the camp,
// beating demonstrators" is one beating.
func TestStormingToldByItsBeating(t *testing.T) {
	tests := []struct{ name, text string }{
		{"stormed offices, beating activists",
			"Soldiers stormed the opposition headquarters in Harare on Tuesday, beating several activists."},
		{"raided a hostel, beating students",
			"Riot police raided a student hostel in Dhaka late on Monday, beating dozens of students."},
		{"attacked a sit-in, beating protesters",
			"Militiamen attacked a sit-in outside the parliament in Khartoum, beating protesters with sticks."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			var as []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					as = append(as, ev)
				}
			}
			if len(as) != 1 || as[0].Mode != "beat" {
				t.Errorf("want one assault of mode beat: %s", multiShow(x.Events))
			}
		})
	}
}

// "Meet" with places for its subject tells where land or water joins, not
// a meeting: "the stretch where Kenya's Mandera county meets Somalia's
// Gedo region" has no talks in it.
func TestPlacesThatMeet(t *testing.T) {
	tests := []struct{ name, text string }{
		{"where a county meets a region",
			"Two Kenyan police officers were shot dead on Sunday near El Wak, where Kenya's Mandera county meets Somalia's Gedo region."},
		{"where the borders meet",
			"Gunmen ambushed a convoy of Nigerien soldiers near the point where the borders of Niger, Mali and Burkina Faso meet."},
		{"where two rivers meet",
			"Sudanese army aircraft bombed a market in Omdurman, close to where the Blue and White Nile rivers meet, killing 12 people."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			if len(x.Events) == 0 {
				t.Fatalf("no event at all")
			}
			for _, ev := range x.Events {
				if ev.Type == truce.Consult {
					t.Errorf("a meeting coded: %s", multiShow(x.Events))
				}
			}
		})
	}
}

// Leaders who meet where borders run still hold a meeting.
func TestLeadersMeetAtBorder(t *testing.T) {
	x := mustExtract(t, "Kenyan and Ethiopian ministers met on Monday in Moyale, where the presidents of the two border states meet every year.", "2024-03-14")
	for _, ev := range x.Events {
		if ev.Type == truce.Consult {
			return
		}
	}
	t.Errorf("no meeting: %s", multiShow(x.Events))
}

// A riot's second deed told as an attempt ("looted shops and tried to
// set fire to parliament") is the same riot, not a second one.
func TestRiotDeedTriedAfterAnd(t *testing.T) {
	tests := []struct{ name, text string }{
		{"looted and tried to burn",
			"Crowds looted shops in the market district of Port Vila on Monday and tried to set fire to the parliament building."},
		{"torched and attempted to storm",
			"Rioters torched cars outside the courthouse in Dakar and attempted to storm the building."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			n := 0
			for _, ev := range x.Events {
				if ev.Type == truce.Protest {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d riots, want 1: %s", n, multiShow(x.Events))
			}
		})
	}
}

// An accord named as the goal a step leads towards is not yet made: "a
// step towards a peace treaty" codes no agreement.
func TestAccordAsGoal(t *testing.T) {
	tests := []struct{ name, text string }{
		{"step towards a treaty",
			"\"This is a step towards a peace treaty,\" Georgia's foreign minister said on Tuesday."},
		{"progress toward a deal",
			"Ethiopia's prime minister said his government had made progress toward a border accord with Eritrea."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			for _, ev := range x.Events {
				if ev.Type == truce.Agree {
					t.Errorf("an agreement coded: %s", multiShow(x.Events))
				}
			}
		})
	}
}
