package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A participle after a warrant or a lawsuit gives the grounds of that
// act: one accusation, aimed at whom the participle names.
func TestPrec41AccusingGroundsOneAct(t *testing.T) {
	for _, c := range []struct{ text, target string }{
		{"Guyana has filed a case against Venezuela at the International Court of Justice, accusing it of threatening its territory.", "VENGOV"},
		{"A military court in Kinshasa issued arrest warrants for three rebel commanders, accusing them of war crimes.", "CODREB"},
		{"Judges issued a warrant for Joseph Kony on Friday, accusing the Ugandan rebel leader of abducting children.", "UGAREB"},
	} {
		acc := eventsOf(t, c.text, "2024-05-01", truce.Accuse)
		if len(acc) != 1 {
			t.Errorf("%q: want one accusation, got %d: %+v", c.text, len(acc), acc)
			continue
		}
		if got := probeIDs(acc[0].Target); got != "["+c.target+"]" {
			t.Errorf("%q: target %s, want [%s]", c.text, got, c.target)
		}
	}
}

// After an act of another kind the accusation is an event of its own.
func TestPrec41AccusingAfterSanctionStays(t *testing.T) {
	for _, text := range []string{
		"Mali expelled the French ambassador on Monday, accusing Paris of meddling in its affairs.",
		"Algeria recalled its envoy from Madrid, accusing Spain of betraying the Sahrawi people.",
	} {
		if acc := eventsOf(t, text, "2024-05-01", truce.Accuse); len(acc) != 1 {
			t.Errorf("%q: want the accusation kept, got %d", text, len(acc))
		}
		n := 0
		for _, ev := range mustExtract(t, text, "2024-05-01").Events {
			if ev.Type == truce.Sanction {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: want the sanction kept, got %d", text, n)
		}
	}
}
