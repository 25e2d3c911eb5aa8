package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLex52DateInsideForm checks that a day told inside a verb's form
// ("called Thursday on", "called Monday for", "refused on Tuesday to")
// leaves the form whole, as an adverb does. Sentences of our own.
func TestLex52DateInsideForm(t *testing.T) {
	tests := []struct{ name, text, typ, mode string }{
		{"bare weekday before on", "The foreign minister of Peru called Thursday on the guerrillas to lay down their weapons.", truce.Request, "yield"},
		{"bare weekday before for", "The Chadian opposition called Monday for talks with the government.", truce.Request, "meet"},
		{"late on a weekday", "The Malian junta called late on Friday on the jihadists to surrender.", truce.Request, "yield"},
		{"this week", "The Georgian government pulled this week out of the talks with Abkhaz separatists.", truce.Sanction, "withdraw"},
		{"on a weekday before to", "Nepal's government refused on Tuesday to meet the Maoist delegation.", truce.Reject, "meet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if evs := eventsOf(t, tt.text, "2026-05-14", tt.typ, tt.mode); len(evs) != 1 {
				t.Errorf("%d %s %s events, want 1", len(evs), tt.typ, tt.mode)
			}
		})
	}
	// A promise told with its day keeps the promised act planned.
	if evs := eventsOf(t, "Zambia pledged on Thursday to send troops to Mozambique.", "2026-05-14", truce.Mobilize); len(evs) != 1 || evs[0].Status != truce.StatusPlanned {
		t.Errorf("troops pledged on Thursday: %+v, want one planned deployment", evs)
	}
	// A day after a form's gap does not stretch the gap's reach: the
	// extradition keeps its own reading, with its sides.
	evs := eventsOf(t, "Honduras extradited a former police chief to the United States on Thursday to face drug charges.", "2026-05-14", truce.Cooperate)
	if len(evs) != 1 || len(evs[0].Source) == 0 {
		t.Errorf("extradition: %d events %+v, want 1 with a source", len(evs), evs)
	}
}

// TestLex52ForceInAnswer checks that force promised in answer, or an
// answer promised soon, is a threat. Sentences of our own.
func TestLex52ForceInAnswer(t *testing.T) {
	for _, text := range []string{
		"The Syrian army blamed the rebels for the bombing and said it would respond with full force.",
		"Nigeria's defence ministry said it will answer with all its might.",
		"Iran's foreign ministry condemned the sanctions and said it would respond soon.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2026-05-14", truce.Threaten); len(evs) != 1 {
				t.Errorf("%d threats, want 1", len(evs))
			}
		})
	}
}
