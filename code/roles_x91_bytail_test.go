package code_test

import "testing"

// TestRolesX91ByPastWeapon: a passive verb whose "by" names a weapon takes
// its agent from the "by" after the weapon's participle.
func TestRolesX91ByPastWeapon(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "In Chile, a student died after being hit by a tear gas grenade fired by police.",
			typ: "ASSAULT", want: "CHLCOP"},
		{text: "A shepherd in Mali was wounded by a rocket fired by jihadists near Gao.",
			typ: "ASSAULT", want: "MLIREB"},
		{text: "In Kenya, a trader was struck by stones thrown by a mob in Nakuru on Friday.",
			typ: "ASSAULT", want: "KENCVL"},
	})
}

// TestRolesX91ByPastTail: a passive verb keeps its "by" agent past a
// result, a place it was taken from or into, and a phrase of time.
func TestRolesX91ByPastTail(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "In Peru, a mayor was burned to death in his office by protesters.",
			typ: "PROTEST", want: "PERPRO", not: "PERGOV"},
		{text: "In Mali, three traders were kidnapped from a bus two weeks ago by jihadists.",
			typ: "ASSAULT", want: "MLIREB"},
		{text: "In Kenya, a girl was abducted from her school two days earlier by armed men.",
			typ: "ASSAULT", want: "KENREB"},
	})
}
