package code_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/truce-project/truce"
)

// tollsOf returns the dead and wounded of each attack coded from text, in
// the order the text tells them, and by toll, highest first, within a
// sentence; -1 stands for no toll.
func tollsOf(t *testing.T, text string) [][2]int {
	t.Helper()
	evs := eventsOf(t, text, "2024-05-05", truce.Assault)
	if len(evs) == 0 {
		t.Fatal("no attack coded")
	}
	type told struct {
		start int
		toll  [2]int
	}
	out := make([]told, len(evs))
	for n, ev := range evs {
		out[n] = told{ev.Evidence.Start, [2]int{-1, -1}}
		if ev.Fatalities != nil {
			out[n].toll[0] = ev.Fatalities.Min
		}
		if ev.Injuries != nil {
			out[n].toll[1] = ev.Injuries.Min
		}
	}
	slices.SortFunc(out, func(a, b told) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.toll[0] != b.toll[0] {
			return b.toll[0] - a.toll[0]
		}
		return b.toll[1] - a.toll[1]
	})
	tolls := make([][2]int, len(out))
	for n, o := range out {
		tolls[n] = o.toll
	}
	return tolls
}

// A count told as the subject of a passive verb of killing counts the
// dead, whatever the verb; the same verb active counts its object.
func TestToll56PassiveKill(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		dead int
	}{
		{"massacred", "Twenty villagers were massacred by gunmen in Plateau state on Sunday.", 20},
		{"gunned down", "Eleven passengers were gunned down when gunmen stopped a bus in Balochistan on Monday.", 11},
		{"shot and killed", "Four demonstrators were shot and killed by police in Dhaka on Friday.", 4},
		{"executed", "Six men were executed by militants in a village near Palmyra, activists said.", 6},
		{"mowed down", "Nine worshippers were mowed down by gunmen outside a church in Ondo state.", 9},
		// active: the count before the verb is of those who did it
		{"active massacre", "Three gunmen massacred 20 villagers in Plateau state on Sunday.", 20},
		{"killed as before", "Seventeen villagers were killed by gunmen in Plateau state on Sunday.", 17},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tollsOf(t, c.text)[0][0]; got != c.dead {
				t.Errorf("dead %d, want %d", got, c.dead)
			}
		})
	}
}

// "killing himself and nine guests" counts the bomber among the dead;
// "themselves" names no number, so only the count is read.
func TestToll56SelfAnd(t *testing.T) {
	for _, c := range []struct {
		name       string
		text       string
		dead, hurt int
	}{
		{"himself", "The bomber blew himself up at a wedding in Kunduz, killing himself and nine guests.", 10, -1},
		{"herself", "A woman blew herself up at a checkpoint in Konduga, killing herself and two militiamen.", 3, -1},
		{"themselves", "Two bombers blew themselves up at a checkpoint, killing themselves and four soldiers.", 4, -1},
		{"wounding himself", "The gunman opened fire at a school in Texas, wounding himself and three pupils.", -1, 4},
		{"no reflexive", "The gunman opened fire at a school in Texas, killing three pupils.", 3, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tollsOf(t, c.text)[0]; got != [2]int{c.dead, c.hurt} {
				t.Errorf("toll %v, want [%d %d]", got, c.dead, c.hurt)
			}
		})
	}
}

// "Two more" dead told of another town or a separate attack are another
// shooting's, not added to the first, in the same sentence or the next;
// "two more died in hospital" are the first attack's.
func TestToll56Elsewhere(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want [][2]int
	}{
		{"other town", "Troops opened fire on protesters in Conakry on Monday, killing six, while two more were shot dead in the northern town of Labe.", [][2]int{{6, -1}, {2, -1}}},
		{"separate incident", "Troops opened fire on protesters in Conakry on Monday, killing six, and two more were shot dead in a separate incident.", [][2]int{{6, -1}, {2, -1}}},
		{"separate attack, no event", "Militants killed four soldiers in an ambush in Kunar, and two more died in a separate attack in Nuristan.", [][2]int{{4, -1}}},
		{"in hospital", "Troops opened fire on protesters in Conakry on Monday, killing six, and two more died in hospital in Conakry on Tuesday.", [][2]int{{8, -1}}},
		// told in a sentence of its own
		{"later, nearby village", "Gunmen killed 12 worshippers in a mosque in Djibo on Friday. Two days later, eight more were killed in a nearby village.", [][2]int{{12, -1}}},
		{"later, in hospital", "Gunmen killed 12 worshippers in a mosque in Djibo on Friday. Eight more people died in hospital on Saturday.", [][2]int{{20, -1}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := tollsOf(t, c.text)
			if !slices.Equal(got, c.want) {
				t.Errorf("tolls %v, want %v", got, c.want)
			}
		})
	}
}

// A toll told "in all" after two attacks of one sentence is shared
// between them, the first told taking what is left over; after one
// attack, or without "in all", it stays whole.
func TestToll56InAll(t *testing.T) {
	const two = "A bomb exploded at a market in Kano on Monday, and minutes later gunmen opened fire at a bus station nearby, killing five people"
	for _, c := range []struct {
		name string
		text string
		want map[string]int // dead by mode; -1 for none
	}{
		{"two attacks", two + " in all, police said.", map[string]int{"explosives": 3, "firearms": 2}},
		{"in total", two + " in total, police said.", map[string]int{"explosives": 3, "firearms": 2}},
		{"no total", two + ", police said.", map[string]int{"explosives": -1, "firearms": 5}},
		{"one attack", "A bomb exploded at a market in Kano on Monday, killing five people in all, police said.", map[string]int{"explosives": 5}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]int{}
			for _, ev := range eventsOf(t, c.text, "2024-05-05", truce.Assault) {
				got[ev.Mode] = -1
				if ev.Fatalities != nil {
					got[ev.Mode] = ev.Fatalities.Min
				}
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("dead by mode %v, want %v", got, c.want)
			}
		})
	}
}

// A second figure no one gives, told after "before" opens another doer's
// clause, counts that clause's act, not a rival toll of the first attack;
// figures given by their claimants stay rival claims, the lowest the toll.
func TestToll56AfterAnother(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want [][2]int
	}{
		{"shot all three dead", "Three gunmen attacked a hotel in Kismayo on Friday, killing five guests before soldiers shot all three dead, police said.", [][2]int{{5, -1}}},
		{"before police shot", "Gunmen killed four worshippers at a church in Kaduna before police shot all three dead.", [][2]int{{4, -1}}},
		{"own event", "Three gunmen attacked a hotel in Kismayo on Friday, killing five guests before soldiers killed all three, police said.", [][2]int{{5, -1}, {3, -1}}},
		{"claimants", "Gunmen attacked a church in Kaduna on Sunday, killing nine worshippers, residents said, while police said four people had died.", [][2]int{{4, -1}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tollsOf(t, c.text); !slices.Equal(got, c.want) {
				t.Errorf("tolls %v, want %v", got, c.want)
			}
		})
	}
}
