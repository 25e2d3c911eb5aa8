package code_test

import "testing"

// TestRolesS57NamedMinisterHome: a cabinet title before a name, with no
// country of its own, is the dateline state's minister, not the state of
// a place or a modifier later in the sentence.
func TestRolesS57NamedMinisterHome(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "QUITO, June 2 - Defence Minister Gian Carlo Loffredo condemned the raid on the embassy in Mexico City.",
			typ: "ACCUSE", want: "ECUGOV", not: "MEXGOV"},
		{text: "CARACAS, June 2 - Foreign Minister Yvan Gil denounced the sanctions announced in Washington.",
			typ: "ACCUSE", want: "VENGOV", not: "USAGOV"},
		{text: "MANILA, June 2 - Foreign Secretary Enrique Manalo condemned the seizure of a fishing boat by Chinese coast guard ships.",
			typ: "ACCUSE", want: "PHLGOV", not: "CHNMIL"},
	})
}
