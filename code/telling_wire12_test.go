package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestBrokeUpGathering: security forces "breaking up" a rally, march or
// vigil use force on a crowd (CAMEO 175), whatever the crowd is called;
// a meeting or coalition that breaks up is no such act.
func TestBrokeUpGathering(t *testing.T) {
	for _, text := range []string{
		"Riot police in Mombasa broke up a rally by opposition supporters on Saturday.",
		"Gendarmes broke up a student march in the centre of Yaounde late on Friday.",
		"Soldiers in Mandalay broke up a candlelight vigil outside the monastery on Sunday night.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.CAMEO == "175" {
					return
				}
			}
			t.Errorf("no crowd-control event from %q", text)
		})
	}
	for _, text := range []string{
		"The ruling coalition in Lisbon broke up over the budget on Monday.",
		"The meeting broke up without agreement late on Thursday.",
		"The band broke up a decade ago after a final tour.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := mustExtract(t, text, "2025-10-22").Events; len(evs) > 0 {
				t.Errorf("got %d events (%s) from %q", len(evs), evs[0].CAMEO, text)
			}
		})
	}
}

// TestDispatchNounOwner: "X's dispatch of troops" is a deployment by its
// possessor, even inside a phrase naming what another party answers
// ("in response to Y's dispatch of warships"); it is not folded into the
// response as the same event.
func TestDispatchNounOwner(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Greece put its navy on alert in response to Turkey's dispatch of warships to the Aegean.", "TUR"},
		{"Nigeria's dispatch of soldiers to the border town of Illela drew protests from Niamey.", "NGA"},
		{"Seoul summoned the envoy after Pyongyang's despatch of troops to the frontier.", "PRK"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type == truce.Mobilize && len(ev.Source) > 0 && strings.HasPrefix(ev.Source[0].ID, tt.want) {
					return
				}
			}
			t.Errorf("no MOBILIZE by %s from %q", tt.want, tt.text)
		})
	}
}

// TestForcesSentFromPassive: forces "were sent from" a place, or "were
// dispatched by" a government, are a deployment told in the passive, like
// those "sent to" one; a letter or a message sent from somewhere is not.
func TestForcesSentFromPassive(t *testing.T) {
	for _, text := range []string{
		"Some 120 gendarmes were sent from Abidjan to calm the unrest in Bouake on Sunday.",
		"Two army battalions were dispatched from Lahore overnight after the riots.",
		"Extra troops were sent by Nairobi to secure the northern border.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.Type == truce.Mobilize {
					return
				}
			}
			t.Errorf("no MOBILIZE from %q", text)
		})
	}
	for _, text := range []string{
		"A letter was sent from Abidjan to the regional bloc on Sunday.",
		"The message was sent by the foreign ministry to all embassies.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.Type == truce.Mobilize {
					t.Errorf("got a MOBILIZE from %q", text)
				}
			}
		})
	}
}

// TestGapCrossesClause: a "*" in a trigger form does not reach across a
// clause opened by "as", "while" or "when": "fired into the air as the
// crowd dispersed" is a warning shot (CAMEO 175), no shooting into a crowd.
func TestGapCrossesClause(t *testing.T) {
	for _, text := range []string{
		"Soldiers fired into the air as the crowd streamed out of the stadium in Conakry.",
		"Guards fired into the air while a crowd gathered at the gate in Juba.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2025-10-22").Events {
				if ev.Type == truce.Assault && ev.CAMEO != "175" {
					t.Errorf("got a shooting into the crowd (%s %s) from %q", ev.CAMEO, ev.Mode, text)
				}
			}
		})
	}
	text := "Gunmen fired into a crowd of worshippers in Kaduna on Friday."
	for _, ev := range mustExtract(t, text, "2025-10-22").Events {
		if ev.Type == truce.Assault {
			return
		}
	}
	t.Errorf("no ASSAULT from %q", text)
}
