package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// toll41Case is one sentence of our own and the one assault it must give:
// its doer, its victims' side and its wounded (and dead, -1 for none).
type toll41Case struct {
	name, text       string
	source, target   string
	injured, dead    int
	wantReportedOnly bool
}

// TestToll41HarmVerbs checks that a verb of injury with a doer codes an
// assault the way a verb of killing does: the subject (or the agent after
// "by") is the source, the victims' side the target, and the count the
// wounded; told beside a killing, it is that killing's toll and no act of
// its own. Sentences of our own, with state forces, rebels, gangs and
// police in several countries.
func TestToll41HarmVerbs(t *testing.T) {
	tests := []toll41Case{
		{name: "rebels wounded soldiers in an ambush", text: "Rebels wounded two Malian soldiers in an ambush near Gao on Tuesday.", source: "MLIREB", target: "MLIMIL", injured: 2, dead: -1},
		{name: "police injured protesters", text: "Police injured dozens of protesters in Nairobi on Friday.", source: "KENCOP", target: "KENPRO", injured: 12, dead: -1},
		{name: "troops wounded villagers", text: "Myanmar troops wounded six villagers in Sagaing.", source: "MMRMIL", target: "MMRCVL", injured: 6, dead: -1},
		{name: "vessel injured fishermen", text: "A Chinese maritime militia vessel injured four Vietnamese fishermen near the Paracel Islands.", source: "CHNMLT", target: "VNMCVL", injured: 4, dead: -1},
		{name: "passive with agent", text: "Two Kenyan policemen were wounded by al-Shabaab militants in Lamu on Monday.", source: "ALSHABAAB", target: "KENCOP", injured: 2, dead: -1},
		{name: "killed and wounded others", text: "Gunmen killed five villagers and wounded six others in Cauca.", source: "COLREB", target: "COLCVL", injured: 6, dead: 5},
		{name: "killed and, police said, wounded", text: "A bomb planted by insurgents killed a Thai ranger in Yala and, police said, wounded two villagers.", source: "THAREB", target: "THA", injured: 2, dead: 1},
		{name: "killed and N wounded when", text: "At least 30 soldiers were killed and 65 wounded when Houthi missiles struck an air base in Lahj.", source: "HOUTHI", target: "YEMMIL", injured: 65, dead: 30},
		{name: "with a weapon from a drone", text: "Cartel gunmen injured three Mexican police officers with grenades dropped from a drone in Michoacan.", source: "MEXCRM", target: "MEXCOP", injured: 3, dead: -1},
		{name: "maimed by a landmine", text: "Five villagers were maimed by a landmine planted by rebels in Shan state.", source: "MMRREB", target: "MMRCVL", injured: 5, dead: -1},
		{name: "maimed with machetes", text: "Militiamen maimed four farmers with machetes near Bunia on Sunday.", source: "CODMLT", target: "CODCVL", injured: 4, dead: -1},
		{name: "killing and maiming", text: "Insurgents attacked a market in Borno, killing three traders and maiming seven others.", source: "NGAREB", target: "NGACVL", injured: 7, dead: 3},
		{name: "negation in the subject's relative", text: "Militiamen who are not bound by the truce wounded three Congolese soldiers in Ituri.", source: "CODMLT", target: "CODMIL", injured: 3, dead: -1, wantReportedOnly: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := oneAssault(t, tt.text, tt.source, tt.target)
			if ev.Injuries == nil || ev.Injuries.Min != tt.injured {
				t.Errorf("injuries %v, want %d", ev.Injuries, tt.injured)
			}
			if tt.dead >= 0 && (ev.Fatalities == nil || ev.Fatalities.Min != tt.dead) {
				t.Errorf("fatalities %v, want %d", ev.Fatalities, tt.dead)
			}
			if tt.dead < 0 && ev.Fatalities != nil {
				t.Errorf("fatalities %v, want none: wounding kills no one", ev.Fatalities)
			}
			if tt.wantReportedOnly && ev.Status != truce.StatusReported {
				t.Errorf("status %s, want reported", ev.Status)
			}
		})
	}
}

