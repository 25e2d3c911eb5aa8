package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLex49AdverbInForm checks that a manner or time adverb standing
// inside a verb's form ("called repeatedly for", "pulled quietly out of",
// "conceded at last to") leaves the form whole; sentences of our own.
func TestLex49AdverbInForm(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, source string
	}{
		{"at last", "The Kenyan government conceded at last to the strikers' demands on Monday.", truce.Concede, "", "KENGOV"},
		{"-ly after bowed", "The Kenyan government bowed finally to the pressure of the unions.", truce.Concede, "", "KENGOV"},
		{"-ly after called", "Ghana called repeatedly for an end to the fighting in Togo.", truce.Request, "", "GHAGOV"},
		{"-ly after pulled", "The Malian army pulled quietly out of the town of Gao on Sunday.", truce.Retreat, "withdraw", "MLIMIL"},
		{"once again", "Serbia called once again for talks with Kosovo.", truce.Request, "", "SRBGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var modes []string
			if tt.mode != "" {
				modes = []string{tt.mode}
			}
			evs := eventsOf(t, tt.text, "2024-05-01", tt.typ, modes...)
			if len(evs) != 1 {
				t.Fatalf("want one %s, got %d: %+v", tt.typ, len(evs), mustExtract(t, tt.text, "2024-05-01").Events)
			}
			if !hasActor(evs[0].Source, tt.source) {
				t.Errorf("source %v, want %s", probeIDs(evs[0].Source), tt.source)
			}
			if evs[0].Status != truce.StatusReported {
				t.Errorf("status %s, want reported", evs[0].Status)
			}
		})
	}
}

// TestLex49RightTo checks that what someone has the right to do is no act:
// "upheld the right of border guards to fire on smugglers" codes no
// shooting, while the shooting told as done still does, and a right
// reserved stays a threat.
func TestLex49RightTo(t *testing.T) {
	for _, text := range []string{
		"The Chilean senate upheld the right of border guards to fire on smugglers in Arica.",
		"Brazil defended the right of its police to open fire on armed gangs in Rio.",
		"The court affirmed the right to strike of dock workers in Durban.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-01", truce.Assault); len(evs) != 0 {
				t.Errorf("want no ASSAULT, got %+v", evs)
			}
		})
	}
	if evs := eventsOf(t, "Police fired on smugglers near Arica on Monday.", "2024-05-01", truce.Assault); len(evs) != 1 {
		t.Errorf("want the shooting told as done, got %+v", evs)
	}
	// a right reserved is a threat
	text := "China said it reserved the right to take countermeasures against the United States."
	if evs := eventsOf(t, text, "2024-05-01", truce.Threaten); len(evs) != 1 {
		t.Errorf("want the reserved right as a threat, got %+v", mustExtract(t, text, "2024-05-01").Events)
	}
}

// TestLex49SetAlight checks that "set … alight" is a fire set to property
// (ASSAULT destroy), as "set … ablaze" is.
func TestLex49SetAlight(t *testing.T) {
	for _, text := range []string{
		"Militiamen set two lorries alight near Beni on Tuesday.",
		"Gunmen set three houses alight in a village near Bunia.",
		"Settlers were setting olive groves alight near Nablus on Friday.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-01", truce.Assault, "destroy"); len(evs) != 1 {
				t.Errorf("want one ASSAULT destroy, got %+v", mustExtract(t, text, "2024-05-01").Events)
			}
		})
	}
}

// TestLex49TollToPeople checks that the dead of a raid that shot people
// and burnt property are counted against the shooting, in the sentence and
// from a later sentence, and that a burning alone keeps its toll.
func TestLex49TollToPeople(t *testing.T) {
	tests := []struct {
		name, text, mode string
		dead             int
	}{
		{"same sentence", "Bandits stormed a market in Zamfara, shooting traders and setting stalls alight, killing at least 12 people.", "firearms", 12},
		{"later sentence", "Soldiers clashed with rebels outside Bunia on Monday. Rebels then set the market ablaze. At least nine people were killed, officials said.", "firearms", 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", truce.Assault, tt.mode)
			if len(evs) != 1 || evs[0].Fatalities == nil || evs[0].Fatalities.Min != tt.dead {
				t.Fatalf("want one %s attack with %d dead, got %+v", tt.mode, tt.dead, mustExtract(t, tt.text, "2024-05-01").Events)
			}
			for _, ev := range eventsOf(t, tt.text, "2024-05-01", truce.Assault, "destroy") {
				if ev.Fatalities != nil {
					t.Errorf("the burning has a toll too: %+v", ev.Fatalities)
				}
			}
		})
	}
	text := "Militiamen set a bus alight near Beni, killing four passengers."
	evs := eventsOf(t, text, "2024-05-01", truce.Assault, "destroy")
	if len(evs) != 1 || evs[0].Fatalities == nil || evs[0].Fatalities.Min != 4 {
		t.Errorf("want the burning with 4 dead, got %+v", mustExtract(t, text, "2024-05-01").Events)
	}
}
