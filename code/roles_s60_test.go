package code_test

import "testing"

// TestRolesS60ClashDoer: the dead of a fight told "in clashes with X" were
// killed by X when the killing names no doer of its own; a side named by
// its sector alone is of the country the killing took place in. The
// victims' own side fighting them is not made the doer.
func TestRolesS60ClashDoer(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "At least nine miners have been killed in clashes with police in southern Peru since Friday.",
			typ: "ASSAULT", want: "PERCOP"},
		{text: "MOSUL, Iraq - Seven demonstrators were killed in clashes with security forces on Sunday.",
			typ: "ASSAULT", want: "IRQCOP"},
		{text: "Six demonstrators were killed in clashes with Kenyan police in Nairobi.",
			typ: "ASSAULT", want: "KENCOP"},
		{text: "Two protesters were killed in clashes with other protesters in Lima.",
			typ: "ASSAULT", not: "PERPRO"},
	})
}
