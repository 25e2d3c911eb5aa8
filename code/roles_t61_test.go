package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Working people shot, abducted or freed are civilians; the same nouns
// striking or blocking roads stay business.
func TestRolesT61WorkingVictims(t *testing.T) {
	cases := []struct{ text, typ, tgt string }{
		{"Gunmen shot dead two Ghanaian traders near the border town of Paga on Tuesday.", truce.Assault, "GHACVL"},
		{"Militants abducted four truck drivers on the highway north of Garissa on Sunday.", truce.Assault, "KENCVL"},
		{"Kidnappers freed three Nigerian truck drivers they had seized on the road to Kano.", truce.Retreat, "NGACVL"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-05-02", c.typ)
		if len(evs) == 0 {
			t.Errorf("%q: no %s", c.text, c.typ)
			continue
		}
		if !hasActor(evs[0].Target, c.tgt) || hasActor(evs[0].Target, c.tgt[:3]+"BUS") {
			t.Errorf("%q: target %v, want %s and no BUS", c.text, evs[0].Target, c.tgt)
		}
	}
	protests := []struct{ text, src string }{
		{"Hundreds of truck drivers blocked the main highway into Lusaka on Monday to protest fuel prices.", "ZMBBUS"},
		{"Traders in Kumasi shut their shops on Monday to protest against new taxes.", "GHABUS"},
	}
	for _, c := range protests {
		evs := eventsOf(t, c.text, "2024-05-02", truce.Protest)
		if len(evs) == 0 || !hasActor(evs[0].Source, c.src) {
			t.Errorf("%q: protests %v, want source %s", c.text, evs, c.src)
		}
	}
}

// People a state sets free are its own, whatever state a later clause
// names; asking for a release is no release.
func TestRolesT61FreedOwnPeople(t *testing.T) {
	cases := []struct{ text, tgt, not string }{
		{"Egypt pardoned more than 300 inmates on Sunday, days after a visit by the Saudi crown prince.", "EGYCVL", "SAUCVL"},
		{"Myanmar released 200 detainees on Friday, a day after Japan sent an envoy to Naypyitaw.", "MMRCVL", "JPNCVL"},
		{"Nicaragua freed 40 prisoners on Monday, among them opposition politicians and two journalists, after talks with Spain.", "NICCVL", "ESPCVL"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-05-02", truce.Retreat)
		if len(evs) == 0 {
			t.Errorf("%q: no release", c.text)
			continue
		}
		if !hasActor(evs[0].Target, c.tgt) || hasActor(evs[0].Target, c.not) {
			t.Errorf("%q: target %v, want %s and not %s", c.text, evs[0].Target, c.tgt, c.not)
		}
	}
	// A state named with the release itself may be whose people they are.
	deal := "Russia freed 50 civilians on Monday as part of a deal with Ukraine."
	for _, ev := range eventsOf(t, deal, "2024-05-02", truce.Retreat) {
		if hasActor(ev.Target, "RUSCVL") {
			t.Errorf("%q: target %v, want no RUSCVL", deal, ev.Target)
		}
	}
	text := "Canada called for the immediate release of activists detained in Egypt."
	for _, ev := range eventsOf(t, text, "2024-05-02", truce.Request) {
		if hasActor(ev.Target, "CANCVL") {
			t.Errorf("%q: target %v, want no CANCVL", text, ev.Target)
		}
	}
}
