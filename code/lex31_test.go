package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex31UnitSent checks armed forces sent, flown or dispatched as a
// named unit (a platoon, a battalion, commandos, a team of personnel)
// rather than as "troops": a deployment. Each text is in our own words.
func TestLex31UnitSent(t *testing.T) {
	wantEvents(t, truce.Mobilize, "troops", []sidesCase{
		{"sent a platoon", "Zambia's army said it had sent a platoon to the border crossing at Kasumbalesa.", "ZMBMIL", ""},
		{"airlifted commandos", "The Malawian army airlifted a company of commandos into the Liwonde park on Tuesday.", "MWIMIL", ""},
		{"dispatched a battalion", "Ghana's armed forces dispatched a battalion to the northern town of Bawku.", "GHAMIL", ""},
		{"sent personnel", "Botswana's army has sent a joint team of 60 personnel to the village.", "BWAMIL", ""},
	})
}

// TestLex31Overrun checks the participle "overrun" after "had" or "have":
// ground taken by force, as "overran".
func TestLex31Overrun(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"had overrun", "Kachin rebels said they had overrun the town of Waingmaw on Friday.", truce.Assault, "MMRREB"},
		{"have overrun", "Al-Shabaab fighters have overrun an army base near Bulo Burde.", truce.Assault, "ALSHABAAB"},
	})
}

// TestLex31OverrunPassive checks the passive "was overrun by": the agent
// takes the ground; a cost overrun with no armed actor codes nothing.
func TestLex31OverrunPassive(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"was overrun by", "The army post at Kolofata was overrun by Boko Haram fighters on Sunday.", truce.Assault, "BOKOHARAM"},
	})
	for _, ev := range mustExtract(t, "The budget overrun at the new dam was blamed on the contractor.", "2024-03-01").Events {
		t.Errorf("cost overrun: got %s %s -> %s", ev.Type, probeIDs(ev.Source), probeIDs(ev.Target))
	}
}

// TestLex31UnitSentByCiviliansIsNoDeployment checks that words naming a
// body of men only in the hands of armed forces ("companies", "units",
// "personnel") deploy nothing when a civil body sends them.
func TestLex31UnitSentByCiviliansIsNoDeployment(t *testing.T) {
	for _, text := range []string{
		"Kenya's trade ministry sent two companies to the trade fair in Accra.",
		"The Zambian health ministry sent medical personnel to the flooded district.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Mobilize {
					t.Errorf("got a MOBILIZE %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}
