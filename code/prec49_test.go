package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPrec49DatedComplement checks that a date told between a noun and its
// complement ("its demand on Sunday that troops withdraw") leaves the
// demand whole: a request is coded, and what is demanded is its content,
// not an act of its own. Sentences of our own.
func TestPrec49DatedComplement(t *testing.T) {
	tests := []struct{ name, text, source, target string }{
		{"on a weekday", "The Arab League repeated its demand on Sunday that Israeli troops withdraw from Gaza.", "ARABLEAGUE", "ISR"},
		{"today", "Ghana repeated its demand today that Togolese soldiers leave the disputed village.", "GHA", "TGO"},
		{"yesterday", "The African Union renewed its demand yesterday that Malian troops pull out of the border zone.", "AU", "MLI"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2026-05-14", truce.Request)
			if len(evs) != 1 {
				t.Fatalf("%d requests, want 1", len(evs))
			}
			if !hasActorPrefix(evs[0].Source, tt.source) || !hasActorPrefix(evs[0].Target, tt.target) {
				t.Errorf("sides %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
			if evs := eventsOf(t, tt.text, "2026-05-14", truce.Retreat); len(evs) != 0 {
				t.Errorf("the demanded pull-out coded as done: %+v", evs[0])
			}
		})
	}
}

// TestPrec49ConjoinedPlan checks that a second predicate joined by "and"
// to a stated intention ("said it would expel the envoys and would close
// the consulate", "said it was cutting ties and would recognise Beijing")
// is read as the first: a plan of the same speaker, not a guess dropped as
// hypothetical; and that "would not" after "and" is a refusal of its own
// while a negation in the first predicate does not reach a second one with
// its own modal. Sentences of our own.
func TestPrec49ConjoinedPlan(t *testing.T) {
	plans := []struct{ name, text, typ, mode, source string }{
		{"would and would", "Moscow said it would expel two Polish diplomats and would close the Polish consulate in Kaliningrad.", truce.Sanction, "withdraw", "RUSGOV"},
		{"object before and", "Ghana said it would free the detained Togolese traders and would reopen the border crossing with Togo.", truce.Retreat, "access", "GHAGOV"},
		{"progressive and would", "Armenia said it was withdrawing from the bloc and would recognise the court's jurisdiction.", truce.Support, "", "ARMGOV"},
	}
	for _, tt := range plans {
		t.Run(tt.name, func(t *testing.T) {
			var evs []truce.Event
			if tt.mode != "" {
				evs = eventsOf(t, tt.text, "2026-05-14", tt.typ, tt.mode)
			} else {
				evs = eventsOf(t, tt.text, "2026-05-14", tt.typ)
			}
			if len(evs) != 1 {
				t.Fatalf("%d %s events, want 1", len(evs), tt.typ)
			}
			if evs[0].Status != truce.StatusPlanned {
				t.Errorf("status %s, want planned", evs[0].Status)
			}
			if !hasActor(evs[0].Source, tt.source) {
				t.Errorf("source %+v, want %s", evs[0].Source, tt.source)
			}
		})
	}
	// A condition leaves the second act out.
	if evs := eventsOf(t, "Bolivia said it would expel the Chilean consul and would close the border if Santiago did not apologise.", "2026-05-14", truce.Sanction); len(evs) != 0 {
		t.Errorf("a conditional closure coded: %+v", evs)
	}
	// "would not" after "and" is a refusal made now, whatever the first
	// predicate's tense; a negation before "and would" stays with its own
	// predicate.
	refusals := []struct{ name, text, typ string }{
		{"refusal", "The state government said it had not joined the talks and would not negotiate with the gangs.", truce.Reject},
		{"fresh modal", "Hezbollah said it would not disarm and would keep attacking Israeli positions.", truce.Threaten},
	}
	for _, tt := range refusals {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2026-05-14", tt.typ)
			if len(evs) != 1 {
				t.Fatalf("%d %s events, want 1", len(evs), tt.typ)
			}
			if evs[0].Status != truce.StatusReported {
				t.Errorf("status %s, want reported", evs[0].Status)
			}
		})
	}
}
