package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// firstOfX52 returns the first event of type typ in text.
func firstOfX52(t *testing.T, text, typ string) truce.Event {
	t.Helper()
	evs := eventsOf(t, text, "2024-03-01", typ)
	if len(evs) == 0 {
		t.Fatalf("no %s event from %q", typ, text)
	}
	return evs[0]
}

// "said it would boycott Cameroon", "did not arrest the Liberian warlord":
// a trigger whose lexicon row is a noun ("a boycott of", "the arrest of")
// but which stands as a verb takes the object right after it, or after the
// noun phrase it heads ("all formal dealings with"), as its target; not the
// subject's own government.
func TestNounRowVerbObjectX52(t *testing.T) {
	tests := []struct{ text, typ, want, not string }{
		{"Chad said it would boycott Cameroon until the border dispute was settled.", truce.Protest, "CMR", "TCDGOV"},
		{"Guinea said it would boycott Sierra Leone after the border clash.", truce.Protest, "SLE", "GINGOV"},
		{"Unions in Chile said they would boycott Bolivia.", truce.Protest, "BOL", "CHLGOV"},
		{"Serbian officials said they would boycott all formal dealings with Albania.", truce.Protest, "ALB", "SRBGOV"},
		{"Officials in Lagos did not arrest the Liberian warlord when he landed.", truce.Coerce, "LBR", "NGACVL"},
	}
	for _, tt := range tests {
		ev := firstOfX52(t, tt.text, tt.typ)
		if !hasCountryX52(ev.Target, tt.want) || hasActor(ev.Target, tt.not) {
			t.Errorf("%q: targets %s, want one of %s and not %s", tt.text, probeIDs(ev.Target), tt.want, tt.not)
		}
	}
}

// The object is read only up to a word that ends the verb's noun phrase:
// in "did not arrest anyone during the visit of the Russian president" the
// visitor named after "during" is no one arrested.
func TestNounRowVerbObjectEndsX52(t *testing.T) {
	ev := firstOfX52(t, "Hungary did not arrest anyone during the visit of the Russian president.", truce.Coerce)
	if hasCountryX52(ev.Target, "RUS") {
		t.Errorf("visitor read as the one arrested: targets %s", probeIDs(ev.Target))
	}
}

// hasCountryX52 reports whether an actor of as belongs to country cc.
func hasCountryX52(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if a.Country == cc {
			return true
		}
	}
	return false
}
