package code_test

// The category and mode of an event by what its sentence tells: forces
// moving into ground no one defends take it over (COERCE seize, not a
// deployment, a march or a shot fired), and a threat is of what it
// threatens (protest, ties, or force).

import (
	"testing"

	"github.com/truce-project/truce"
)

// mode33HasCode reports whether some event has CAMEO code c and mode m.
func mode33HasCode(evs []truce.Event, c, m string) bool {
	for _, ev := range evs {
		if ev.CAMEO == c && ev.Mode == m {
			return true
		}
	}
	return false
}

// Forces going into ground told as undefended or left take it over
// (CAMEO 192), and the shot "without a shot being fired" denies is no
// attack.
func TestMode33UnopposedSeize(t *testing.T) {
	for _, text := range []string{
		"Rebel fighters moved into the deserted barracks on Monday without firing a shot.",
		"Government soldiers left the district centre before dawn, and insurgents moved in without a shot being fired.",
		"Ethiopian federal troops marched into the town unopposed on Friday.",
		"Separatist gunmen hoisted their flag over the town hall in Kramatorsk on Sunday.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Coerce); !mode33HasCode(evs, "192", "seize") {
				t.Errorf("no COERCE seize (192) in %q: %+v", text, evs)
			}
			for _, typ := range []string{truce.Assault, truce.Mobilize, truce.Protest} {
				if evs := eventsOf(t, text, "2024-05-02", typ); len(evs) > 0 {
					t.Errorf("%s in %q: %+v", typ, text, evs)
				}
			}
		})
	}
}

// A move of forces with no word of ground left or undefended stays a
// deployment.
func TestMode33MoveStaysDeployment(t *testing.T) {
	for _, text := range []string{
		"Troops moved into the border region as tensions rose.",
		"Police moved into the square on Friday to disperse the crowd.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Mobilize); len(evs) == 0 {
				t.Errorf("no MOBILIZE in %q", text)
			}
			if evs := eventsOf(t, text, "2024-05-02", truce.Coerce); mode33HasCode(evs, "192", "seize") {
				t.Errorf("seizure in %q: %+v", text, evs)
			}
		})
	}
}

// Ground taken over just after the other side left it is taken from
// that side.
func TestMode33SeizedFromLeaver(t *testing.T) {
	text := "M23 rebels pulled out of the town of Sake on Sunday. Congolese army units moved into the empty barracks without a shot being fired."
	evs := eventsOf(t, text, "2024-05-02", truce.Coerce)
	if len(evs) != 1 || evs[0].CAMEO != "192" {
		t.Fatalf("want one COERCE 192, got %+v", evs)
	}
	if len(evs[0].Target) == 0 || evs[0].Target[0].ID != "M23" {
		t.Errorf("target %+v, want M23", evs[0].Target)
	}
}

// A threat is coded by its content: protest (133), ties between the
// sides (131), or force (138).
func TestMode33ThreatContent(t *testing.T) {
	tests := []struct{ text, code, mode string }{
		{"The dockworkers' union threatened to stage a general strike at the port if the wage deal was not honoured.", "133", "relations"},
		{"The opposition party threatened to take its supporters into the streets over the disputed count.", "133", "relations"},
		{"Ankara warned that the row could derail the accession talks with Brussels.", "131", "relations"},
		{"The junta threatened to pull out of the defence pact with its neighbour.", "131", "relations"},
		{"The militia threatened to attack the convoy if it entered the valley.", "138", "violence"},
		{"Pyongyang threatened to strike the carrier group with missiles.", "138", "violence"},
		{"The insurgent commander vowed to crush the army's garrison by May 2026.", "138", "violence"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			if evs := eventsOf(t, tt.text, "2024-05-02", truce.Threaten); !mode33HasCode(evs, tt.code, tt.mode) {
				t.Errorf("want THREATEN %s %s in %q, got %+v", tt.code, tt.mode, tt.text, evs)
			}
		})
	}
}

// A force that names the protest it met ("broke up protests"), or a crowd
// a relative clause tells as protesting ("people who had gathered
// outside parliament"), adds the crowd's protest; people a clause tells
// doing something else are no protest.
func TestMode33MetProtestNamed(t *testing.T) {
	for _, text := range []string{
		"Riot police broke up protests in Harare on Monday, firing tear gas at the crowd.",
		"Police fired tear gas at hundreds of people who had gathered outside the parliament in Nairobi.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Protest); len(evs) == 0 {
				t.Errorf("no PROTEST in %q", text)
			}
		})
	}
	wantNone(t, truce.Protest, "Police detained 40 people who had been sheltering migrants in a church in Lagos.")
}
