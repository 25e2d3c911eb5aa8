package code_test

import "testing"

// TestRolesS58JuntaFights: a junta named as the doer of an attack is the
// army; in a political act it stays the government.
func TestRolesS58JuntaFights(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "Villagers in Chad said the junta had shelled their market near Abeche, killing four traders.",
			typ: "ASSAULT", want: "TCDMIL", not: "TCDGOV"},
		{text: "Guinea's junta fired on a crowd of students in Conakry on Friday, witnesses said.",
			typ: "ASSAULT", want: "GINMIL", not: "GINGOV"},
		{text: "An ethnic militia in Kayin state accused the junta of strafing its camps with helicopter gunships.",
			typ: "ASSAULT", want: "MMRMIL", not: "MMRGOV"},
		{text: "Myanmar's junta accused ASEAN of meddling in its affairs.",
			typ: "ACCUSE", want: "MMRGOV", not: "MMRMIL"},
	})
}

// TestRolesS58DefenceMinistryActs: a defence ministry that deploys troops,
// named or as the pronoun after it, is the army; when it accuses, and
// another ministry when it deploys, the government.
func TestRolesS58DefenceMinistryActs(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{text: "MANILA - The Philippine defence ministry said it had flown two more battalions to Jolo on Sunday.",
			typ: "MOBILIZE", want: "PHLMIL", not: "PHLGOV"},
		{text: "NAIROBI - Kenya's Defence Ministry sent 400 soldiers to the northern border on Friday.",
			typ: "MOBILIZE", want: "KENMIL", not: "KENGOV"},
		{text: "WARSAW - Poland's defence ministry accused Belarus of helping migrants cross the frontier.",
			typ: "ACCUSE", want: "POLGOV", not: "POLMIL"},
		{text: "ACCRA - Ghana's interior ministry said it had deployed police to the market.",
			typ: "MOBILIZE", want: "GHAGOV", not: "GHAMIL"},
	})
}
