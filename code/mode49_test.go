package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A walkout told with the verb "struck" is a strike against the
// authorities, not an attack; an attack told with the same verb stays one.
func TestMode49StruckWalkout(t *testing.T) {
	cases := []struct{ text, src string }{
		{"Teachers struck across Kenya on Monday over unpaid wages.", "KENEDU"},
		{"Miners in Chile struck on Tuesday, halting output at the copper mine.", "CHLLAB"},
		{"Nurses in Ghana struck for a second week over allowances.", "GHAHLH"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Protest)
		if len(evs) == 0 {
			t.Errorf("%q: no strike", c.text)
			continue
		}
		if evs[0].CAMEO != "143" || len(evs[0].Source) == 0 || evs[0].Source[0].ID != c.src {
			t.Errorf("%q: got %s %v, want 143 by %s", c.text, evs[0].CAMEO, evs[0].Source, c.src)
		}
		if len(eventsOf(t, c.text, "2024-03-01", truce.Assault)) > 0 {
			t.Errorf("%q: a walkout read as an attack", c.text)
		}
	}
	for _, text := range []string{
		"Israeli jets struck Gaza overnight.",
		"Police struck protesters with batons in Nairobi.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Protest, "boycott")) > 0 {
			t.Errorf("%q: an attack read as a walkout", text)
		}
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
	}
	text := "Doctors in Lagos struck a deal with the health ministry."
	if len(eventsOf(t, text, "2024-03-01", truce.Protest)) > 0 {
		t.Errorf("%q: a deal read as a walkout", text)
	}
}

// A state of emergency declared by a government named by its country's
// possessive stays nationwide after an attack told in a town.
func TestMode49OwnCountryEmergency(t *testing.T) {
	text := "LIMA, May 2 - Gunmen stormed a prison in Lima on Sunday. Peru's president declared a 30-day state of emergency on Monday."
	found := false
	for _, ev := range mustExtract(t, text, "2024-05-02").Events {
		if ev.Mode != "martial-law" {
			continue
		}
		found = true
		if ev.Location == nil || ev.Location.Precision != "country" || ev.Location.Country != "PER" {
			t.Errorf("%q: emergency placed at %v, want Peru", text, ev.Location)
		}
	}
	if !found {
		t.Errorf("%q: no state of emergency", text)
	}
}
