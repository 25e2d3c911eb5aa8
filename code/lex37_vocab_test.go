package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLex37SignedTitle: a pact signed under a capitalised title of its own
// is an agreement; a body's name that ends in "Accord" stays a name.
func TestLex37SignedTitle(t *testing.T) {
	wantEvent(t, "Kenya and Ethiopia signed a Joint Border Security Agreement in Nairobi on Tuesday.",
		truce.Agree, "", "KEN", "ETH")
	wantNone(t, truce.Agree, "Troops loyal to the Government of National Accord entered the town.")
}

// TestLex37SinceAdverb: "have since" between a subject and its verb keeps
// the subject the verb's own, and a toll verb after "has since" still
// folds into the fighting it follows.
func TestLex37SinceAdverb(t *testing.T) {
	wantEvent(t, "Kenyan police have since sent a team of 30 personnel to the village.",
		truce.Mobilize, "", "KENCOP", "")
	wantTypeCount(t, "since-fold", "Fighting between rival militias has since killed 14 more people, elders said.",
		"2024-03-01", truce.Assault, 1)
}

// TestLex37Vocabulary: rows added for acts the lexicon had no words for.
func TestLex37Vocabulary(t *testing.T) {
	tests := []struct{ name, text, typ, mode, src, tgt string }{
		{"curfew-passive", "A curfew was imposed on the northern districts on Friday, the police said.",
			truce.Coerce, "curfew", "", ""},
		{"vigil", "Hundreds of students held a candlelit vigil in central Belgrade on Sunday.",
			truce.Protest, "demo", "SRB", "SRBGOV"},
		{"intelligence", "Kenyan and Somali officers began sharing intelligence on the militants last month.",
			truce.Cooperate, "", "KEN", ""},
		{"named-exercise", "Indian and French troops opened the Shakti exercise at a base in Rajasthan.",
			truce.Cooperate, "", "IND", "FRA"},
		{"named-exercise-alone", "China began the annual Strait Thunder exercise near Taiwan.",
			truce.Mobilize, "troops", "CHN", ""},
		{"dated-pact-suspended", "Seoul suspended a 2018 inter-Korean defence accord in full.",
			truce.Sanction, "withdraw", "KOR", ""},
		{"consulate", "Turkey opened a consulate in Mosul on Wednesday.",
			truce.Support, "", "TUR", "IRQ"},
		{"no-extradition", "Serbia will not extradite the two men to Croatia, the minister said.",
			truce.Reject, "", "SRB", ""},
		{"reinforced-posts", "Kenya's border police reinforced their posts along the frontier with extra officers.",
			truce.Mobilize, "", "KEN", ""},
		{"brought-home", "Kazakhstan brought home 40 of its citizens from camps in Syria on Monday.",
			truce.Aid, "", "KAZ", ""},
		{"in-breach", "NATO said Moscow was in breach of the arms treaty.",
			truce.Accuse, "allege", "NATO", "RUS"},
		{"tariff-reprisal", "Canada will respond with tariffs of its own if Washington raises duties on steel.",
			truce.Threaten, "restrict", "CAN", "USA"},
		{"border-markers", "Azerbaijani troops moved the border markers 500 metres deeper into Armenian farmland.",
			truce.Coerce, "seize", "AZE", "ARM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEvent(t, tt.text, tt.typ, tt.mode, tt.src, tt.tgt)
		})
	}
	// The bare noun after an article stays out; a lone verb of opening
	// with no named exercise is no drill.
	wantNoTypeMode(t, "Residents said the curfew had ruined their trade.", "2024-03-01", truce.Coerce, "curfew")
	wantNone(t, truce.Cooperate, "The two ministers opened the new bridge over the river on Friday.")
	// A vigil held to mourn the dead is grief, not a protest.
	wantNone(t, truce.Protest, "Families held a candlelit vigil in Lagos on Sunday for the victims of the ferry sinking.")
}

// TestLex37ArmedGroupLeaves: an armed group that leaves a country or a
// town pulls out as troops do; fighters fleeing a raid, what militants
// leave behind and raiders leaving the scene do not.
func TestLex37ArmedGroupLeaves(t *testing.T) {
	wantEvent(t, "The Wagner Group said it was leaving the Central African Republic.",
		truce.Retreat, "withdraw", "WAGNER", "")
	wantEvent(t, "M23 rebels left the town of Walikale on Sunday.", truce.Retreat, "withdraw", "M23", "")
	wantNone(t, truce.Retreat,
		"Rebel fighters fled into the forest after they raided the village.",
		"Al-Shabaab militants left two bodies on the road outside the town.",
		"The gunmen left the village before dawn, residents said.")
}

// TestLex37CountedCrowd: a nation's people counted in dozens or thousands
// gathered outside a building are a crowd; two of them are not.
func TestLex37CountedCrowd(t *testing.T) {
	wantEvent(t, "Thousands of Serbians gathered outside the parliament in Belgrade.",
		truce.Protest, "demo", "SRBPRO", "")
	wantNone(t, truce.Protest, "Two Kuwaitis gathered outside the palace.")
}
