package code_test

// The category and mode of an event by what its sentence tells: bombs
// guided from the air, a joint inquiry asked for, people flown out of the
// country, visa bans on a state's people, an act called unjustified in
// reported speech, and a protest that turned violent.

import (
	"testing"

	"github.com/truce-project/truce"
)

// mode32Events returns the events of typ that text yields.
func mode32Events(t *testing.T, text, typ string) []truce.Event {
	t.Helper()
	var out []truce.Event
	for _, ev := range mustExtract(t, text, "2025-06-02").Events {
		if ev.Type == typ {
			out = append(out, ev)
		}
	}
	return out
}

// mode32HasMode reports whether some event has mode m.
func mode32HasMode(evs []truce.Event, m string) bool {
	for _, ev := range evs {
		if ev.Mode == m {
			return true
		}
	}
	return false
}

// Guided and glide bombs are dropped from aircraft.
func TestMode32GuidedBombsAerial(t *testing.T) {
	for _, text := range []string{
		"A Russian glide bomb struck an apartment block in Zaporizhzhia on Sunday, killing four residents.",
		"Russian guided bombs hit a market in Kharkiv, killing five people.",
	} {
		t.Run(text[:25], func(t *testing.T) {
			if evs := mode32Events(t, text, truce.Assault); !mode32HasMode(evs, "aerial") {
				t.Errorf("no aerial ASSAULT in %q: %+v", text, evs)
			}
		})
	}
}

// A joint investigation asked for is a request for cooperation (assist);
// an independent one still asks for change.
func TestMode32JointInquiry(t *testing.T) {
	tests := []struct{ text, mode string }{
		{"Colombia asked Ecuador for a joint investigation into the shooting of two fishermen.", "assist"},
		{"The families called for a joint independent inquiry into the deaths.", "assist"},
		{"Amnesty called for an independent investigation into the killings.", "change"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:25], func(t *testing.T) {
			evs := mode32Events(t, tt.text, truce.Request)
			if !mode32HasMode(evs, tt.mode) {
				t.Errorf("no REQUEST %s in %q: %+v", tt.mode, tt.text, evs)
			}
		})
	}
}

// People a state puts on a flight out of the country are deported; a
// traveller's bags put on a plane are nothing of the kind.
func TestMode32FlownOut(t *testing.T) {
	for _, text := range []string{
		"Belarus freed 14 political prisoners on Friday and put them on a chartered flight to Vilnius.",
		"Cuban authorities put three dissidents aboard a plane to Madrid on Sunday.",
	} {
		t.Run(text[:25], func(t *testing.T) {
			if evs := mode32Events(t, text, truce.Coerce); !mode32HasMode(evs, "deport") {
				t.Errorf("no COERCE deport in %q", text)
			}
		})
	}
	if evs := mode32Events(t, "The ministry said the flight to Madrid was delayed by a storm.", truce.Coerce); len(evs) > 0 {
		t.Errorf("a delayed flight coded as COERCE: %+v", evs)
	}
}

// Visa bans imposed on another state's people are a sanction; other
// restrictions a government imposes stay a restriction.
func TestMode32VisaRestrictions(t *testing.T) {
	text := "Britain imposed visa restrictions on 40 Venezuelan officials on Monday."
	if evs := mode32Events(t, text, truce.Sanction); len(evs) == 0 {
		t.Errorf("no SANCTION in %q", text)
	}
	if evs := mode32Events(t, text, truce.Coerce); len(evs) > 0 {
		t.Errorf("visa restrictions coded as COERCE: %+v", evs)
	}
	text = "The junta imposed new restrictions on foreign journalists in Niamey."
	if evs := mode32Events(t, text, truce.Coerce); !mode32HasMode(evs, "restrict") {
		t.Errorf("no COERCE restrict in %q", text)
	}
}

// A state's act given a word of reproach in reported speech is
// disapproved of; a word of approval is not.
func TestMode32SaidDecisionUnjustified(t *testing.T) {
	text := "Ecuador expelled three Colombian diplomats on Monday. Bogota said the decision was unjustified and recalled its ambassador."
	evs := mode32Events(t, text, truce.Accuse)
	if !mode32HasMode(evs, "disapprove") {
		t.Fatalf("no ACCUSE disapprove in %q: %+v", text, evs)
	}
	text = "Ecuador expelled three Colombian diplomats on Monday. Quito said the decision was necessary."
	if evs := mode32Events(t, text, truce.Accuse); len(evs) > 0 {
		t.Errorf("approval coded as ACCUSE: %+v", evs)
	}
}

// A protest told as turning violent is a riot; one that stays peaceful is
// a demonstration.
func TestMode32ProtestTurnedViolent(t *testing.T) {
	tests := []struct{ text, mode string }{
		{"Protests against a sharp rise in bread prices turned violent in Khartoum and Port Sudan on Monday.", "riot"},
		{"Rallies over the disputed vote became violent overnight in Nairobi.", "riot"},
		{"Protests against the new tax law continued peacefully in Accra on Monday.", "demo"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:25], func(t *testing.T) {
			evs := mode32Events(t, tt.text, truce.Protest)
			if !mode32HasMode(evs, tt.mode) {
				t.Errorf("no PROTEST %s in %q: %+v", tt.mode, tt.text, evs)
			}
		})
	}
}
