package code_test

import "testing"

// TestRolesX91StaffNationality: a company's staff named by nationality
// are their state's people, not the company's host state or the
// nationality's government.
func TestRolesX91StaffNationality(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Chinese police detained a Canadian employee of a mining company in Shanghai on Monday.",
			typ: "COERCE", target: true, want: "CANBUS", not: "CANGOV"},
		{text: "Police in Lagos arrested a Ghanaian employee of a shipping firm.",
			typ: "COERCE", target: true, want: "GHABUS", not: "GHAGOV"},
	})
}

// TestRolesX91StaffOfEmployer: staff named with no nationality before
// "of" stand for the employer named there.
func TestRolesX91StaffOfEmployer(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Mali expelled three employees of the Swedish embassy in Bamako on Monday.",
			typ: "COERCE", target: true, want: "SWEGOV", not: "MLIBUS"},
	})
}
