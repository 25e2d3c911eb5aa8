package code_test

import "testing"

// TestToll33 checks tolls of the wounded and dead told in ways earlier
// tests do not, in sentences of our own: some event of the text carries
// the toll.
func TestToll33(t *testing.T) {
	checkTolls(t, []tollCase{
		// Victims of a gas or poison told by their illness, not by a
		// word of wounding.
		{"leaving vomiting", "Government aircraft dropped canisters releasing a green gas on rebel positions near Dornal, leaving nine fighters vomiting and struggling to breathe, the rebels said.", -1, 9, ""},
		{"fell ill", "Insurgents accused the army of firing shells that released a foul-smelling smoke on the hamlet of Kuvo, where three herders and a teacher fell ill.", -1, 4, ""},
		{"were poisoned", "Separatist drones dropped grenades filled with tear gas on an army trench near Volsk on Friday. One soldier was killed and four others were poisoned, a spokesman said.", -1, 4, ""},
		{"field hospital choking", "Rebels accused the army of firing chlorine rockets at their lines near Tell Amar, saying eight fighters were taken to a field hospital choking.", -1, 8, ""},
	})
}
