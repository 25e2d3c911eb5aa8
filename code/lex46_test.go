package code_test

// Events the coder did not see: a prisoner walking free, someone turned
// back at the border, a state saying what is its own is not for sale or a
// ruling void, and a person shot.

import (
	"testing"

	"github.com/truce-project/truce"
)

// lex46Case is a text that must code an event of a type and mode from a
// source on a target; an empty source or target is not checked.
type lex46Case struct {
	text, typ, mode, source, target string
}

func lex46Check(t *testing.T, cases []lex46Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text[:30], func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-06-01", c.typ, c.mode)
			if !hasEvent(evs, c.typ, c.source, c.target) {
				t.Errorf("want %s %s from %s on %s in %q, got %+v", c.typ, c.mode, c.source, c.target, c.text, mustExtract(t, c.text, "2024-06-01").Events)
			}
		})
	}
}

func TestLex46WalkedFree(t *testing.T) {
	lex46Check(t, []lex46Case{
		{"TUNIS, June 1 - The jailed Tunisian lawyer Sami Ben Ali walked free from prison on Friday, his family said.", truce.Retreat, "release", "TUNGOV", "TUN"},
		{"DAKAR, June 1 - Three Senegalese opposition activists walked out of jail late on Thursday under an amnesty.", truce.Retreat, "release", "SENGOV", "SENOPP"},
		{"RABAT, June 1 - The Moroccan editor walked free on Monday after a royal pardon.", truce.Retreat, "release", "MARGOV", ""},
	})
	// Walking free long ago is history, not news.
	for _, ev := range mustExtract(t, "When the dissident walked free from prison in February 1990, a crowd was waiting at the gates.", "2024-06-01").Events {
		if ev.Type == truce.Retreat {
			t.Errorf("a release in 1990 coded as news: %+v", ev)
		}
	}
}

func TestLex46TurnedBack(t *testing.T) {
	lex46Check(t, []lex46Case{
		{"NAIROBI, June 1 - Ugandan border police turned back two Kenyan reporters at the Busia crossing on Thursday.", truce.Coerce, "deport", "UGACOP", "KEN"},
		{"ACCRA, June 1 - Ghanaian immigration officers turned back a former Togolese minister at Accra airport on Sunday.", truce.Coerce, "deport", "GHA", "TGO"},
		{"RIGA, June 1 - Latvian border guards at Riga airport refused entry to a Belarusian opposition activist on Monday.", truce.Coerce, "deport", "LVA", ""},
	})
	wantNone(t, truce.Coerce,
		"Police said they had turned back buses carrying farmers at checkpoints outside the capital.",
		"The juntas have turned away from their Western partners since seizing power.",
		"The army turned back the attack on the outpost.")
}

func TestLex46NotForSale(t *testing.T) {
	lex46Check(t, []lex46Case{
		{"ATHENS, June 1 - The Greek prime minister said on Monday that the islands were not for sale.", truce.Reject, "", "GRCGOV", ""},
		{"RABAT, June 1 - Morocco's foreign minister said the kingdom's territorial integrity was non-negotiable.", truce.Reject, "meet", "MARGOV", ""},
		{"MOSCOW, June 1 - The Kremlin said the tribunal's rulings were null and void.", truce.Reject, "", "RUSGOV", ""},
	})
}
