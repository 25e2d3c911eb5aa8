package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An accord named to be judged, with its parties in a phrase between the
// noun and the name it is given, was told before: no agreement of its own.
func TestPrec43NamedActWithPhrase(t *testing.T) {
	for _, text := range []string{
		"Khartoum summoned Kenya's envoy on Wednesday and called the accord between Nairobi and the paramilitary leaders a hostile act.",
		"Baku had described Yerevan's pact with Paris as a threat to regional peace.",
		"Niamey recalled its ambassador from Abidjan and branded a defence deal between Ivory Coast and France an insult to the Sahel.",
	} {
		if got := eventsOf(t, text, "2024-05-01", truce.Agree); len(got) != 0 {
			t.Errorf("%q: want no agreement, got %+v", text, got)
		}
	}
}

// The acts around the naming stay: the envoy recalled, and a pact signed
// and then named by its own makers.
func TestPrec43NamedActKeepsOthers(t *testing.T) {
	text := "Niamey recalled its ambassador from Abidjan and branded a defence deal between Ivory Coast and France an insult to the Sahel."
	if got := eventsOf(t, text, "2024-05-01", truce.Sanction); len(got) != 1 {
		t.Errorf("%q: want the recall kept, got %d", text, len(got))
	}
	signed := "Egypt and Sudan signed a defence pact with each other on Sunday, calling it a shield for the Nile."
	if got := eventsOf(t, signed, "2024-05-01", truce.Agree); len(got) != 1 {
		t.Errorf("%q: want the pact kept, got %d", signed, len(got))
	}
	strike := "Transport unions called a general strike over fuel prices for Monday in protest at the killings."
	if got := eventsOf(t, strike, "2024-05-01", truce.Protest); len(got) != 1 {
		t.Errorf("%q: want the strike kept, got %d", strike, len(got))
	}
}
