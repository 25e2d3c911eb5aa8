package code_test

// roles_x103 (roles21): a capital that names a pact ("the Vienna
// Convention", "the Rome Statute") is no side of the act told; a reaction
// to "the takeover", "the intrusion" or "the scheme" is aimed at who made
// it, unless the words of the measure name its maker. Every sentence is
// written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "ratified the Rome Statute": Rome is the pact's name, not a party.
func TestRolesX103DocumentNames(t *testing.T) {
	tests := []struct {
		text, kind string
		want, not  string
	}{
		{"KYIV - Ukraine's lawmakers voted on Wednesday to ratify the Rome Statute of the International Criminal Court.", truce.Agree, "ICC", "ITAGOV"},
		{"KHARTOUM - Sudan's army-led government on Monday suspended the 2020 Juba peace agreement with the rebel alliance.", truce.Sanction, "SDNREB", "SSDGOV"},
		// A country that names a pact is a party to it: the reading
		// is for capitals only.
		{"WASHINGTON - The United States on Tuesday pulled out of the Iran nuclear agreement.", truce.Retreat, "IRNGOV", ""},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-05-02", tt.kind)
		if len(evs) == 0 || !hasActor(evs[0].Target, tt.want) || tt.not != "" && hasActor(evs[0].Target, tt.not) {
			t.Errorf("%q: want %s target %s, not %q, got %+v", tt.text, tt.kind, tt.want, tt.not, evs)
		}
	}
}

// "condemned the takeover", "the intrusion", "the scheme": the maker of
// the act told before, past a reaction told in between.
func TestRolesX103ReactionMakers(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"NIAMEY - ECOWAS suspended Niger from the bloc on Friday, two days after soldiers seized power. The ousted president called the takeover a betrayal.", "NERMIL", "ECOWAS"},
		{"QUITO - Ecuadorean police entered Peru's embassy in Quito on Friday and arrested a former minister. Lima condemned the intrusion.", "ECUCOP", "PERGOV"},
		{"ROME - Italy and Albania signed a deal on Monday to hold migrants in Albanian camps. The UN refugee agency said it opposed the deal. Italy's opposition Democratic Party called the scheme illegal.", "ITAGOV", "UNHCR"},
		// A reaction that names the pact by its kind is not the act the
		// plan names back.
		{"BAMAKO - Mali and Russia signed a defence pact on Monday. ECOWAS regretted the pact. Senegal called the plan dangerous.", "MLIGOV", "ECOWAS"},
		{"BAMAKO - Mali and Russia signed a defence pact on Monday. ECOWAS condemned the sanctions. Senegal called the plan dangerous.", "MLIGOV", "ECOWAS"},
		// The measure's own words name its maker: that one stays.
		{"N'DJAMENA - Gunmen attacked a border post in eastern Chad on Sunday. Chad condemned the Sudanese incursion.", "SDNGOV", "TCDREB"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-05-02", truce.Accuse)
		if len(evs) == 0 || !hasActor(evs[len(evs)-1].Target, tt.want) || hasActor(evs[len(evs)-1].Target, tt.not) {
			t.Errorf("%q: want ACCUSE target %s, not %s, got %+v", tt.text, tt.want, tt.not, evs)
		}
	}
}

// A plan whose makers are named after it ("put forward by") is theirs,
// not the act told in the sentence before.
func TestRolesX103PlanOwned(t *testing.T) {
	text := "KHARTOUM - The paramilitary RSF agreed to a three-day truce on Monday. The army chief rejected a ceasefire plan put forward by Egypt and Qatar."
	evs := eventsOf(t, text, "2024-05-02", truce.Reject)
	if len(evs) == 0 || !hasActor(evs[0].Target, "EGY") || hasActor(evs[0].Target, "RSF") {
		t.Errorf("want REJECT aimed at EGY, not RSF, got %+v", evs)
	}
}
