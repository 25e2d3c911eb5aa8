package code_test

import "testing"

// A bare "bomber" who blows himself up, or who follows a suicide bomber
// the story told of, is the country's rebels' man; bombers that are
// aircraft stay their air force's.
func TestRolesS54HumanBomber(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "A bomber blew himself up outside a bank in Maiduguri on Monday, killing four customers.", typ: "ASSAULT", want: "NGAREB"},
		{text: "Two suicide bombers hit a bus station in Kabul on Friday. Later a third bomber struck a school in Kabul, killing six pupils.", typ: "ASSAULT", want: "AFGREB"},
		{text: "A teenage bomber blew herself up at a checkpoint near Mosul, wounding three guards.", typ: "ASSAULT", want: "IRQREB"},
		{text: "Russian bombers struck a power plant near Kharkiv overnight.", typ: "ASSAULT", want: "RUSMIL", not: "RUSREB"},
	})
}
