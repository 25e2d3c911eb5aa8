package code_test

// A promise to answer another's act with steps of one's own is a threat
// (THREATEN, CAMEO 13), whatever verb of answering carries it and however
// "countermeasures" is spelt; an answer that is no such step is no threat.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestLex45AnswerInKind(t *testing.T) {
	for text, src := range map[string]string{
		"The Indian government said it would reply with steps of its own after the ban.": "INDGOV",
		"Oslo vowed to hit back in kind if the duties went ahead.":                       "NORGOV",
		"Ankara pledged last week to reply in kind.":                                     "TURGOV",
		"Beijing said it would take counter-measures to defend its firms.":               "CHNGOV",
		"Hanoi said it would retaliate with reciprocal measures against the new levies.": "VNMGOV",
	} {
		t.Run(text[:25], func(t *testing.T) {
			evs := mustExtract(t, text, "2024-06-01").Events
			if !hasEvent(evs, truce.Threaten, src, "") {
				t.Errorf("want a THREATEN from %s in %q, got %+v", src, text, evs)
			}
		})
	}
}

func TestLex45AnswerNoThreat(t *testing.T) {
	wantNone(t, truce.Threaten,
		"The company said it would respond with a statement later in the day.",
		"The minister said she would reply to the letter in writing.")
}
