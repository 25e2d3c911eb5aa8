package code_test

import "testing"

// TestLex26Types checks classes of triggers that coded nothing or the
// wrong category in wire copy from several blind batches. Each sentence is
// in our own words; typ and mode ("" is not checked) must be met by one
// event of the sentence.
func TestLex26Types(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// Armed forces running from the fight retreat (CAMEO 0874).
		{"RETREAT", "disarm", "More than 200 Norvanian soldiers fled across the Ostra river into Tarvosia after the rebels shelled their base."},
		{"RETREAT", "disarm", "Dozens of army troops had fled across the border, a spokesman said."},
		{"RETREAT", "disarm", "Government soldiers fled the garrison town of Merkala as the insurgents advanced."},
		// Restraint or disarmament asked of a side asks it to yield.
		{"REQUEST", "yield", "The European Union urged both militias to refrain from provocations along the front line."},
		{"REQUEST", "yield", "Kenya's foreign ministry called on all parties to avoid any step that could inflame the crisis."},
		{"REQUEST", "yield", "The African Union urged the two governments to speed up the disarmament of the militias."},
		// A rival's act named by a damning noun phrase is disapproval;
		// named a breach of sovereignty or a threat, an accusation of
		// aggression.
		{"ACCUSE", "disapprove", "The opposition Unity Front called the detentions political revenge."},
		{"ACCUSE", "disapprove", "Teachers' unions in Varno called the police raid an attack on academic freedom."},
		{"ACCUSE", "allege", "Norvania's foreign ministry called the naval patrols a 'threat' to the region."},
		{"ACCUSE", "allege", "The Tarvosian government called the incursion naked aggression."},
		// A real request beside the reporter's boilerplate still counts.
		{"REQUEST", "assist", "The governor of Orlu asked the army to send reinforcements."},
		// Ground handed to another side is a withdrawal, not a release.
		{"RETREAT", "withdraw", "Army units handed over the district centre of Varno to the insurgents on Friday without a fight."},
		{"RETREAT", "withdraw", "The militia handed over positions around Kessel to government troops under the accord."},
		{"RETREAT", "withdraw", "Rebel fighters handed positions along the northern highway to the national army on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestLex26NotTypes checks that the rows above leave alone the sentences
// that only look like them: no event of the sentence may have type typ
// (and mode mode, when mode is not "").
func TestLex26NotTypes(t *testing.T) {
	tests := []struct {
		typ, mode, text string
	}{
		// Civilians fleeing are displaced, not retreating.
		{"RETREAT", "", "Hundreds of villagers fled across the border into Tarvosia on Sunday."},
		{"RETREAT", "", "The striker fled past two defenders before scoring."},
		// A call for something is no naming of it.
		{"ACCUSE", "", "The union called a strike for next week over the pay dispute."},
		// A source's terms with the reporter ask nothing of a party.
		{"REQUEST", "", "Norvanian police arrested twelve students in Varno on Monday. One student, who asked not to be identified, said officers had beaten them."},
		{"REQUEST", "", "Gunmen attacked a market in Orlu on Friday. The Tarvosian army did not respond to requests for comment."},
		{"REQUEST", "", "Rebels seized the town of Kessel on Tuesday. A resident who asked to remain anonymous said the fighters had looted shops."},
		// Handing over people or papers is no ground given up.
		{"RETREAT", "withdraw", "The ministry handed over the documents to the court on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantNoTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}
