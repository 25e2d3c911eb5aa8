package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A past verb joined by ", and" after an "until" or "as long as" clause is
// told as done: the report's subject did it (prec69JoinedPastAfter).
func TestPrec69JoinedPastAfterAwaited(t *testing.T) {
	for _, text := range []string{
		"Kenya's president said the crossing would stay closed until the talks resumed, and sent more troops to the frontier.",
		`Mali's junta said the airport would remain shut "for as long as needed" and deployed extra soldiers to the capital.`,
	} {
		evs := eventsOf(t, text, "2023-02-11", truce.Mobilize)
		if len(evs) != 1 {
			t.Fatalf("%q: got %d MOBILIZE events, want 1", text, len(evs))
		}
		if evs[0].Status != truce.StatusReported {
			t.Errorf("%q: status %q, want reported", text, evs[0].Status)
		}
	}
	// Without the comma the verb may still be the awaited clause's own.
	wantNone(t, truce.Mobilize, "Chad's government said the border would stay closed until Sudan disarmed the militias and deployed troops there.")
}

// A state saying someone is suspected of a crime against it accuses that
// person (lex67 row "suspected of").
func TestLex67SuspectedOf(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Poland's interior minister said two Belarusian truck drivers were suspected of spying for Minsk.", "[POLGOV]", "[BLRBUS]"},
		{"Serbia's foreign ministry said the Croatian diplomat was suspected of espionage.", "[SRBGOV]", "[HRVGOV]"},
	} {
		evs := eventsOf(t, c.text, "2023-02-11", truce.Accuse, "allege")
		if len(evs) != 1 {
			t.Fatalf("%q: got %d ACCUSE allege events, want 1", c.text, len(evs))
		}
		if got := probeIDs(evs[0].Source); got != c.src {
			t.Errorf("%q: source %s, want %s", c.text, got, c.src)
		}
		if got := probeIDs(evs[0].Target); got != c.tgt {
			t.Errorf("%q: target %s, want %s", c.text, got, c.tgt)
		}
	}
}

// Blame laid on an unnamed hostile hand is an accusation with no target;
// blame laid on a cause is none (prec69BlameOnUnnamed).
func TestPrec69BlameOnUnnamedHand(t *testing.T) {
	for _, text := range []string{
		"Egypt's interior ministry blamed the riots in Cairo on foreign agents.",
		"Peru's interior minister blamed the looting in Lima on organised troublemakers.",
	} {
		evs := eventsOf(t, text, "2023-02-11", truce.Accuse)
		if len(evs) != 1 {
			t.Fatalf("%q: got %d ACCUSE events, want 1", text, len(evs))
		}
		if len(evs[0].Source) != 1 || evs[0].Source[0].Sector != "GOV" {
			t.Errorf("%q: source %s, want the government", text, probeIDs(evs[0].Source))
		}
	}
	wantNone(t, truce.Accuse, "Peru's interior minister blamed the landslide in Lima on heavy rain.")
}

// An agreement an act is done under is news of its own when its two
// parties are named with it (prec69DealParties); one brokered by a third
// party alone names one told before.
func TestPrec69DealWithItsParties(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Hundreds of fighters left the besieged town of Tal Rifaat on Monday under a deal between the Kurdish-led SDF and Damascus brokered by Moscow.", "[SDF]", "[SYRGOV]"},
		{"Under the accord signed in Addis Ababa on Friday by Ethiopia's government and the TPLF, Eritrean troops are to leave Tigray within a month.", "[ETHGOV]", "[TPLF]"},
	} {
		evs := eventsOf(t, c.text, "2023-02-11", truce.Agree)
		if len(evs) != 1 {
			t.Fatalf("%q: got %d AGREE events, want 1", c.text, len(evs))
		}
		if got := probeIDs(evs[0].Source); got != c.src {
			t.Errorf("%q: source %s, want %s", c.text, got, c.src)
		}
		if got := probeIDs(evs[0].Target); got != c.tgt {
			t.Errorf("%q: target %s, want %s", c.text, got, c.tgt)
		}
	}
	wantNone(t, truce.Agree, "Hundreds of fighters left the besieged town of Tal Rifaat on Monday under a deal brokered by Moscow.")
}

// A second "that" clause of a report verb told far back (", and that X
// would …") is the speaker's stated plan, not a hypothetical
// (prec69SecondThatFuture); "consult its allies" is talks (lex67 row).
func TestPrec69SecondThatPlan(t *testing.T) {
	text := "Ottawa said the two envoys had 48 hours to leave, and that Canada would suspend all high-level contacts with India."
	evs := eventsOf(t, text, "2023-02-11", truce.Sanction)
	if len(evs) != 1 || evs[0].Status != truce.StatusPlanned {
		t.Fatalf("%q: got %v, want one planned SANCTION", text, evs)
	}
	text = "The chancellor said the poisoning was a crime against the state, and that Germany would consult its European allies on a joint reply."
	evs = eventsOf(t, text, "2023-02-11", truce.Consult)
	if len(evs) != 1 || evs[0].Status != truce.StatusPlanned || probeIDs(evs[0].Source) != "[DEUGOV]" {
		t.Fatalf("%q: got %v, want one planned CONSULT by DEUGOV", text, evs)
	}
	if evs := eventsOf(t, "Japan's prime minister consulted his Asian counterparts by phone on Monday.", "2023-02-11", truce.Consult); len(evs) != 1 {
		t.Errorf("consulted his counterparts: got %d CONSULT events, want 1", len(evs))
	}
}
