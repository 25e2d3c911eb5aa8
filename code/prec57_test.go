package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An attack told by its noun as the subject of what it hit or wrecked is
// an attack, though no hand is named.
func TestPrec57AttackNounHits(t *testing.T) {
	cases := []struct{ text, mode string }{
		{"Heavy shelling hit the outskirts of El Fasher overnight.", "heavy-weapons"},
		{"Renewed shelling hit the eastern suburbs of Khartoum on Tuesday.", "heavy-weapons"},
		{"Overnight shelling damaged dozens of houses in Donetsk.", "heavy-weapons"},
		{"Intense shelling struck a hospital in Kharkiv late on Friday.", "heavy-weapons"},
		{"Intense bombardment pounded the northern districts of Aleppo on Friday.", "heavy-weapons"},
		{"Air strikes destroyed several trucks near the lake.", "aerial"},
		{"A drone destroyed a truck near Tyre.", "drone"},
	}
	for _, c := range cases {
		if evs := eventsOf(t, c.text, "2024-03-01", truce.Assault, c.mode); len(evs) != 1 {
			t.Errorf("%q: %d %s attacks, want 1", c.text, len(evs), c.mode)
		}
	}
}

// A progressive is still read as the verb it is, and a walkout that
// "hit" businesses is no attack.
func TestPrec57AttackNounLimits(t *testing.T) {
	if evs := eventsOf(t, "Russian troops were shelling the town of Avdiivka for hours.", "2024-03-01", truce.Assault); len(evs) != 1 || len(evs[0].Source) == 0 {
		t.Errorf("progressive shelling: %v", evs)
	}
	wantNone(t, truce.Assault,
		"The strike hit businesses across the country on Monday.",
		"The shelling stopped on Monday.",
	)
}

// An air strike no one is named for, after a fight between a state's
// forces and an armed group, is the state's on the group; a drone may be
// the group's and is left alone.
func TestPrec57AircraftSides(t *testing.T) {
	text := "Somali troops backed by jets attacked al-Shabaab fighters near Jilib on Monday. Air strikes then destroyed a truck carrying the militants south of the town."
	found := false
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault, "aerial") {
		if ev.Evidence.Sentence[:3] == "Air" && len(ev.Source) > 0 && ev.Source[0].ID == "SOMMIL" && len(ev.Target) > 0 && ev.Target[0].ID == "ALSHABAAB" {
			found = true
		}
	}
	if !found {
		t.Errorf("air strike not given to SOMMIL against ALSHABAAB")
	}
	text = "RSF fighters attacked an army base in El Obeid on Monday. A drone destroyed a fuel depot in Kosti on Tuesday."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault, "drone") {
		if len(ev.Source) > 0 {
			t.Errorf("drone given a source %v", ev.Source)
		}
	}
}

// A protest launched is the protest, not a launch with no weapon.
func TestPrec57LaunchedProtest(t *testing.T) {
	texts := []string{
		"Dozens of detainees launched a hunger strike in a prison near Tunis.",
		"Jailed activists in Baku have launched a hunger strike to protest their detention.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Protest, "hunger")) == 0 {
			t.Errorf("%q: no hunger strike", text)
		}
	}
	if len(eventsOf(t, "Iran launched missiles at Israel on Tuesday night.", "2024-03-01", truce.Assault)) == 0 {
		t.Errorf("missiles launched: no attack")
	}
}

// A crowd killing people it suspects of a crime is violence, though the
// crime words would mark crime news; robbers' own deeds stay crime.
func TestPrec57SuspectsAsVictims(t *testing.T) {
	for _, text := range []string{
		"Villagers beat to death two suspected cattle thieves in Tanzania's Mara region.",
		"Villagers lynched two suspected thieves near Arusha.",
		"A crowd in Lagos burned to death three alleged robbers on Sunday.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
	}
	wantNone(t, truce.Assault, "Armed robbers attacked a bank in Abidjan on Monday.")
}
