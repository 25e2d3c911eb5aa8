package code_test

// gsr21: rules drawn from PLOVER's gold-standard records, each checked on
// sentences written for the test: an intent that takes the target of the
// act it promises and comes first, a demand laid on two joined parties,
// investigations opened "against" someone or with a plural noun, and the
// verb "pressure" as a demand.

import (
	"testing"

	"github.com/truce-project/truce"
)

// An intent ("is ready to", "agreed to", "offered to") is made to whoever
// the promised act touches; with that target it is the sentence's first
// event, before the act it promises.
func TestGSR21IntentTakesTarget(t *testing.T) {
	for text, want := range map[string][2]string{
		"Armenia says it is ready to pull its soldiers out of the disputed border villages near Azerbaijan.": {"ARMGOV", "AZEMIL"},
		"Peru has agreed to withdraw its ambassador from Bolivia.":                                           {"PERGOV", "BOL"},
		"Ghana has offered to hand over to Togo three of its citizens wanted for fraud.":                     {"GHAGOV", "TGO"},
	} {
		t.Run(text[:30], func(t *testing.T) {
			evs := mustExtract(t, text, "2024-03-01").Events
			if len(evs) == 0 || evs[0].Type != truce.Agree || !hasEvent(evs[:1], truce.Agree, want[0], want[1]) {
				t.Errorf("want a first AGREE %s -> %s in %q, got %+v", want[0], want[1], text, evs)
			}
		})
	}
}

// An intent whose act names no one else keeps no target: not the maker
// itself, and not a place the act happens in.
func TestGSR21IntentNoTargetMadeUp(t *testing.T) {
	for _, text := range []string{
		"Kenya said it was willing to help.",
		"Uganda agreed to hold new elections in Kampala next year.",
	} {
		t.Run(text[:20], func(t *testing.T) {
			for _, ev := range eventsOf(t, text, "2024-03-01", truce.Agree) {
				if len(ev.Target) > 0 {
					t.Errorf("want no target, got %s", probeIDs(ev.Target))
				}
			}
		})
	}
}

// An obligation a speaker lays on two parties joined by "and" is a demand
// on both, however far the first stands from "must".
func TestGSR21ObligationOnTwo(t *testing.T) {
	for text, want := range map[string][3]string{
		"The Kenyan foreign minister said the Somali government and the clan militias in Kismayo must stop the fighting.":                      {"KENGOV", "SOMGOV", "SOMMLT"},
		"Nigeria's president announced that the Chadian government and its northern rebel allies must agree to talks before the rainy season.": {"NGAGOV", "TCDGOV", "TCDREB"},
	} {
		t.Run(text[:30], func(t *testing.T) {
			evs := eventsOf(t, text, "2024-03-01", truce.Request)
			if !hasEvent(evs, truce.Request, want[0], want[1]) || !hasEvent(evs, truce.Request, want[0], want[2]) {
				t.Errorf("want a REQUEST %s -> %s, %s in %q, got %+v", want[0], want[1], want[2], text, evs)
			}
		})
	}
}

// Investigations opened against someone, told with a plural noun or
// "proceedings", and a subject put under investigation, code CAMEO 092.
func TestGSR21InvestigationsOpened(t *testing.T) {
	for text, want := range map[string][2]string{
		"A Kenyan prosecutor opened corruption investigations against three Ugandan army officers.":   {"KENJUD", "UGAMIL"},
		"Prosecutors in Lima launched criminal proceedings against two Bolivian diplomats on Monday.": {"", "BOLGOV"},
		"Two Kenyan officers were placed under criminal investigation in Uganda on Monday.":           {"", "KENMIL"},
	} {
		t.Run(text[:30], func(t *testing.T) {
			evs := mustExtract(t, text, "2024-03-01").Events
			ok := false
			for _, ev := range evs {
				if ev.CAMEO == "092" && hasEvent([]truce.Event{ev}, truce.Accuse, want[0], want[1]) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("want an investigation %s -> %s in %q, got %+v", want[0], want[1], text, evs)
			}
		})
	}
}

// Pressuring another to act is a demand on it, and what it is pressed to
// do is not coded as done.
func TestGSR21PressureDemands(t *testing.T) {
	for text, want := range map[string][2]string{
		"Kenya has been pressuring Uganda to release the fishermen.": {"KENGOV", "UGAGOV"},
		"Washington pressured Pakistan to hand over the suspects.":   {"USAGOV", "PAKGOV"},
		"Britain is pushing hard for France to reopen the tunnel.":   {"GBRGOV", "FRAGOV"},
	} {
		t.Run(text[:30], func(t *testing.T) {
			evs := mustExtract(t, text, "2024-03-01").Events
			if !hasEvent(evs, truce.Request, want[0], want[1]) {
				t.Errorf("want a REQUEST %s -> %s in %q, got %+v", want[0], want[1], text, evs)
			}
			if hasEvent(evs, truce.Retreat, "", "") || hasEvent(evs, truce.Cooperate, "", "") {
				t.Errorf("the act pressed for is coded as done in %q: %+v", text, evs)
			}
		})
	}
}

// "pressured" of things, and the noun "pressure" whose doer follows
// "from", are no demand by the subject.
func TestGSR21PressureNotDemand(t *testing.T) {
	wantNone(t, truce.Request,
		"Rising prices have pressured markets in Kenya.",
		"The rebels, under pressure from Beijing to halt their offensive, withdrew from the town.")
}

// "is committed to" is an intent its subject makes, not a passive: the
// subject is the source; "were committed by" stays a passive.
func TestGSR21CommittedIsIntent(t *testing.T) {
	for text, want := range map[string][2]string{
		"Kenya is committed to reopening the border with Uganda.":     {"KENGOV", "UGAGOV"},
		"Chile says it is fully committed to the talks with Bolivia.": {"CHLGOV", "BOLGOV"},
	} {
		t.Run(text[:20], func(t *testing.T) {
			evs := eventsOf(t, text, "2024-03-01", truce.Agree)
			if !hasEvent(evs, truce.Agree, want[0], want[1]) {
				t.Errorf("want an AGREE %s -> %s in %q, got %+v", want[0], want[1], text, evs)
			}
		})
	}
	wantNone(t, truce.Agree, "The crimes were committed by soldiers in Kenya.")
}
