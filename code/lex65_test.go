package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A naming verb whose complement names a hostile act, a tool of another's
// will or a step backwards reproaches the one named (lex65 rows of
// triggers.tsv).
func TestNamedHostileActAccusesLex65(t *testing.T) {
	for _, text := range []string{
		"Serbia's president called the arrests a kidnapping of Serb citizens.",
		"Ethiopia's foreign ministry called the Egyptian move an act of aggression.",
		"Caracas labelled the opposition an instrument of foreign meddling.",
		"Japan's defence minister called the missile test a step in the wrong direction.",
	} {
		evs := eventsOf(t, text, "2024-03-02", truce.Accuse)
		if len(evs) == 0 {
			t.Errorf("%q: no accusation coded", text)
			continue
		}
		if len(evs[0].Source) == 0 || evs[0].Source[0].ID == "" {
			t.Errorf("%q: the accuser is missing: %+v", text, evs[0].Source)
		}
	}
}

// The act named as the complement is no new act of its own, and a word
// of praise or a request is no reproach.
func TestNamedActNotCodedLex65(t *testing.T) {
	if evs := eventsOf(t, "Serbia's president called the arrests a kidnapping of Serb citizens.", "2024-03-02", truce.Assault); len(evs) > 0 {
		t.Errorf("the named kidnapping coded as an act: %+v", evs)
	}
	wantNone(t, truce.Accuse,
		"The president called the deal a historic step for both nations.",
		"The army called on residents to report any attack on the convoy.")
}

// An assurance given to another party is an agreement in words; one given
// to reporters or residents is none.
func TestAssuranceAgreesLex65(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Ukraine's foreign minister assured his Polish counterpart that grain exports would not hurt Polish farmers.", "UKR", "POL"},
		{"The Kenyan president reassured Somalia that his troops would leave by June.", "KEN", "SOM"},
	} {
		evs := eventsOf(t, c.text, "2024-03-02", truce.Agree)
		if len(evs) == 0 {
			t.Errorf("%q: no agreement coded", c.text)
			continue
		}
		ev := evs[0]
		if len(ev.Source) == 0 || len(ev.Source[0].ID) < 3 || ev.Source[0].ID[:3] != c.src {
			t.Errorf("%q: source %+v, want %s", c.text, ev.Source, c.src)
		}
		if len(ev.Target) == 0 || len(ev.Target[0].ID) < 3 || ev.Target[0].ID[:3] != c.tgt {
			t.Errorf("%q: target %+v, want %s", c.text, ev.Target, c.tgt)
		}
	}
	if evs := eventsOf(t, "Officials said Ankara had given assurances that the refugees would not be deported.", "2024-03-02", truce.Agree); len(evs) == 0 {
		t.Errorf("given assurances: no agreement coded")
	}
	wantNone(t, truce.Agree,
		"The minister assured reporters that the situation was calm.",
		"The governor assured residents that the water was safe to drink.")
}
