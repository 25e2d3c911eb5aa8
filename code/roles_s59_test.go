package code_test

import "testing"

// TestRolesS59TellerBeforeFrom: the teller of a reported clause is not the
// doer when the clause's subject is a noun with a "from" phrase ("troops
// from an army battalion"); troops at the teller's own base stay its own,
// and "it" after the speech verb is the teller again.
func TestRolesS59TellerBeforeFrom(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Shan rebels said on Monday that troops from an army battalion had burned a monastery in Myanmar's Shan state.",
			typ: "ASSAULT", want: "MMRMIL", not: "MMRREB"},
		{text: "Nigerian officials said that fighters from a Boko Haram faction had abducted 30 villagers in Borno state.",
			typ: "ASSAULT", want: "BOKOHARAM", not: "NGAGOV"},
		{text: "A Somali rights group said on Friday that gunmen from a local clan militia had killed four traders near Baidoa in Somalia.",
			typ: "ASSAULT", want: "SOMMLT", not: "SOMNGO"},
		{text: "Ethiopia's government said on Sunday it would send troops from its northern command to the border with Eritrea.",
			typ: "MOBILIZE", want: "ETHGOV", not: "ERI"},
	})
}
