package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestGsr41DealDatedByItsVerb checks that a deal noun signed on a recent
// day is news though a year stands in the infinitive of its purpose: the
// year dates what the deal is about, as after "agreed on Monday to …".
// Sentences of our own.
func TestGsr41DealDatedByItsVerb(t *testing.T) {
	for _, text := range []string{
		"Chile and Peru signed an accord on Tuesday to settle debts run up in 2019.",
		"Kenya and Uganda signed an agreement on Monday to resume oil shipments halted in 2021.",
		"Ghana and Togo signed a pact today to cut tariffs in 2020 by half.",
		"Laos and Vietnam signed a deal today to raise rice exports in 2019 by ten percent.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Agree); len(evs) != 1 {
				t.Errorf("%d agreements, want 1", len(evs))
			}
		})
	}
	// A deal signed in an old year stays history.
	if evs := eventsOf(t, "Chile and Peru signed an accord in 2019 to settle their debts.", "2024-05-02", truce.Agree); len(evs) != 0 {
		t.Errorf("an accord signed in 2019: %d agreements, want none", len(evs))
	}
}

// TestGsr41ConditionVerbTaggedNoun checks that the verb of a condition the
// tagger reads as a plural noun ("unless the president resigns") codes no
// act: the condition has not happened; the clause that waits on it is the
// news. Sentences of our own.
func TestGsr41ConditionVerbTaggedNoun(t *testing.T) {
	text := "The main opposition party has said it will boycott Tunisia's elections unless the president resigns."
	if evs := eventsOf(t, text, "2024-05-02", truce.Concede); len(evs) != 0 {
		t.Errorf("the resignation a boycott waits on: %d concessions, want none", len(evs))
	}
	if evs := eventsOf(t, text, "2024-05-02", truce.Threaten); len(evs) != 1 {
		t.Errorf("%d threats, want the boycott", len(evs))
	}
	// A resignation told as done stays.
	if evs := eventsOf(t, "The prime minister of Peru resigns after weeks of protests.", "2024-05-02", truce.Concede); len(evs) != 1 {
		t.Errorf("a resignation told as news: %d concessions, want 1", len(evs))
	}
}

// TestGsr41ParticipleAfterCoordinatedObject checks that a participle's date
// after a coordinated object ("rifles and ammunition seized last year")
// dates the seizing, not the return, which is news. Sentences of our own.
func TestGsr41ParticipleAfterCoordinatedObject(t *testing.T) {
	for _, text := range []string{
		"The militia announced it will return rifles and ammunition seized last year from police officers.",
		"The rebels handed back cars and phones seized in 2022 to the Red Cross.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Retreat); len(evs) != 1 {
				t.Errorf("%d returns, want 1", len(evs))
			}
		})
	}
	// The return itself dated to an old year is still history.
	if evs := eventsOf(t, "In 2019 the rebels returned rifles and ammunition seized from police officers.", "2024-05-02", truce.Retreat); len(evs) != 0 {
		t.Errorf("a return in 2019: %d returns, want none", len(evs))
	}
}

// TestRolesX93SectorWordBeforeGoods checks that "military" qualifying
// goods ("military equipment") is no actor: the party the goods were
// taken from is the target of their return. Sentences of our own.
func TestRolesX93SectorWordBeforeGoods(t *testing.T) {
	evs := eventsOf(t, "The militia said it will return weapons and military equipment seized from Kenyan soldiers.", "2024-05-02", truce.Retreat)
	if len(evs) != 1 {
		t.Fatalf("%d returns, want 1", len(evs))
	}
	for _, a := range evs[0].Target {
		if a.Text == "military" {
			t.Errorf("target %q from the goods' modifier", a.Text)
		}
	}
	if len(evs[0].Target) == 0 || evs[0].Target[0].Country != "KEN" {
		t.Errorf("target %+v, want the Kenyan soldiers", evs[0].Target)
	}
}