// TestToll41HarmNoAct checks that a verb of injury with no doer names no
// assault: a toll of an accident or a stampede, "the injured" as a noun,
// an injury in sport, and harm told by a noun phrase.
func TestToll41HarmNoAct(t *testing.T) {
	for _, text := range []string{
		"At least 20 people were injured in a stampede at a stadium in Dhaka.",
		"Twelve people were injured in a bus crash near Lahore on Sunday.",
		"The injured were taken to hospital in Kabul.",
		"The Chelsea striker injured his knee in training on Friday.",
		"Eleven people were hurt when a bus overturned near Quetta.",
		"Several injured miners were rescued from the shaft in Zonguldak.",
	} {
		if evs := eventsOf(t, text, "2024-05-14", "ASSAULT"); len(evs) > 0 {
			t.Errorf("%q: want no assault, got %+v", text, evs)
		}
	}
}

// TestToll41HarmfulCoercion checks that a boarding or forced entry whose
// clause goes on to tell the people it hurt (", injuring two fishermen",
// "and wounded three crew members") is coded as one assault carrying that
// toll, while an arrest told so stays an arrest and a participle that
// describes the victims ("villagers blocking a road") is left alone.
// Sentences of our own.
func TestToll41HarmfulCoercion(t *testing.T) {
	for _, tt := range []struct {
		name, text     string
		source, target string
		injured        int
	}{
		{"boarded, injuring", "Indian coast guard personnel boarded a Sri Lankan fishing boat near Rameswaram, injuring two fishermen.", "INDMIL", "LKA", 2},
		{"stormed, wounding", "Masked men stormed the Danish embassy in Tehran, wounding three guards.", "IRN", "DNKGOV", 3},
		{"rammed and wounded", "Sailors from a Russian warship rammed a Ukrainian tugboat near Kerch and wounded three crew members.", "RUS", "UKR", 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-14")
			var got []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Coerce {
					t.Errorf("coercion left beside the assault: %+v", ev)
				}
				if ev.Type == truce.Assault {
					got = append(got, ev)
				}
			}
			if len(got) != 1 {
				t.Fatalf("want one assault, got %d: %+v", len(got), x.Events)
			}
			ev := got[0]
			if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
				t.Errorf("source %v target %v, want %s against %s", ev.Source, ev.Target, tt.source, tt.target)
			}
			if ev.Injuries == nil || ev.Injuries.Min != tt.injured {
				t.Errorf("injuries %v, want %d", ev.Injuries, tt.injured)
			}
		})
	}
	if evs := eventsOf(t, "Police arrested 20 protesters in Lima, injuring five.", "2024-05-14", "ASSAULT"); len(evs) > 0 {
		t.Errorf("an arrest told with injuries became an assault: %+v", evs)
	}
	if evs := eventsOf(t, "Rebels stormed the Egyptian embassy in Khartoum on Monday.", "2024-05-14", "ASSAULT"); len(evs) > 0 {
		t.Errorf("a forced entry that hurt no one became an assault: %+v", evs)
	}
	evs := eventsOf(t, "Soldiers fired on villagers blocking a road near Goma, killing two.", "2024-05-14", "ASSAULT")
	if len(evs) != 1 || evs[0].Fatalities == nil || evs[0].Fatalities.Min != 2 {
		t.Errorf("the shooting should keep its two dead: %+v", evs)
	}
}

// oneAssault codes text (published 2024-05-14) and returns its one
// ASSAULT, checking its source and target ids where they are given.
func oneAssault(t *testing.T, text, source, target string) truce.Event {
	t.Helper()
	evs := eventsOf(t, text, "2024-05-14", "ASSAULT")
	if len(evs) != 1 {
		t.Fatalf("want one assault, got %d: %+v", len(evs), evs)
	}
	ev := evs[0]
	if source != "" && !hasActor(ev.Source, source) || target != "" && !hasActor(ev.Target, target) {
		t.Errorf("source %v target %v, want %s against %s", ev.Source, ev.Target, source, target)
	}
	return ev
}
