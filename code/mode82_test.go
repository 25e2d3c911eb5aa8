package code_test

import "testing"

// mode82 recodes talks at a third place that a third party mediated,
// brokered or chaired (044) as mediation (045), and a bloc, treaty or
// partnership suspended or frozen (161) as relations reduced (16), a halt
// promised (087) as an intent to de-escalate (0356) and offensive
// operations suspended (087) as a truce (0871); talks only hosted,
// meetings brokered, ties or contacts suspended and a halt told as done
// keep their codes.
func TestMode82Codes(t *testing.T) {
	for _, c := range []struct{ name, text, typ, code string }{
		{"talks mediated", "Chile and Bolivia signed a water accord after talks in Lima mediated by the Peruvian president.", "CONSULT", "045"},
		{"talks brokered", "Peru and Ecuador agreed to reopen their border after talks in Quito brokered by the Brazilian foreign minister.", "CONSULT", "045"},
		{"meeting stays", "Chile and Bolivia signed a water accord after a meeting in Lima brokered by the Peruvian president.", "CONSULT", "044"},
		{"hosted stays", "Chile and Bolivia signed a water accord after talks in Lima hosted by the Peruvian president.", "CONSULT", "044"},
		{"suspended from bloc", "The regional bloc suspended Burkina Faso from all its bodies on Monday after the coup.", "SANCTION", "16"},
		{"participation frozen", "Belarus has frozen its participation in the regional security pact, its foreign ministry said.", "SANCTION", "16"},
		{"treaty suspended", "Morocco suspended a 1991 treaty of friendship with Tunisia on Tuesday.", "SANCTION", "16"},
		{"relations stay", "Panama suspended diplomatic relations with Nicaragua on Tuesday.", "SANCTION", "161"},
		{"halt promised", "Chile said it would halt its joint naval exercises with Peru next month.", "RETREAT", "0356"},
		{"operations suspended", "The Colombian army said it would suspend offensive operations against the guerrillas for a week.", "RETREAT", "0871"},
		{"halt done stays", "The rebels halted their attacks on river traffic on Monday.", "RETREAT", "087"},
		{"contacts stay", "Burundi suspended all contact with the Rwandan authorities on Monday.", "SANCTION", "161"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mode64AllCode(t, c.text, c.typ, c.code)
		})
	}
}
