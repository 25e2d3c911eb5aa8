package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Round t46: events that move people across borders or into another's
// hands. Each text is in the project's own words.

// t46One returns the one event of type typ (and mode, when given) that
// text yields, failing the test when there is none.
func t46One(t *testing.T, text, typ string, modes ...string) truce.Event {
	t.Helper()
	evs := eventsOf(t, text, "2025-11-27", typ, modes...)
	if len(evs) == 0 {
		t.Fatalf("no %s %v coded from %q", typ, modes, text)
	}
	return evs[0]
}

// The people a deportation moves are its target, of their own country as
// an apposition or a "from" country after them tells it; told of none,
// the people of the country they are sent to, not its government nor the
// sender's.
func TestRolesT46MovedPeople(t *testing.T) {
	tests := []struct {
		name, text, source, target string
	}{
		{"apposition demonym",
			"Italy sent back about 400 migrants last month, most of them Tunisians, the interior ministry said.",
			"ITAGOV", "TUNREF"},
		{"apposition from countries",
			"In Tunisia, police expelled about 200 migrants, mostly from Guinea and Mali, across the border with Libya on Tuesday.",
			"TUNCOP", "GINREF"},
		{"from country in a relative clause",
			"Greek coastguards returned some 90 of the 140 asylum seekers who had sailed from Turkey overnight, officials said.",
			"GRC", "TURREF"},
		{"them of the sentence before",
			"About 700 migrants landed on Lampedusa after sailing from Libya this week. Rome said it had already sent back about 250 of them.",
			"ITAGOV", "LBYREF"},
		{"destination is home",
			"Jordan deported 35 men to Egypt on Sunday.",
			"JORGOV", "EGYCVL"},
		{"destination, not the sender's workers",
			"Malaysia deported 120 workers to Myanmar on Tuesday.",
			"MYSGOV", "MMRLAB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := t46One(t, tt.text, truce.Coerce, "deport")
			if !probeActor(ev.Source, tt.source) {
				t.Errorf("source %s, want %s", probeIDs(ev.Source), tt.source)
			}
			if !probeActor(ev.Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(ev.Target), tt.target)
			}
		})
	}
}

// A deportation told without its doer is the act of the state that tells
// of it; the people moved are never its doer.
func TestRolesT46Deporter(t *testing.T) {
	ev := t46One(t, "BEIRUT - Lebanon's interior ministry said the sailors were in good health and would be deported to Cyprus.", truce.Coerce, "deport")
	if !probeActor(ev.Source, "LBNGOV") {
		t.Errorf("source %s, want LBNGOV", probeIDs(ev.Source))
	}
	ev = t46One(t, "LIMA - The interior ministry said a military plane would fly 60 migrants with deportation orders out of the country on Friday.", truce.Coerce, "deport")
	if !probeActor(ev.Source, "PERGOV") || probeActor(ev.Source, "REF") {
		t.Errorf("source %s, want PERGOV", probeIDs(ev.Source))
	}
	if !probeActor(ev.Target, "REF") {
		t.Errorf("target %s, want the migrants", probeIDs(ev.Target))
	}
	// A plan told of others is not the teller's own act.
	for _, ev := range eventsOf(t, "Tens of thousands marched in Vienna on Sunday, police said, after reports that a party had discussed plans to deport thousands of people.", "2025-11-27", truce.Coerce, "deport") {
		if probeActor(ev.Source, "AUTCOP") {
			t.Errorf("source %s: the police only tell of the march", probeIDs(ev.Source))
		}
	}
	ev = t46One(t, "In Morocco, authorities expelled about 150 migrants, mostly from Senegal, across the desert border on Friday.", truce.Coerce, "deport")
	if !probeActor(ev.Source, "MAR") || probeActor(ev.Source, "SEN") {
		t.Errorf("source %s, want Morocco's", probeIDs(ev.Source))
	}
	if !probeActor(ev.Target, "SENREF") {
		t.Errorf("target %s, want SENREF", probeIDs(ev.Target))
	}
}

// "returned 600 of the 1,000 migrants", "sent back 300 asylum seekers":
// people sent away against their will, told without "deport"; people
// returning of their own accord are not.
func TestRolesT46SentBack(t *testing.T) {
	ev := t46One(t, "Hungary returned about 600 of the 1,000 migrants who had crossed from Serbia, officials said.", truce.Coerce, "deport")
	if !probeActor(ev.Source, "HUN") || !probeActor(ev.Target, "SRBREF") {
		t.Errorf("got %s -> %s, want HUN -> SRBREF", probeIDs(ev.Source), probeIDs(ev.Target))
	}
	wantNone(t, truce.Coerce,
		"Refugees returned to their villages after the fighting ended.",
		"Officials said the government had returned 2,000 refugees to their homes in the north.",
		"The minister handed the documents to the mediators on Monday.")
}

// People handed to another, told without "over": captives handed to the
// Red Cross are a release, the Red Cross its go-between; people wanted by
// another state's justice handed to its authorities are cooperation.
func TestRolesT46HandedTo(t *testing.T) {
	ev := t46One(t, "Rebels in northern Mali handed four kidnapped Chinese workers to the Red Cross on Friday.", truce.Retreat, "release")
	if !probeActor(ev.Source, "MLIREB") || !probeActor(ev.Target, "CHN") {
		t.Errorf("got %s -> %s, want MLIREB -> CHN", probeIDs(ev.Source), probeIDs(ev.Target))
	}
	if !probeActor(ev.Mediators, "ICRC") || probeActor(ev.Target, "ICRC") {
		t.Errorf("mediators %s, target %s: want the Red Cross as go-between only", probeIDs(ev.Mediators), probeIDs(ev.Target))
	}
	ev = t46One(t, "Kenyan police handed six wanted men to Tanzanian authorities at the Namanga border post on Monday.", truce.Cooperate)
	if !probeActor(ev.Source, "KEN") || !probeActor(ev.Target, "TZA") {
		t.Errorf("got %s -> %s, want KEN -> TZA", probeIDs(ev.Source), probeIDs(ev.Target))
	}
}
