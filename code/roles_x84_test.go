package code_test

import "testing"

// Two groups of one kind named on the two sides of "between" are both
// sides of the act, though they share a code: the second side is not
// dropped as the first's own.
func TestRolesX84BetweenSameKind(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Clashes between clan militias and local vigilantes near Beledweyne killed nine people on Sunday.", typ: "ASSAULT", target: true, want: "SOMMLT", not: "SOMCVL"},
		{text: "Fighting between Druze militias and tribal fighters raged in Sweida on Monday, killing 30 people.", typ: "ASSAULT", target: true, want: "SYRMLT", not: "SYRCVL"},
		{text: "Talks between Dinka and Nuer elders opened in Bor on Monday.", typ: "CONSULT", target: true, want: "SSDCVL"},
		{text: "Fighting between the army and rebels raged near Idlib on Monday.", typ: "ASSAULT", target: true, want: "SYRREB", not: "SYRMIL"},
	})
}
