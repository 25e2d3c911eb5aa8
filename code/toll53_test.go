package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// toll53Dead returns the first attack's fatalities, or -1 when it has
// none; t fails when the text codes no attack.
func toll53Dead(t *testing.T, evs []truce.Event) int {
	t.Helper()
	if len(evs) == 0 {
		t.Fatal("no attack coded")
	}
	if f := evs[0].Fatalities; f != nil {
		return f.Min
	}
	return -1
}

// The dead of the other side told after an attack with "also" add to its
// toll; without "also", or with an attack of their own, they do not.
func TestToll53AlsoKilled(t *testing.T) {
	for _, c := range []struct {
		name    string
		text    string
		dead    int
		attacks int
	}{
		{"one also killed", "Soldiers killed six militants in a firefight near Kunduz on Tuesday, the ministry said. A police officer was also killed.", 7, 1},
		{"count also killed", "Gunmen raided a village near Maiduguri on Friday, killing 12 farmers, residents said. Officials said four attackers were also killed.", 16, 1},
		{"named victim with no toll before", "Gunmen raided a village near Maiduguri on Friday, residents said. Musa Bello, a village elder, was killed.", 1, 1},
		// no "also": a rival figure or another attack, left as it was
		{"count without also", "Gunmen raided a village near Maiduguri on Friday, killing 12 farmers, residents said. Officials said four attackers were killed.", 12, 2},
		// in another town: another attack
		{"also killed elsewhere", "Gunmen raided a village near Maiduguri on Friday, killing 12 farmers, residents said. Two soldiers were also killed in Bama.", 12, 2},
		// an attack of its own
		{"also killed when", "Gunmen raided a village near Maiduguri on Friday, killing 12 farmers, residents said. A teacher was also killed when a mortar hit a school in Bama.", 12, 2},
		// a retelling of the one already counted
		{"named again", "Gunmen shot dead Ahmed Ould Sidi, the mayor of Kidal, on Sunday. Ould Sidi was killed outside his home.", 1, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-05", truce.Assault)
			if len(evs) != c.attacks {
				t.Fatalf("%d attacks, want %d: %+v", len(evs), c.attacks, evs)
			}
			if got := toll53Dead(t, evs); got != c.dead {
				t.Errorf("first attack's dead %d, want %d", got, c.dead)
			}
		})
	}
}

// Police hurt in unrest are the wounded of the crowd's riot told in the
// sentence or just before, not of the force the police used; with no
// riot told, or for police killed, the toll stays where it was.
func TestToll53PoliceHurt(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		riotHurt, force int // -1: none
	}{
		{"riot before", "Rioters hurled stones at police and set fire to a police post in Karachi on Tuesday. More than 40 police officers were injured as officers fired tear gas and live rounds, officials said.", 40, -1},
		{"riot before, dead stay", "Rioters hurled stones at police and set fire to a police post in Karachi on Tuesday. Two people were killed and more than 40 police officers were injured as officers fired tear gas and live rounds, officials said.", 40, -1},
		{"no riot", "Police fired tear gas at protesters blocking a highway near Dushanbe on Monday. The ministry said several officers were hurt.", -1, 10},
		{"crowd hurt", "Rioters hurled stones at police and set fire to a police post in Karachi on Tuesday. More than 40 protesters were injured as officers fired tear gas and live rounds, officials said.", -1, 40},
	} {
		t.Run(c.name, func(t *testing.T) {
			riot, force := -1, -1
			for _, ev := range mustExtract(t, c.text, "2024-05-05").Events {
				n := -1
				if ev.Injuries != nil {
					n = ev.Injuries.Min
				}
				switch {
				case ev.Type == truce.Protest && ev.Mode == "riot":
					riot = max(riot, n)
				case len(ev.Source) > 0 && ev.Source[0].Sector == "COP":
					force = max(force, n)
				}
			}
			if riot != c.riotHurt || force != c.force {
				t.Errorf("riot hurt %d, force's hurt %d; want %d, %d", riot, force, c.riotHurt, c.force)
			}
		})
	}
	// police killed stay on the clash they died in
	evs := eventsOf(t, "Police fired tear gas and rubber bullets at stone-throwing crowds in Beirut on Monday, and a policeman was killed and 300 people were hurt in the clashes.", "2024-05-05", truce.Assault)
	if got := toll53Dead(t, evs); got != 1 {
		t.Errorf("clash dead %d, want 1", got)
	}
}

