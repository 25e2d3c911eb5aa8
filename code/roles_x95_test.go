package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesX95UnknownNamedParty checks that a party named by a name no
// dictionary knows ("the radical Nur party", with or without a gloss of
// the name in parentheses) is the opposition of the country the clause is
// about, and does what its verb tells; a party in power or a party word
// qualifying a title ("the Communist Party chief") is left alone.
// Sentences of our own.
func TestRolesX95UnknownNamedParty(t *testing.T) {
	cases := []struct{ text, typ, src string }{
		{"The fundamentalist Watan (Homeland) party has said it will boycott Morocco's first multi-party elections.", truce.Protest, "MAROPP"},
		{"The Nur party said it will boycott Egypt's elections.", truce.Protest, "EGYOPP"},
		{"The radical Hadas party accused Kuwait's government of fraud.", truce.Accuse, "KWTOPP"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", c.typ)
			if len(evs) != 1 {
				t.Fatalf("%d %s events, want 1", len(evs), c.typ)
			}
			if len(evs[0].Source) != 1 || evs[0].Source[0].ID != c.src {
				t.Errorf("source %v, want %s", evs[0].Source, c.src)
			}
		})
	}
	for _, text := range []string{
		"The ruling Baath party said it will hold talks with Syria's opposition.",
		"Beijing named Li Wei, the Communist Party chief of the province, to the post.",
	} {
		for _, ev := range mustExtract(t, text, "2024-05-02").Events {
			for _, a := range append(ev.Source, ev.Target...) {
				if a.Sector == "OPP" && a.Text != "Syria's opposition" {
					t.Errorf("%q: %s has %s coded as the opposition", text, ev.Type, a.Text)
				}
			}
		}
	}
}
