package code_test

import "testing"

// TestRolesX97ParticipleObject: the object pronoun of a ", V-ing PRON"
// clause stands for the main verb's object, not for the court or body
// named after it in a prepositional phrase.
func TestRolesX97ParticipleObject(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Ethiopia has taken Eritrea to the African Union, accusing it of arming rebels in Tigray.",
			typ: "ACCUSE", target: true, want: "ERIGOV", not: "AU"},
		{text: "Guyana brought Venezuela before the World Court, accusing it of violating the border treaty.",
			typ: "ACCUSE", target: true, want: "VENGOV", not: "ICJ"},
		{text: "Algeria hauled France before the Security Council, accusing it of interfering in its affairs.",
			typ: "ACCUSE", target: true, want: "FRAGOV", not: "UNSC"},
	})
}

// TestRolesX97ParticipleOwnObject: a main-clause object that is the
// source's own ("its envoy") leaves the pronoun to the actor named
// after it; a plural pronoun keeps the plural object.
func TestRolesX97ParticipleOwnObject(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Chad recalled its envoy from Sudan on Monday, accusing it of arming rebels.",
			typ: "ACCUSE", target: true, want: "SDNGOV", not: "TCDGOV"},
		{text: "Kenya expelled two Chinese diplomats who had flown in from Uganda, accusing them of espionage.",
			typ: "ACCUSE", target: true, want: "CHNGOV", not: "UGAGOV"},
	})
}
