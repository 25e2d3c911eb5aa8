package code_test

import "testing"

// "X was quoted as saying he would …": the pronoun after "as saying" is
// the one quoted, the subject of the passive of quoting.
func TestGsr28QuotedSpeaker(t *testing.T) {
	wantEvents(t, "CONSULT", "", []sidesCase{
		{"president to meet", "The Kenyan president was quoted as saying he would meet the rebels.", "KEN", "KEN"},
	})
	wantEvents(t, "SANCTION", "", []sidesCase{
		{"medium and date between", "The Malian junta chief was quoted by state radio on Monday as saying he would expel the French ambassador.", "MLI", "FRA"},
		{"a ministry as it", "The Ghanaian foreign ministry was quoted as saying it would expel the Togolese envoy.", "GHA", "TGO"},
	})
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"cited as saying", "The Zambian foreign minister was cited by the state broadcaster as saying she would summon the Malawian envoy.", "ZMB", "MWI"},
	})
	wantEvents(t, "RETREAT", "", []sidesCase{
		{"two speakers as they", "Kenyan and Ugandan officials were quoted as saying they would reopen the border.", "KEN", ""},
	})
}

// An obligation told to its hearers ("told Kabul that it must …", "sent a
// note to Mogadishu that it should …") lays the act on the hearer: the
// teller demands it, and the act has not happened.
func TestGsr28ObligationOnHearer(t *testing.T) {
	wantEvents(t, "REQUEST", "", []sidesCase{
		{"told a state", "Washington told Afghanistan that it must release the detained aid workers.", "USA", "AFG"},
		{"reminded a capital", "Berlin reminded Belgrade that it must cooperate with the war crimes tribunal.", "DEU", "SRB"},
		{"two hearers as they", "The Kenyan government told Uganda and Tanzania that they must withdraw their troops from the border.", "KEN", "UGA"},
		{"a group told", "The Nigerian president told the rebels that they must free the kidnapped schoolgirls.", "NGA", "NGA"},
		{"a message", "Kenya sent a message to Uganda that it must withdraw its troops.", "KEN", "UGA"},
		{"a note and a date", "Kenya sent a note to Somalia on Monday that it should close the camps near the border.", "KEN", "SOM"},
		{"a letter to a group", "The Nigerian leader sent a letter to the rebels that they should release the hostages.", "NGA", "NGA"},
	})
	wantNone(t, "RETREAT",
		"Washington told Afghanistan that it must release the detained aid workers.",
		"Kenya sent a message to Uganda that it must withdraw its troops.")
	wantNone(t, "COOPERATE", "Berlin reminded Belgrade that it must cooperate with the war crimes tribunal.")
	// With "would" the teller speaks of its own act.
	wantEvents(t, "SANCTION", "", []sidesCase{
		{"teller's intent", "Qatar told Israel it would stop its mediation.", "QAT", ""},
	})
}
