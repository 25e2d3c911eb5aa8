package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// The country of actors a text names only by their sector ("the army",
// "police", "the military"), weighed as a careful reader weighs it: the
// country the story is about, not a passing mention of another state. A
// dateline tells where the reporter files from; a demonym standing for
// one captive ("one of them a Congolese") names a person, not the state
// that acts; a neighbour named across a border is not where the story
// is; soldiers who seize power seize it at home. Each case failed before
// its rule.
func TestCountry17(t *testing.T) {
	wantActorSides(t, []actorCase{
		{"a captive's nationality is not the captor's",
			"Gunmen shot dead a tax collector in Gulu on Monday. The police said they had arrested four men, one of them a Congolese.",
			truce.Coerce, "UGACOP", "", "CODCOP", ""},
		{"nationals among the captured",
			"Insurgents overran a base near Monguno in Borno state on Sunday. The army said it had captured 12 fighters, among them two Chadians.",
			truce.Coerce, "NGAMIL", "", "TCDMIL", ""},
		{"a dateline is where the reporter files from",
			"KAMPALA, Jan 5 — Fighting spread to Bunia on Friday. The army imposed a curfew on the town.",
			truce.Coerce, "CODMIL", "", "UGAMIL", ""},
		{"soldiers who seize power detain their own president",
			"DAKAR, Sept 6 — ECOWAS suspended Guinea on Monday, a day after soldiers seized power and detained President Alpha Condé.",
			truce.Coerce, "GINMIL", "", "SENMIL", ""},
		{"a bloc in another capital calls on the military",
			"DAKAR, Sept 6 — ECOWAS suspended Guinea on Monday, a day after soldiers seized power. The bloc called on the military to return to barracks.",
			truce.Request, "", "GINMIL", "", "SENMIL"},
		{"a neighbour named as a border is not the army's",
			"Bandits attacked a village in northern Togo near the border with Burkina Faso on Monday, killing seven people. The army said it had killed several attackers.",
			truce.Assault, "TGOMIL", "", "BFAMIL", ""},
		{"neighbours listed after borders with",
			"Jihadists overran two posts in northern Benin near the borders with Niger and Burkina Faso on Friday, killing 20 soldiers. A government spokesman said the army had killed several attackers.",
			truce.Assault, "BENMIL", "", "NERMIL", ""},
	})
}
