package code_test

import "testing"

// TestRolesX99AttackersBefore: "the attackers" as a clause's subject are
// the non-state doers of the attack told just before, a gang, a party's
// crowd or a militia; one shot at is left to the target's reading.
func TestRolesX99AttackersBefore(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "CAP-HAITIEN, May 3 - Members of the Viv Ansanm gang coalition raided the port town of Limonade on Tuesday, police said. Witnesses said the attackers set fire to a church and a school.",
			typ: "ASSAULT", want: "VIVANSANM", not: "HTICRM"},
		{text: "DHAKA, May 3 - Supporters of the Bangladesh Nationalist Party attacked a march by students in Khulna on Tuesday, police said. The assailants threw stones at the marchers and torched two buses.",
			typ: "ASSAULT", want: "BGDOPP", not: "BGDREB"},
		{text: "JUBA, May 3 - Murle fighters raided cattle camps near Pibor on Tuesday, killing 12 herders, officials said. Officials said the attackers also abducted several children.",
			typ: "ASSAULT", want: "SSDMLT", not: "SSDREB"},
	})
	// A state force's attack is not what "the attackers" point back to.
	rolesX80Check(t, []rolesX80Case{
		{text: "KABUL, May 3 - Soldiers raided a village in Kunduz on Friday, officials said. Hours later the attackers were ambushed by Taliban fighters.",
			typ: "ASSAULT", want: "", not: "AFGREB"},
	})
}
