package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell31MissionTeller checks that a peace mission's report is the
// word of the body that sent it: a UN mission's the UN's.
func TestTell31MissionTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"UN mission in a report",
			"Soldiers of South Sudan's army burned two villages near Yei in May, the UN Mission in South Sudan said in a report on Friday.",
			"burned", truce.Assault, "", "UN"},
		{"UN mission by its acronym",
			"UN peacekeepers left their base at Ber in northern Mali on Sunday and handed it to the Malian army, MINUSMA said.",
			"handed", truce.Retreat, "", "UN"},
	})
}

// TestTell31HeadTeller checks that a trailing "…, the coalition said"
// names again the body of the sentence whose name holds the noun.
func TestTell31HeadTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"the coalition said",
			"Saudi-led coalition jets bombed a Houthi depot near Saada on Monday, the coalition said.",
			"bombed", truce.Assault, "", "SAUMIL"},
		{"the outlet said",
			"Kyrgyz police searched the Bishkek office of the news website Kloop on Tuesday and detained six reporters, the outlet said.",
			"detained", truce.Coerce, "", "KGZMED"},
	})
}

// TestTell31DocumentTeller checks that an act told "according to a
// statement from" a state or a province's government is that state's
// word.
func TestTell31DocumentTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a statement issued by a state",
			"Serbian and Kosovan negotiators agreed to reopen two border crossings, according to a statement issued by Hungary.",
			"agreed", truce.Agree, "", "HUNGOV"},
		{"a provincial government's statement",
			"Thai and Cambodian border officials agreed on Monday to hold joint patrols, according to a statement from the Sa Kaeo provincial government.",
			"agreed", truce.Agree, "", "THAGOV"},
	})
}

// TestTell31EmbeddedTeller checks that the speaker of a clause naming
// what an act hit, after a participle or in a relative clause ("killing
// what the air force described as…", "a house that the army said
// belonged to…"), tells the act.
func TestTell31EmbeddedTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"killing what the air force described as",
			"Kenyan Air Force jets struck a militant hideout near Lamu on Friday, killing what the air force described as dozens of fighters.",
			"struck", truce.Assault, "", "KENMIL"},
		{"a farmhouse that the army said belonged to",
			"Colombian soldiers seized 30 rifles from a ranch near Tumaco that the army said belonged to a drug gang.",
			"seized", truce.Coerce, "", "COLMIL"},
	})
}

// TestTell31DescribedBodies checks tellers the wires describe by their
// kind: a rights association is a rights group, a resistance spokesman
// the rebels', a mobile operator a business, a police newspaper the press.
func TestTell31DescribedBodies(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a women's rights association",
			"Soldiers beat and robbed traders at a market in Uvira, in eastern Congo, on Friday, a local women's rights association said.",
			"beat", truce.Assault, "", "CODNGO"},
		{"a mobile operator",
			"Mobile internet was cut across Malawi on Thursday evening, the mobile operator Airtel Malawi said.",
			"cut", truce.Coerce, "", "MWIBUS"},
		{"a resistance spokesman",
			"Junta troops burned a monastery near Kani in Myanmar's Sagaing region on Friday, a resistance spokesman said.",
			"burned", truce.Assault, "", "MMRREB"},
		{"a police newspaper",
			"Police in Laos arrested a blogger in Vientiane on Monday, the police newspaper reported.",
			"arrested", truce.Coerce, "", "LAOMED"},
	})
}

// TestTell31PassiveTeller checks that the agent of a passive report verb
// ("was confirmed by a junta spokesman") tells the act.
func TestTell31PassiveTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"confirmed by a spokesman",
			"The capture of Hsipaw, a town in Myanmar's Shan state, by ethnic rebels was confirmed on Monday by a junta spokesman.",
			"capture", truce.Assault, "", "MMRGOV"},
		{"announced by the army",
			"The killing of four soldiers near Menaka was announced by the army on Friday.",
			"killing", truce.Assault, "", "MLIMIL"},
	})
}

// TestTell31UnknownNamedBody checks that a body the dictionaries lack,
// told by its own name ("according to the Y26 movement"), tells the act
// in the sector its kind of body names, in the act's country; a known
// body keeps its own id.
func TestTell31UnknownNamedBody(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"according to a named movement",
			"Police fired tear gas at marchers in Cotonou and detained 30 of them, according to the Y26 movement that organised the rally.",
			"fired tear gas", truce.Assault, "", "BENPRO"},
		{"a named network said",
			"Soldiers shot dead two farmers near Gulu, in Uganda, on Friday, the Kilimo Justice Network said.",
			"shot dead", truce.Assault, "", "UGANGO"},
	})
}

// TestTell31AbsoluteTeller checks that the speaker of an absolute clause
// after the act ("…, Foreign Minister X announcing that …") tells it.
func TestTell31AbsoluteTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a minister announcing that",
			"Mali expelled France's ambassador on Monday, Foreign Minister Abdoulaye Diop announcing that his remarks had been hostile.",
			"expelled", truce.Sanction, "", "MLIGOV"},
		{"the interior minister saying that",
			"Niger closed its border with Benin on Friday, the interior minister saying that smugglers had crossed it.",
			"closed", truce.Coerce, "", "NERGOV"},
	})
}

// TestTell31InWhatCalled checks that the author of a closing "…, in what
// a joint statement from X called …" tells the act.
func TestTell31InWhatCalled(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"in what a statement from an office called",
			"Serbia and Kosovo agreed on Monday to free each other's detained police officers, in what a statement from the prime minister's office called a first step.",
			"agreed", truce.Agree, "", "SRBGOV"},
	})
}
