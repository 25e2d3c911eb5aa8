package code_test

// Captives freed by the attack on their jail are part of that attack;
// hostile acts promised again threaten force; another's act called a
// breach is disapproved of; a defence of one's forces rejects a charge.

import (
	"testing"

	"github.com/truce-project/truce"
)

// Inmates freed by gunmen who stormed their prison are part of the
// assault, not a captor giving way.
func TestLex39AttackFreeing(t *testing.T) {
	for _, text := range []string{
		"Gunmen attacked the central jail in Owerri overnight, freeing nearly 1,800 inmates.",
		"Gang members stormed the prison in Cap-Haitien and freed about 400 inmates.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Retreat, "release"); len(evs) > 0 {
				t.Errorf("release in %q: %+v", text, evs)
			}
			found := false
			for _, ev := range mustExtract(t, text, "2024-05-02").Events {
				found = found || ev.Type == truce.Assault
			}
			if !found {
				t.Errorf("no ASSAULT in %q", text)
			}
		})
	}
}

// More hostile acts promised ("would resume attacks", "the strikes will go
// on") threaten force; search operations or talks resumed do not.
func TestLex39ResumedAttacksThreaten(t *testing.T) {
	for _, text := range []string{
		"The Houthis said they would resume attacks on shipping in the Red Sea if the blockade continued.",
		"A Hamas official said the rocket strikes would go on until the siege was lifted.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			found := false
			for _, ev := range mustExtract(t, text, "2024-05-02").Events {
				found = found || ev.Type == truce.Threaten && ev.CAMEO == "138"
			}
			if !found {
				t.Errorf("no THREATEN 138 in %q", text)
			}
		})
	}
	for _, text := range []string{
		"Rescuers said they would resume search operations at dawn.",
		"Officials said operations would continue through the night to find survivors.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-05-02").Events {
				if ev.Type == truce.Threaten {
					t.Errorf("THREATEN in %q: %+v", text, ev)
				}
			}
		})
	}
}

// Another's act told in reported speech as breaking law, a deal or
// sovereignty is disapproved of (ACCUSE, CAMEO 111); a law or a storm
// told so by no side is not.
func TestLex39SaidActViolated(t *testing.T) {
	for _, text := range []string{
		"Tokyo said the deployment gravely undermined regional stability.",
		"Seoul said the missile launch flagrantly breached UN resolutions.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			found := false
			for _, ev := range mustExtract(t, text, "2024-05-02").Events {
				found = found || ev.Type == truce.Accuse && ev.CAMEO == "111"
			}
			if !found {
				t.Errorf("no ACCUSE 111 in %q", text)
			}
		})
	}
	wantNone(t, truce.Accuse,
		"The court said the law violated the constitution.",
		"Officials said the storm damaged dozens of homes.")
}

// A side defending how its own forces acted rejects the charge, and the
// speaker is the one who rejects it.
func TestLex39DefendedConduct(t *testing.T) {
	tests := []struct{ text, src string }{
		{"China's foreign ministry said its coast guard had acted professionally and that no one had been hurt.", "CHNGOV"},
		{"Defence Minister Alberto Otárola said the troops had acted in self-defence.", "PERGOV"},
		{"Manila's coast guard said its crews acted lawfully and with restraint.", "PHLMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			found := false
			for _, ev := range mustExtract(t, tt.text, "2024-05-02").Events {
				found = found || ev.Type == truce.Reject && len(ev.Source) > 0 && ev.Source[0].ID == tt.src
			}
			if !found {
				t.Errorf("no REJECT by %s in %q", tt.src, tt.text)
			}
		})
	}
	wantNone(t, truce.Reject, "The actor behaved professionally on set, the director said.")
}
