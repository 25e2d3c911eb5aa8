package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// lex51Events returns the events of type typ told in the sentence that
// opens with lead.
func lex51Events(x *truce.Extraction, typ, lead string) []truce.Event {
	var out []truce.Event
	for _, ev := range x.Events {
		if ev.Type == typ && strings.HasPrefix(ev.Evidence.Sentence, lead) {
			out = append(out, ev)
		}
	}
	return out
}

// TestLex51SetAlight checks that property set alight is its destruction,
// as property set ablaze or on fire is. Sentences of our own.
func TestLex51SetAlight(t *testing.T) {
	for _, text := range []string{
		"Militiamen were setting market stalls alight in the old quarter of Kidal, residents said.",
		"Gang members set two buses and a lorry alight on the coastal highway near Lae on Friday.",
		"ADF rebels set a church and two shops alight near Beni on Monday night.",
	} {
		found := false
		for _, ev := range mustExtract(t, text, "2024-05-02").Events {
			if ev.Type == truce.Assault && ev.Mode == "destroy" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no ASSAULT destroy event", text)
		}
	}
}

// TestLex51TollOverBurning checks that a death toll goes to the attack on
// people, not to the burning of property told beside it or just before
// it, and that a burning that is the only violent act keeps its toll.
// Sentences of our own.
func TestLex51TollOverBurning(t *testing.T) {
	tests := []struct {
		name, text, lead, mode string
		dead                   int
	}{
		{name: "participles in one sentence",
			text: "Gunmen attacked the village of Kauru on Monday, shooting farmers in the fields and setting granaries alight, leaving at least 23 people dead.",
			lead: "Gunmen attacked", mode: "firearms", dead: 23},
		{name: "raid and burning, toll after",
			text: "Soldiers raided the market in Gao on Sunday and set the stalls on fire, killing at least nine traders.",
			lead: "Soldiers raided", mode: "", dead: 9},
		{name: "toll in a sentence of its own",
			text: "Armed gang members fought police across Lae for hours on Friday. Gang members set two buses alight to block a highway. At least six people were killed, police said.",
			lead: "Armed gang members fought", mode: "firearms", dead: 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-02")
			var got *truce.Event
			for _, ev := range lex51Events(x, truce.Assault, tt.lead) {
				if ev.Mode == tt.mode {
					got = &ev
					break
				}
			}
			if got == nil {
				t.Fatalf("no ASSAULT %q event in %q: %+v", tt.mode, tt.lead, x.Events)
			}
			if got.Fatalities == nil || got.Fatalities.Min != tt.dead {
				t.Errorf("fatalities %+v, want %d", got.Fatalities, tt.dead)
			}
			for _, ev := range x.Events {
				if ev.CAMEO == "1712" && ev.Fatalities != nil {
					t.Errorf("the burning took the toll: %+v", ev.Fatalities)
				}
			}
		})
	}
	// The only violent act told keeps the toll.
	x := mustExtract(t, "Rioters set several cars alight in Lagos on Tuesday. Two people died, police said.", "2024-05-02")
	kept := false
	for _, ev := range x.Events {
		if ev.Fatalities != nil && ev.Fatalities.Min == 2 {
			kept = true
		}
	}
	if !kept {
		t.Errorf("the toll of two was lost: %+v", x.Events)
	}
}

// TestLex51Dismay checks that a government's or an international body's
// dismay at another's act, told as a state it is in ("was appalled by the
// killing"), is disapproval aimed at the act's doer, not at its victims;
// and that the dismay of unnamed people is no event. Sentences of our
// own.
func TestLex51Dismay(t *testing.T) {
	tests := []struct {
		text, src, tgt string
	}{
		{"Police detained the opposition leader in Lusaka on Tuesday. The United Nations said it was alarmed by the arrest.", "UN", "ZMBCOP"},
		{"Soldiers shot dead 12 farmers near Jos on Sunday. The European Union said it was appalled by the killing of the farmers.", "EU", "NGAMIL"},
		{"Mali expelled the French ambassador on Monday. The European Union said it was deeply dismayed by the decision.", "EU", "MLIGOV"},
	}
	for _, tt := range tests {
		x := mustExtract(t, tt.text, "2024-05-02")
		found := false
		for _, ev := range x.Events {
			if ev.Type != truce.Accuse || len(ev.Source) == 0 || ev.Source[0].ID != tt.src {
				continue
			}
			found = true
			if len(ev.Target) == 0 || ev.Target[0].ID != tt.tgt {
				t.Errorf("%q: target %+v, want %s", tt.text, ev.Target, tt.tgt)
			}
		}
		if !found {
			t.Errorf("%q: no ACCUSE by %s: %+v", tt.text, tt.src, x.Events)
		}
	}
	for _, text := range []string{
		"Residents were horrified by the attack on the market.",
		"Shoppers were saddened by the closure of the old bazaar in Herat.",
	} {
		for _, ev := range mustExtract(t, text, "2024-05-02").Events {
			if ev.Type == truce.Accuse {
				t.Errorf("%q: unexpected ACCUSE %+v", text, ev)
			}
		}
	}
}

// TestLex51DismayThenTold checks that a second complement of the verb of
// saying ("and that ...") after a dismay is told as news, not read as what
// the dismay is about.
func TestLex51DismayThenTold(t *testing.T) {
	for _, text := range []string{
		"The UN rights chief said she was horrified by the reports from North Kivu, and that four aid workers had been kidnapped near Rutshuru.",
		"The EU envoy said he was dismayed by the news, and that gunmen had abducted two nurses from a clinic in Kidal.",
	} {
		x := mustExtract(t, text, "2024-05-02")
		found := false
		for _, ev := range x.Events {
			if ev.Mode == "abduct" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no abduction: %+v", text, x.Events)
		}
	}
}
