package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Two named sides talking with or about something consult; a speaker's
// own "we talked" is an account of talks, not talks named.
func TestLex58TalkedConsult(t *testing.T) {
	cases := []struct{ text, src, tgt string }{
		{"Macron and Scholz talked about energy prices on Tuesday.", "FRAGOV", "DEUGOV"},
		{"Blinken talked with Wang Yi about Taiwan on Friday.", "USAGOV", "CHNGOV"},
		{"Ruto and Museveni had talks on the border dispute in Kampala.", "KENGOV", "UGAGOV"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Consult)
		if len(evs) == 0 {
			t.Errorf("%q: no consultation", c.text)
			continue
		}
		if len(evs[0].Source) == 0 || evs[0].Source[0].ID != c.src || len(evs[0].Target) == 0 || evs[0].Target[0].ID != c.tgt {
			t.Errorf("%q: %v -> %v, want %s -> %s", c.text, evs[0].Source, evs[0].Target, c.src, c.tgt)
		}
	}
	text := "Kenya's envoy met Somali officials in Mogadishu on Monday. 'We talked about the border, but nothing was settled,' he said."
	if n := len(eventsOf(t, text, "2024-03-01", truce.Consult)); n != 1 {
		t.Errorf("%q: %d consultations, want the one meeting", text, n)
	}
}

// An attack told only by its witnesses, with no side named, is an attack
// where the story places it; a fight told with its sides in the same
// sentence is left to that clause.
func TestLex58WitnessedAttack(t *testing.T) {
	cases := []struct{ text, place string }{
		{"Residents reported air strikes and artillery fire in Kharkiv on Monday.", "Kharkiv"},
		{"Witnesses reported heavy gunfire in Khartoum on Sunday.", "Khartoum"},
		{"Residents of Goma reported shelling across the city on Friday morning.", "Goma"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no attack", c.text)
			continue
		}
		if evs[0].Location == nil || evs[0].Location.Name != c.place {
			t.Errorf("%q: placed at %v, want %s", c.text, evs[0].Location, c.place)
		}
	}
	text := "Villagers heard explosions near Kidal as the army and the rebels fought for the town."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
		if len(ev.Source) == 0 && len(ev.Target) == 0 {
			t.Errorf("%q: an attack with no sides beside the fight told with them", text)
		}
	}
}

// Armed men storming a prison, a police station or a barracks attack
// those who guard it; police storming a prison do not.
func TestLex58StormedStateSite(t *testing.T) {
	cases := []struct{ text, tgt string }{
		{"Gunmen stormed the central prison in Kano and freed 200 inmates.", "NGACOP"},
		{"Jihadists raided a police station in northern Burkina Faso on Sunday.", "BFACOP"},
		{"Insurgents stormed an army barracks near Maiduguri before dawn.", "NGAMIL"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no attack", c.text)
			continue
		}
		if len(evs[0].Target) == 0 || evs[0].Target[0].ID != c.tgt {
			t.Errorf("%q: target %v, want %s", c.text, evs[0].Target, c.tgt)
		}
		if len(eventsOf(t, c.text, "2024-03-01", truce.Retreat)) > 0 {
			t.Errorf("%q: the inmates freed read as a release", c.text)
		}
	}
	text := "Police stormed the prison in Lima to search for weapons."
	if len(eventsOf(t, text, "2024-03-01", truce.Assault)) > 0 {
		t.Errorf("%q: a search read as an attack", text)
	}
}
