package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "A detainee died under torture in police custody": a death told by the
// violence that caused it is an assault on the one who died (CAMEO 1822),
// and the holder of the custody the clause names is who inflicted it. A
// death in custody or of illness names no violence.
func TestGsr36DiedOfTorture(t *testing.T) {
	cases := []struct{ text, source string }{
		{"A Kurdish detainee died as a result of torture while in Turkish army custody, his lawyer said.", "TUR"},
		{"A Kurdish journalist died from beatings while in Iranian police custody, his brother said.", "IRN"},
		{"Human rights groups said an opposition lawmaker had died under torture in a Saudi prison.", "SAU"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Assault, "torture")
			if len(evs) == 0 {
				t.Fatalf("no torture coded in %+v", mustExtract(t, c.text, "2024-05-02").Events)
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %+v, want %s", evs[0].Source, c.source)
			}
		})
	}
	for _, text := range []string{
		"A Kenyan suspect died in police custody on Tuesday, officials said.",
		"The jailed Egyptian dissident died of cancer in a Cairo prison.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Assault); len(evs) > 0 {
				t.Errorf("no violence told, got %+v", evs)
			}
		})
	}
}

// "lobbied parliament to change the law so that imports are banned": an
// act in a clause of purpose is what a side wants done, not done. A past
// form after "so that" may tell a result and is not screened here.
func TestGsr36PurposeClause(t *testing.T) {
	cases := []struct{ text, typ string }{
		{"Farmers launched a campaign to persuade the Kenyan parliament to amend the law so that imports of maize are banned.", truce.Coerce},
		{"Students are lobbying the Chilean senate to change the rules so that private universities are closed down.", truce.Coerce},
		{"The ruling party in Ghana wants to rewrite the charter so that opposition rallies are outlawed.", truce.Coerce},
		{"The ruling party in Ghana wants to rewrite the charter so that opposition rallies are outlawed.", truce.Protest},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			if evs := eventsOf(t, c.text, "2024-05-02", c.typ); len(evs) > 0 {
				t.Errorf("an aim coded as done: %+v", evs)
			}
		})
	}
	text := "The Nigerian army imposed a curfew in Jos on Monday so that soldiers could search homes."
	if evs := eventsOf(t, text, "2024-05-02", truce.Coerce); len(evs) == 0 {
		t.Errorf("the act before the clause of purpose lost: %+v", mustExtract(t, text, "2024-05-02").Events)
	}
}

// "hackers launched a cyber attack on the parliament": the two-word
// spelling of a cyberattack is a cyber operation (CAMEO 170), not an armed
// attack; a cyber attack merely named is no armed attack either.
func TestGsr36CyberAttackTwoWords(t *testing.T) {
	for _, c := range []struct{ text, source string }{
		{"Russian hackers launched a cyber attack on the Estonian parliament on Friday.", "RUS"},
		{"Chinese state hackers carried out cyber attacks against Taiwanese banks last week, Taipei said.", "CHN"},
	} {
		t.Run(c.text, func(t *testing.T) {
			if evs := eventsOf(t, c.text, "2024-05-02", truce.Assault); len(evs) > 0 {
				t.Errorf("a cyber attack coded as an armed one: %+v", evs)
			}
			evs := eventsOf(t, c.text, "2024-05-02", truce.Coerce, "cyber")
			if len(evs) == 0 || !hasActor(evs[0].Source, c.source) {
				t.Errorf("no cyber operation by %s in %+v", c.source, mustExtract(t, c.text, "2024-05-02").Events)
			}
		})
	}
	for _, text := range []string{
		"A wave of cyber attacks knocked Lithuanian government websites offline on Monday.",
		"The Estonian defence ministry said the cyber attack on its servers had been contained.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Assault); len(evs) > 0 {
				t.Errorf("a cyber attack coded as an armed one: %+v", evs)
			}
		})
	}
}
