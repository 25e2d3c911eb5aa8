package code_test

import "testing"

// TestLex96Constructions: common news phrasings of diplomacy, aid and
// statements that coded nothing before (found by probing, not from dev):
// applause and approval voiced, alliances forged, refugees taken in,
// relief airlifted or sent, loans sought, a bloc quit, a party taken to
// court, blame, refusal and warning idioms, debt written off; and
// look-alikes the rows must leave alone.
func TestLex96Constructions(t *testing.T) {
	tests := []constructionCase{
		{name: "applauded possessor", text: "Berlin applauded Senegal's handling of the vote on Monday.", typ: "SUPPORT", cameo: "051"},
		{name: "applauds determiner", text: "Japan applauds the reforms pushed through by Indonesia, its foreign minister said.", typ: "SUPPORT", cameo: "051"},
		{name: "voiced approval", text: "Jordan voiced its approval of Egypt's mediation on Sunday.", typ: "SUPPORT", cameo: "051"},
		{name: "forged partnership", text: "Canberra and Jakarta forged a new security partnership on Tuesday.", typ: "AGREE", cameo: "057"},
		{name: "formed alliance", text: "Armenia and Greece formed an alliance last week.", typ: "AGREE", cameo: "057"},
		{name: "took in refugees", text: "Uganda took in thousands of refugees from South Sudan on Monday.", typ: "AID", cameo: "075"},
		{name: "sheltered refugees", text: "Chad sheltered refugees from Darfur for two decades.", typ: "AID", cameo: "075"},
		{name: "airlifted supplies", text: "The World Health Organization airlifted supplies to Yemen on Friday.", typ: "AID", cameo: "073"},
		{name: "sent fuel", text: "Egypt sent fuel to Gaza on Thursday.", typ: "AID", cameo: "073"},
		{name: "sought a loan", text: "Tunisia sought a loan from the IMF on Monday.", typ: "REQUEST", cameo: "103"},
		{name: "seeking bailout", text: "Ghana is seeking a bailout from the IMF, its finance minister said.", typ: "REQUEST", cameo: "103"},
		{name: "quit the bloc", text: "Niger quit the bloc on Sunday.", typ: "SANCTION", cameo: "161"},
		{name: "took party to court", text: "Ukraine took Russia to the International Court of Justice over the war.", typ: "ACCUSE", cameo: "115"},
		{name: "pointed the finger", text: "Israel pointed the finger at Iran for the attack on the tanker.", typ: "ACCUSE", cameo: "112"},
		{name: "said no to", text: "Hungary said no to the EU's proposal on Thursday.", typ: "REJECT"},
		{name: "issued a warning", text: "China issued a warning to the Philippines on Monday.", typ: "THREATEN", cameo: "138"},
		{name: "wrote off debt", text: "Beijing wrote off Ethiopia's debt, the finance ministry said.", typ: "AID", cameo: "071"},
		{name: "waived debt", text: "France waived debt owed by Mali.", typ: "AID", cameo: "071"},

		{name: "applauded passive", text: "The returning doctors were applauded by regional officials at the airport.", typ: "SUPPORT", no: true},
		{name: "formed the named alliance", text: "Mali, Burkina Faso and Niger formed the Alliance of Sahel States after breaking with France.", typ: "AGREE", cameo: "057", no: true},
		{name: "took in suspects", text: "Police took in two men for questioning on Monday.", typ: "AID", no: true},
		{name: "airlifted troops", text: "The army airlifted troops to the northern town on Friday.", typ: "AID", no: true},
		{name: "finger at a map", text: "The guide pointed a finger at the map.", typ: "ACCUSE", no: true},
		{name: "said no one", text: "Officials said no one was hurt in the fire.", typ: "REJECT", no: true},
	}
	checkConstructions(t, tests)
}
