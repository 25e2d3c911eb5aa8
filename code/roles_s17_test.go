package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did it in constructions the blind wire files of round 17 showed
// failing: a weapon told as the instrument of a verb on a victim, a
// counted group opening a sentence after adverbs.
func TestSourceRound17(t *testing.T) {
	runSideCases(t, "2022-05-08", []sideCase{
		// "X wounded Y with a drone": whoever used the weapon is the
		// verb's subject, and the verb's object its victim.
		{"a weapon after the victim of a verb",
			"Insurgents wounded three soldiers with a drone near the town of Menaka on Monday.",
			truce.Assault, "MLIREB", "MLIMIL"},
		{"a bomb after the victim of a verb",
			"Separatists injured four policemen with a roadside bomb outside Quetta on Sunday.",
			truce.Assault, "PAKREB", "PAKCOP"},
		{"a weapon behind a participle after the victim",
			"Militants wounded two policemen with grenades dropped from a drone at a checkpoint near Bunia.",
			truce.Assault, "CODREB", "CODCOP"},
		// "militants used drones to drop explosives": arms after a verb
		// of use are the user's, not a force of their own.
		{"drones after a verb of use",
			"Suspected Naxal rebels used drones to drop grenades on a police camp in Chhattisgarh on Sunday.",
			truce.Assault, "INDREB", "INDCOP"},
		{"drones after a participle of use",
			"Al-Shabaab militants have begun using drones to drop grenades on African Union bases near Baidoa.",
			truce.Assault, "ALSHABAAB", "AU"},
		// "Rebels who reject the truce wounded …": a relative clause in
		// the present on the subject does not hide it from the main verb.
		{"a relative clause in the present on the subject",
			"On Saturday, separatists who reject the peace accord killed a police officer in an ambush near Bamenda.",
			truce.Assault, "CMRREB", "CMRCOP"},
		{"a passive relative clause in the present on the subject",
			"Hours later, rebels who are not covered by the deal injured three soldiers with a grenade near Tumaco.",
			truce.Assault, "COLREB", "COLMIL"},
		// "… and hours later Rajapaksa resigned": a surname repeats the
		// person named in full earlier in the same sentence.
		{"a surname after a titled name the dictionary does not know",
			"Interior Minister Ahmed Barre met opposition lawmakers in Mogadishu on Monday, and hours later Barre resigned.",
			truce.Concede, "SOMGOV", ""},
		{"a surname after a known full name",
			"Prime Minister Mahinda Rajapaksa met opposition lawmakers at his residence in Colombo, and by evening Rajapaksa had resigned.",
			truce.Concede, "LKAGOV", ""},
		// "The two leaders also jointly asked": a counted group opening
		// the sentence names the pair of the sentence before, adverbs
		// and all.
		{"a counted group before two adverbs",
			"Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Monday. The two leaders also jointly asked the European Union to name a new envoy.",
			truce.Request, "SRB", "EU"},
		{"a counted pair before two adverbs",
			"Ghana and Togo signed a border pact in Accra on Tuesday. The two governments then formally urged the African Union to monitor the frontier.",
			truce.Request, "TGO", "AU"},
	})
}
