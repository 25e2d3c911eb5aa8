package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell45PromiseAhead checks that an agreement told by "promised to"
// or "promised that" is planned, while a promise of a thing, a pledge
// and a plain agreement stay reported.
func TestTell45PromiseAhead(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"promised to and a verb",
			"The two governors promised to reopen the Kisumu market road before the rains.",
			"promised", truce.Agree, truce.StatusPlanned, ""},
		{"promised that a clause",
			"Ruto promised that Kenya would cover the funeral costs of the miners.",
			"promised", truce.Agree, truce.StatusPlanned, ""},
		{"a pledge to act stays reported",
			"Ghana and Togo pledged to reopen the Aflao border crossing.",
			"pledged", truce.Agree, truce.StatusReported, ""},
		{"a promise of a thing stays reported",
			"Tokyo promised 40 million dollars to the Philippine coast guard.",
			"promised", truce.Agree, truce.StatusReported, ""},
		{"a plain agreement stays reported",
			"Ghana and Togo agreed to share intelligence on the northern border.",
			"agreed", truce.Agree, truce.StatusReported, ""},
	})
}

// TestTell45FormationSpokesman checks that a defence, division or
// coalition spokesman tells for the army, while a bare spokesman, a
// corps spokesman and the ruling coalition's speak for the government.
func TestTell45FormationSpokesman(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a defence spokesman",
			"Nigerian jets bombed a bandit camp near Gusau on Monday, killing 14 gunmen, a defence spokesman said.",
			"bombed", truce.Assault, "", "NGAMIL"},
		{"a division spokeswoman",
			"Kenyan troops raided an al-Shabaab hideout near Lamu on Friday, a division spokeswoman said.",
			"raided", truce.Assault, "", "KENMIL"},
		{"a coalition spokesman",
			"Saudi warplanes struck a Houthi depot outside Saada overnight, a coalition spokesman said.",
			"struck", truce.Assault, "", "SAUMIL"},
		{"a bare spokesman stays the government's",
			"Nigerian jets bombed a bandit camp near Gusau on Monday, killing 14 gunmen, a spokesman said.",
			"bombed", truce.Assault, "", "NGAGOV"},
		{"a corps spokesman stays the government's",
			"Nigerian jets bombed a bandit camp near Gusau on Monday, killing 14 gunmen, a corps spokesman said.",
			"bombed", truce.Assault, "", "NGAGOV"},
	})
}