// A comma participle of killing in any inflection ("shooting dead",
// "gunning down") gives the one victim named after it to the attack
// before it.
func TestToll53CommaKill(t *testing.T) {
	for text, want := range map[string]int{
		"A gunman stormed the consulate in Basra on Monday, shooting dead the head of its visa section and wounding a guard.": 1,
		"Militants attacked a checkpoint near Quetta on Friday, gunning down the commander of the post.":                      1,
		"A gunman stormed the consulate in Basra on Monday, shooting dead three guards.":                                      3,
		// a plural with no count tells no number
		"A gunman stormed the consulate in Basra on Monday, shooting dead the guards.": -1,
	} {
		if got := toll53Dead(t, eventsOf(t, text, "2024-05-05", truce.Assault)); got != want {
			t.Errorf("%q: dead %d, want %d", text, got, want)
		}
	}
}

// "The number of dead raiders", "the number of wounded villagers": the
// figure after "at" counts them as it counts "the number of dead"; a
// figure inside a noun phrase ("soldiers from two units") still counts no
// one.
func TestToll53NumberOfDead(t *testing.T) {
	for _, c := range []struct {
		text       string
		dead, hurt int // -1: none
	}{
		{"Troops fought raiders near Gambella on Monday; the regional government put the number of dead raiders at 40.", 40, -1},
		{"Troops fought raiders near Gambella on Monday. The army put the number of dead soldiers at 12.", 12, -1},
		{"Troops fought raiders near Gambella on Monday. The army put the number of wounded villagers at 30.", -1, 30},
		{"Four soldiers from two units were wounded in an ambush near Gambella on Monday.", -1, 4},
	} {
		evs := eventsOf(t, c.text, "2024-05-05", truce.Assault)
		if len(evs) != 1 {
			t.Errorf("%q: %d attacks, want 1", c.text, len(evs))
			continue
		}
		dead, hurt := -1, -1
		if f := evs[0].Fatalities; f != nil {
			dead = f.Min
		}
		if in := evs[0].Injuries; in != nil {
			hurt = in.Min
		}
		if dead != c.dead || hurt != c.hurt {
			t.Errorf("%q: dead %d, hurt %d; want %d, %d", c.text, dead, hurt, c.dead, c.hurt)
		}
	}
}

// A toll told beside an act on property only, in a clause of its own,
// is the toll of the attack on people told before; one the act's own
// clause tells stays with it.
func TestToll53PropertyToll(t *testing.T) {
	for _, c := range []struct {
		name                 string
		text                 string
		dead, hurt, fireDead int // the first attack's toll, the burning's dead; -1: none
	}{
		{"wounded beside burning", "Gunmen raided three villages in Benue state on Sunday, killing 40 people. A local official said the attackers also burned dozens of homes and that 60 wounded people were being treated in hospitals.", 40, 60, -1},
		{"revised toll beside burning", "Gunmen stormed a church in Beni on Sunday, killing 20 worshippers. Officials later put the toll at 25 and said several shops nearby had been burned.", 25, -1, -1},
		{"the burning's own dead", "Gunmen raided three villages in Benue state on Sunday, killing 40 people. Hours later they set fire to a market, killing two traders.", 40, -1, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-05", truce.Assault)
			fire := eventsOf(t, c.text, "2024-05-05", truce.Assault, "destroy")
			if len(evs) == 0 || len(fire) != 1 {
				t.Fatalf("%d attacks, %d burnings; want a burning after an attack", len(evs), len(fire))
			}
			dead, hurt, fireDead := -1, -1, -1
			if f := evs[0].Fatalities; f != nil {
				dead = f.Min
			}
			if in := evs[0].Injuries; in != nil {
				hurt = in.Min
			}
			if f := fire[0].Fatalities; f != nil {
				fireDead = f.Min
			}
			if dead != c.dead || hurt != c.hurt || fireDead != c.fireDead {
				t.Errorf("attack dead %d, hurt %d, burning dead %d; want %d, %d, %d", dead, hurt, fireDead, c.dead, c.hurt, c.fireDead)
			}
			if in := fire[0].Injuries; in != nil {
				t.Errorf("burning hurt %+v, want none", in)
			}
		})
	}
}

// Wounded who died later, told in the sentence after the attack, add to
// its dead; a part of the wounded told in another state does not, nor do
// they when the sentence gives the new toll itself.
func TestToll53WoundedDiedLater(t *testing.T) {
	for text, want := range map[string]int{
		"A car bomb exploded at a bus station in Quetta on Monday, killing 20 people and wounding 50. Three of the wounded later died.":                                             23,
		"A car bomb exploded at a bus station in Quetta on Monday, killing 20 people and wounding 50. Hospital officials said 12 of the wounded were in critical condition.":        20,
		"A car bomb exploded at a bus station in Quetta on Monday, killing 20 people and wounding 50. Officials later raised the toll to 23, saying three of the wounded had died.": 23,
	} {
		if got := toll53Dead(t, eventsOf(t, text, "2024-05-05", truce.Assault)); got != want {
			t.Errorf("%q: dead %d, want %d", text, got, want)
		}
	}
}
