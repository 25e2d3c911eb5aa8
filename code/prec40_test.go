package code_test

// A condemnation whose object names back the act told before reaches it
// past joined modifiers ("the sudden and unilateral decision") and a
// label frame ("what she called mindless thuggery"), and is aimed at the
// act's doer.

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestPrec40ActNamedBack(t *testing.T) {
	for text, want := range map[string][2]string{
		"Hungary closed its border to Serbian trucks. Belgrade denounced the sudden and unilateral decision.":                {"SRBGOV", "HUNGOV"},
		"Iran expelled two inspectors of the IAEA. Grossi said he condemned the rash and unprecedented step.":                {"IAEA", "IRNGOV"},
		"Rioters set fire to a mosque in Leeds. The home secretary condemned what she called mindless thuggery.":             {"", "GBRPRO"},
		"Rebels shelled the port of Kismayo on Monday. The prime minister condemned what he described as a cowardly attack.": {"", "SOMREB"},
	} {
		t.Run(text[:30], func(t *testing.T) {
			evs := mustExtract(t, text, "2024-06-01").Events
			if !hasEvent(evs, truce.Accuse, want[0], want[1]) {
				t.Errorf("want an ACCUSE %s -> %s in %q, got %+v", want[0], want[1], text, evs)
			}
		})
	}
}

// A plain object names no act: no condemnation without a target is made
// up from a number joined to an adjective.
func TestPrec40NoActNamed(t *testing.T) {
	wantNone(t, truce.Accuse,
		"The weather was mild on Sunday. The mayor condemned the two and only bridges as unsafe for lorries.")
}

// A run of acts summed up in the present perfect with a word of frequency
// is background; the same act told once is news, and a denial told so is
// kept.
func TestPrec40HabitualPerfect(t *testing.T) {
	for text, habit := range map[string]string{
		"Russian forces shelled Kharkiv on Monday. The border village of Krasne has been shelled almost daily by Russian artillery.":  "almost daily",
		"Gunmen killed two health workers in Peshawar. Militants have repeatedly attacked vaccination teams in the province.":         "repeatedly",
		"Somali pirates hijacked a Greek tanker on Sunday. The shipping lane has been raided regularly by pirates based in Puntland.": "regularly",
	} {
		t.Run(habit, func(t *testing.T) {
			evs := mustExtract(t, text, "2024-06-01").Events
			if len(evs) == 0 {
				t.Errorf("want the news of the first sentence in %q", text)
			}
			for _, ev := range evs {
				if strings.Contains(ev.Evidence.Sentence, habit) {
					t.Errorf("habit coded as an event: %s %s -> %s", ev.Type, probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
	evs := mustExtract(t, "Russian artillery shelled the border village of Krasne on Monday, killing two people.", "2024-06-01").Events
	if !hasEvent(evs, truce.Assault, "RUSMIL", "") {
		t.Errorf("want the shelling told once as news, got %+v", evs)
	}
}
