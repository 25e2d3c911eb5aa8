package code_test

import "testing"

// TestVocabularyW21 checks trigger rows for constructions that recur in
// wire copy and were missing from the lexicon: an accord torn up by one
// side, and the like. Each sentence is in our own words, with its own
// actors and places; typ and mode ("" is not checked) must be met by one
// event of the sentence.
func TestVocabularyW21(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// An accord given up by one party, with no "with" after it.
		{"SANCTION", "", "Chad's junta annulled the fisheries treaty with Cameroon on Friday."},
		{"SANCTION", "", "Bolivia's president ordered an end to the country's mining agreement with Chile."},
		{"SANCTION", "", "Ghana's government terminated the gas pact that had tied it to Accra's neighbours."},
		// A peace settlement declared void rejects the settlement.
		{"REJECT", "", "The rebels said the killing abrogated the peace deal."},
		{"REJECT", "", "Sudan's army repudiated the peace agreement with the rebels."},
		// A promise of force: "vowed to strike" with a military object.
		{"THREATEN", "violence", "The militia vowed to strike Egyptian interests in Sudan."},
		{"THREATEN", "violence", "Al-Shabaab pledged to strike back at Kenyan troops."},
		// A threat told through a medium between the verb and its content.
		{"THREATEN", "violence", "The kidnappers threatened in an audio message to kill the missionaries unless the money was paid."},
		{"THREATEN", "violence", "Boko Haram threatened in a video to behead the kidnapped schoolgirls."},
		// Forces placed in a spot, with their vehicles or in the progressive.
		{"MOBILIZE", "troops", "Soldiers and armoured vehicles took up positions in Caracas's Plaza Bolivar on Tuesday."},
		{"MOBILIZE", "troops", "Soldiers were taking up positions around the parliament in Tbilisi."},
		{"MOBILIZE", "troops", "Troops took up positions outside the state broadcaster in Niamey."},
		// A high commissioner summoned is a complaint, as an ambassador is.
		{"ACCUSE", "allege", "In Nairobi, the foreign affairs ministry summoned the Ugandan acting high commissioner to protest."},
		{"ACCUSE", "allege", "Canberra summoned India's high commissioner over the spying claims."},
		// A leader agreeing to leave office concedes.
		{"CONCEDE", "", "Peru's prime minister agreed on Friday to step down after weeks of protests."},
		{"CONCEDE", "", "The governor of Kano agreed to resign, the party said."},
		// A munition named by the chemical it carries is a chemical attack.
		{"ASSAULT", "unconventional", "Moscow said Ukrainian troops had fired shells filled with chloropicrin at Russian trenches near Kupiansk."},
		{"ASSAULT", "unconventional", "Rebels fired rockets containing chlorine gas into the government-held district of Aleppo."},
		// Several platforms cut off at once, told in the passive.
		{"COERCE", "censor", "Hundreds of students blocked roads in Kampala on Monday to demand the release of a singer. Human Rights Watch said police beat students with batons, and that access to Facebook and TikTok had been restricted since Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}
