package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round x49 (actors on fresh text, third pass). Each text is in
// the project's own words.

// People named by their kin, or as a sport's crowd, are civilians of the
// country their demonym names, not the bare country.
func TestRolesX49KinCivilians(t *testing.T) {
	tests := []struct {
		name, text, typ, target string
	}{
		{"brothers shot",
			"Two Azerbaijani brothers were shot dead by a gunman in the village on Monday.",
			truce.Assault, "AZECVL"},
		{"sisters killed",
			"A sniper killed three Kenyan sisters near the market on Sunday.",
			truce.Assault, "KENCVL"},
		{"cousins abducted",
			"Gunmen abducted four Nigerian cousins on the road to Kaduna on Friday.",
			truce.Assault, "NGACVL"},
		{"spectators shot",
			"Soldiers opened fire on spectators leaving a stadium in Conakry, killing three.",
			truce.Assault, "GINCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-11-27", tt.typ)
			if len(evs) == 0 {
				t.Fatalf("no %s coded", tt.typ)
			}
			if !probeActor(evs[0].Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(evs[0].Target), tt.target)
			}
		})
	}
}

// A bare "fans" is a singer's as often as a sport's: telling them news is
// no event.
func TestRolesX49FansNoEvent(t *testing.T) {
	x := mustExtract(t, "The actor announced his retreat from the stage on Monday, telling fans he was tired.", "2025-11-27")
	if len(x.Events) != 0 {
		t.Errorf("got %d events, want none", len(x.Events))
	}
}

// A rally held to campaign, or by those who hold the town, is no protest:
// the crowd hit there, and people seized after it, are civilians, while
// an opposition rally stays a protest.
func TestRolesX49CampaignRally(t *testing.T) {
	tests := []struct {
		name, text, typ, target, notTarget string
	}{
		{"election rally bombed",
			"A grenade exploded in a crowd at an election rally in Lilongwe on Friday, wounding nine people.",
			truce.Assault, "MWICVL", "MWIPRO"},
		{"arrests after a campaign rally shooting",
			"A gunman shot an opposition senator at a campaign rally in Cali on Saturday. Police later arrested 12 people.",
			truce.Coerce, "COLCVL", "COLPRO"},
		// toll52: "blasts" triggers as "a blast" does, and the attack's
		// victims are the people killed at the rally; dev gold accepts
		// either the holders or the civilians there (VIO-wire-051: M23 or
		// CODCVL). Either way they are no protesters.
		{"rally held by rebels",
			"Two blasts hit a rally held by Houthi rebels in Sanaa on Monday, killing seven people.",
			truce.Assault, "YEMCVL", "YEMPRO"},
		{"opposition rally dispersed",
			"Police fired tear gas at an opposition rally in Dhaka on Saturday, wounding 20 people.",
			truce.Assault, "BGDOPP", "BGDCVL"},
		{"a political rally against a tax is a protest",
			"Police fired tear gas at a political rally against the new tax in Nairobi on Tuesday, wounding 12 people.",
			truce.Assault, "KENPRO", "KENCVL"},
		{"arrests after an opposition rally",
			"Thousands joined an opposition rally in Dhaka on Saturday. Police detained 40 people.",
			truce.Coerce, "BGDPRO", "BGDCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-11-27", tt.typ)
			if len(evs) == 0 {
				t.Fatalf("no %s coded", tt.typ)
			}
			ev := evs[len(evs)-1]
			if !probeActor(ev.Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(ev.Target), tt.target)
			}
			if probeActor(ev.Target, tt.notTarget) {
				t.Errorf("target %s, want no %s", probeIDs(ev.Target), tt.notTarget)
			}
		})
	}
}

// A verdict on ordinary crime is no event, now that kin words name
// civilians; a verdict on a political figure stays.
func TestRolesX49OrdinaryVerdict(t *testing.T) {
	for _, text := range []string{
		"Two sisters were jailed for theft after a short trial.",
		"Three cousins were sentenced to ten years for robbery on Monday.",
	} {
		if x := mustExtract(t, text, "2025-11-27"); len(x.Events) != 0 {
			t.Errorf("%q: got %d events, want none", text, len(x.Events))
		}
	}
	evs := eventsOf(t, "A court in Minsk jailed the opposition leader for five years for fraud.", "2025-11-27", truce.Accuse)
	if len(evs) == 0 || !probeActor(evs[0].Target, "BLROPP") {
		t.Errorf("want the verdict on BLROPP kept, got %d events", len(evs))
	}
}
