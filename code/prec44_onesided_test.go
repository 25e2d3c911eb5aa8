package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An attack named by a noun inside a phrase, beside an act told with both
// its sides, is what that act is about, not an event of its own: the
// accusation, the condemnation or the protest is recorded, the attack
// with only its attacker is not.
func TestPrec44NounInPhraseLeftOut(t *testing.T) {
	const day = "2025-05-10"
	for _, tc := range []struct{ text, keep string }{
		{"Armenia's foreign ministry accused Azerbaijan of a deliberate incursion and summoned its ambassador.", truce.Accuse},
		{"Kenya condemned the Ethiopian shelling and urged both armies to hold their fire.", truce.Accuse},
		{"Pakistan accused India of fresh shelling near the Line of Control on Sunday.", truce.Accuse},
	} {
		if evs := eventsOf(t, tc.text, day, tc.keep); len(evs) != 1 {
			t.Errorf("%q: got %d %s events, want 1", tc.text, len(evs), tc.keep)
		}
		for _, ev := range eventsOf(t, tc.text, day, truce.Assault) {
			t.Errorf("%q: kept the attack named in the phrase: %+v", tc.text, ev)
		}
	}
}

// A one-sided act in a relative clause beside the news ("…, which the
// minister denied ordering") describes a name of the sentence; the
// denial with no one denied is left out, the act it hangs on stays.
func TestPrec44RelativeBesideLeftOut(t *testing.T) {
	const day = "2025-05-10"
	for _, tc := range []struct{ text, keep string }{
		{"Thousands of farmers marched on Congress to denounce Peru's police over killings of protesters, which the interior minister denied ordering.", truce.Protest},
		{"Lebanon's army accused Israel of striking a village in the south, which Israel denied planning.", truce.Accuse},
	} {
		if evs := eventsOf(t, tc.text, day, tc.keep); len(evs) != 1 {
			t.Errorf("%q: got %d %s events, want 1", tc.text, len(evs), tc.keep)
		}
		for _, ev := range eventsOf(t, tc.text, day, truce.Reject) {
			t.Errorf("%q: kept the denial in the relative clause: %+v", tc.text, ev)
		}
	}
}

// One-sided events that are news of their own stay: an act alone in its
// sentence, an attack told by a gerund with its own object, a second act
// of a different kind beside the first.
func TestPrec44OneSidedNewsKept(t *testing.T) {
	const day = "2025-05-10"
	for _, tc := range []struct {
		text, typ string
		n         int
	}{
		{"The army denied targeting civilians in the village.", truce.Reject, 1},
		{"Human Rights Watch accused Sudan's army of bombing a displaced persons camp near El Fasher.", truce.Assault, 1},
		// (One coup, told as the arrest: prec70_coup.go.)
		{"Mutinous soldiers seized power in Niamey on Wednesday and placed the president under house arrest.", truce.Coerce, 1},
		{"Militiamen raided a health centre near Beni and seized medicines.", truce.Coerce, 1},
	} {
		if evs := eventsOf(t, tc.text, day, tc.typ); len(evs) != tc.n {
			t.Errorf("%q: got %d %s events, want %d: %+v", tc.text, len(evs), tc.typ, tc.n, evs)
		}
	}
}
