package code_test

import "testing"

// TestRolesX90PersonOwnedGroup: in "members of X's <named group>" the
// named group is the side, not the person who owns it.
func TestRolesX90PersonOwnedGroup(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Imran Khan, the former prime minister, addressed a crowd in Lahore. Officers in Rawalpindi detained dozens of workers of Khan's Pakistan Tehreek-e-Insaf on Friday.",
			typ: "COERCE", target: true, want: "PTI", not: "PAKLAB"},
		{text: "Former prime minister Imran Khan spoke in Peshawar on Monday. Police in Karachi rounded up 60 members of Khan's Pakistan Tehreek-e-Insaf party on Tuesday.",
			typ: "COERCE", target: true, want: "PTI", not: "PAKGOV"},
		{text: "Opposition leader Raila Odinga toured the west on Friday. Police in Kenya tear-gassed members of Odinga's Orange Democratic Movement in Kisumu on Monday.",
			typ: "ASSAULT", target: true, want: "KENOPP"},
	})
}
