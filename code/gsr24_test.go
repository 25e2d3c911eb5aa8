package code_test

// gsr24: reading bugs found on PLOVER's gold-standard records, each
// checked on sentences written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// A verb of mounting or unleashing lends its subject to the attack noun it
// takes, as "launched" does, even with a possessive before the noun; and
// it wages a campaign rather than naming one.
func TestGSR24MountedAct(t *testing.T) {
	tests := []typedCase{
		{"incursion", "Turkey today mounted its incursion into northern Syria.", truce.Assault, "TUR"},
		{"invasion", "Ethiopia on Friday mounted its long-threatened invasion of Somalia.", truce.Assault, "ETH"},
		{"expulsion", "Kenya initiated the expulsion of two Somali diplomats on Monday.", truce.Sanction, "KEN"},
		{"unleashed", "Rwanda unleashed its assault on the border town of Goma on Sunday.", truce.Assault, "RWA"},
	}
	wantTypedEvents(t, tests)
	wantEvent(t, "The Sudanese army mounted an offensive against the RSF in Omdurman on Sunday.", truce.Assault, "", "SDN", "")
}

// A noun act governed by the verb of a condition another clause waits on
// has not happened: "unless the government signs a ceasefire". The tagger
// may take the verb for a plural noun ("signs").
func TestGSR24ConditionObject(t *testing.T) {
	wantNone(t, truce.Agree,
		"Kenya said it will pull its troops out of Somalia unless the government signs a ceasefire with the rebels.",
		"Uganda will withdraw its contingent unless Mogadishu signs a peace accord with the clans.",
	)
	// The clause that waits is still told (a withdrawal held over the
	// other side on "unless" is a threat, gsr33), and a ceasefire signed
	// is one.
	wantEvent(t, "Uganda will withdraw its contingent unless Mogadishu signs a peace accord with the clans.", truce.Threaten, "", "UGA", "")
	wantEvent(t, "Mogadishu signed a peace accord with the clans on Monday.", truce.Agree, "", "SOM", "")
}

// "failed to reach agreement", "have yet to hold talks": a bare noun after
// a verb of bringing about is negated as it is with a determiner.
func TestGSR24FellShortBare(t *testing.T) {
	for _, tt := range []struct{ text, typ string }{
		{"Serbia and Kosovo failed to reach agreement on Sunday.", truce.Agree},
		{"Armenia and Azerbaijan have yet to hold talks on the border.", truce.Consult},
		{"Chad and Niger failed to reach an agreement on the border on Tuesday.", truce.Agree},
	} {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-03-01", tt.typ)
			if len(evs) == 0 {
				t.Fatalf("no %s event", tt.typ)
			}
			for _, ev := range evs {
				if ev.Status != truce.StatusNegated {
					t.Errorf("status %s, want negated", ev.Status)
				}
			}
		})
	}
}

// The synonyms of "reinforce" add forces too (CAMEO 154); a fight or a
// market presence "strengthened" is no deployment.
func TestGSR24ForcesStrengthened(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"strengthened", "Israel has strengthened its forces in the Golan Heights.", truce.Mobilize, "ISR"},
		{"bolstered", "Russia bolstered its ground forces along the border with Finland.", truce.Mobilize, "RUS"},
		{"boosted", "China boosted its naval presence near the Paracel Islands on Monday.", truce.Mobilize, "CHN"},
	})
	wantNone(t, truce.Mobilize,
		"The company boosted its market presence in Asia.",
		"Two rival factions announced a merger, saying it would strengthen their fight against Kurdish forces.",
	)
}

// "rebels fighting to topple the government": a verb of fighting right
// after a noun, with an infinitive of purpose, says who the force is and
// tells no clash; a clause's own verb of fighting still does.
func TestGSR24FightingToDescribes(t *testing.T) {
	wantNone(t, truce.Assault,
		"Chad sent troops to help Mali against rebels fighting to topple the government.",
		"France backs the army of Niger against militants fighting to seize the capital.",
	)
	wantEvent(t, "Chad sent troops to help Mali against rebels fighting to topple the government.", truce.Mobilize, "", "TCD", "")
	wantEvent(t, "Government troops fought rebels to retake the town of Goma on Monday.", truce.Assault, "", "COD", "")
}
