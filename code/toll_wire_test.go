package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// tollOfMode returns the dead and the wounded of the first event of the
// given mode, -1 for no count or no such event.
func tollOfMode(x *truce.Extraction, mode string) (dead, hurt int) {
	dead, hurt = -1, -1
	for _, ev := range x.Events {
		if ev.Mode != mode {
			continue
		}
		if ev.Fatalities != nil {
			dead = ev.Fatalities.Min
		}
		if ev.Injuries != nil {
			hurt = ev.Injuries.Min
		}
		break
	}
	return dead, hurt
}

// TestTollWireConstructions checks tolls told in constructions common on
// news wires, each in sentences of our own: the event of the given mode
// carries the dead and the wounded, -1 for no count.
func TestTollWireConstructions(t *testing.T) {
	tests := []struct {
		name, text, mode string
		dead, hurt       int
	}{
		// "N of its citizens were killed": a possessive inside the count's
		// noun phrase does not make the count a subset of a toll.
		{"of its citizens next sentence", "Uzbek and Kazakh border guards exchanged fire near Saryagash on Monday. Kazakhstan's interior ministry said 7 of its nationals had been killed.", "firearms", 7, -1},
		{"of their soldiers", "Eritrean troops shelled the Ethiopian town of Zalambessa overnight, and officials said 15 of their soldiers were wounded.", "heavy-weapons", -1, 15},
		// A vague count in quotes is read as the count.
		{"quoted scores", "Government jets bombed a rebel camp near Tessalit, killing \"dozens\" of fighters, the army said.", "aerial", 12, -1},
		{"quoted figure wounded", "Police fired live rounds at marchers in Conakry on Thursday, wounding \"at least 40\" people, an opposition spokesman said.", "firearms", -1, 40},
		// "leaving N people struggling to breathe": a phrase of harm after
		// the victims of "leaving" counts the wounded.
		{"struggling to breathe", "Government aircraft dropped bombs filled with chlorine on the village of Kafr Zita, leaving at least 14 people struggling to breathe, medics said.", "unconventional", -1, 14},
		{"left with burns", "A grenade blast at a bus stop in Bujumbura left 30 people with shrapnel wounds on Friday.", "explosives", -1, 30},
		{"choking is harm anywhere", "Police fired tear gas into a packed stadium in Harare, and 40 fans were gasping for air, witnesses said.", "crowd-control", -1, 40},
		{"left in hospital", "Riot police beat students with batons at a campus in Yangon, leaving 23 students in hospital, a union said.", "beat", -1, 23},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			dead, hurt := tollOfMode(x, tt.mode)
			if dead != tt.dead || hurt != tt.hurt {
				t.Errorf("dead %d, wounded %d; want %d, %d", dead, hurt, tt.dead, tt.hurt)
				for _, ev := range x.Events {
					t.Logf("  %s %s %v %v", ev.Type, ev.Mode, ev.Fatalities, ev.Injuries)
				}
			}
		})
	}
}

// TestTollLaterSentence checks a toll told in the sentence after its
// event: it goes to the event the sentence before leads with, and who gives
// it reports that event when nothing else named a reporter.
func TestTollLaterSentence(t *testing.T) {
	tests := []struct {
		name, text, mode string
		dead             int
		by               string
	}{
		{"the toll giver reports", "Eritrean and Ethiopian troops fought along the border near Badme on Sunday. Ethiopia's defence ministry said 12 soldiers had been killed.", "firearms", 12, "ETHGOV"},
		{"the lead riot, not the clash after it", "Rioters burned cars and a police post in Kisumu and fought running battles with police in the western town of Busia. Six people were killed.", "riot", 6, ""},
		{"a toll given after it names no reporter", "Jihadists ambushed a patrol near Diffa and shelled an army base in Bosso on Friday. Nine soldiers were killed, a security source said.", "heavy-weapons", 9, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			if len(x.Events) == 0 {
				t.Fatal("no event")
			}
			ev := x.Events[0]
			for _, e := range x.Events {
				if e.Mode == tt.mode {
					ev = e
					break
				}
			}
			dead, by := -1, ""
			if ev.Fatalities != nil {
				dead = ev.Fatalities.Min
			}
			if ev.ReportedBy != nil {
				by = ev.ReportedBy.ID
			}
			if dead != tt.dead || by != tt.by {
				t.Errorf("dead %d reported by %q; want %d, %q", dead, by, tt.dead, tt.by)
				for _, e := range x.Events {
					t.Logf("  %s %s %v %v", e.Type, e.Mode, e.Fatalities, e.ReportedBy)
				}
			}
		})
	}
}
