package actor

import "testing"

// TestFindW17 covers actor constructions that blind wire copy used and the
// dictionary missed: feuding clans, church bodies, parties named like
// armed forces, alliances of rebel groups and recent office-holders.
func TestFindW17(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"feuding clans are a militia", "Two rival clans clashed near Mendi; tribes in the valley rearmed.", "2025-10-12",
			[]want{{"rival clans", "", "MLT", KindSector}, {"tribes", "", "MLT", KindSector}}},
		{"church bodies are religious", "The archdiocese said a parish near the border had been looted by the diocese's neighbours.", "2025-10-12",
			[]want{{"archdiocese", "", "REL", KindSector}, {"parish", "", "REL", KindSector}, {"diocese", "", "REL", KindSector}}},
		{"a Bangladeshi Islamist party", "Police detained Jamaat-e-Islami activists in Sylhet; Jamaat leaders protested.", "2025-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"Jamaat-e-Islami", "BGDOPP", "OPP", KindGroup}, {"activists", "", "PRO", KindSector}, {"Jamaat leaders", "BGDOPP", "OPP", KindGroup}}},
		{"a Lebanese party named Forces", "The Lebanese Forces party walked out of cabinet talks.", "2025-03-01",
			[]want{{"Lebanese Forces party", "LBNOPP", "OPP", KindGroup}, {"cabinet", "", "GOV", KindSector}}},
		{"a party leader", "Samir Geagea spoke in Maarab.", "2025-03-01",
			[]want{{"Samir Geagea", "LBNOPP", "OPP", KindPerson}}},
		{"an alliance of Myanmar rebels", "The Three Brotherhood Alliance seized Lashio.", "2024-08-01",
			[]want{{"Three Brotherhood Alliance", "MMRREB", "REB", KindGroup}}},
		{"shared intelligence is no agency", "Nairobi will share intelligence with Kampala; an intelligence failure was blamed; Ugandan intelligence said so.", "2025-10-12",
			[]want{{"Nairobi", "KENGOV", "GOV", KindCapital}, {"Kampala", "UGAGOV", "GOV", KindCapital}, {"Ugandan intelligence", "UGASPY", "SPY", KindDemonym}}},
		{"a ruling party is the government", "The ruling party blamed the opposition; each former combatant got a stipend.", "2025-10-12",
			[]want{{"ruling party", "", "GOV", KindSector}, {"opposition", "", "OPP", KindSector}, {"combatant", "", "REB", KindSector}}},
		{"a Balkan president in office", "Milatović met Kovačevski on Friday.", "2023-06-10",
			[]want{{"Milatović", "MNEGOV", "GOV", KindPerson}, {"Kovačevski", "MKDGOV", "GOV", KindPerson}}},
		{"a Central American ex-president", "Juan Orlando Hernández was flown to New York; Giammattei spoke.", "2021-06-01",
			[]want{{"Juan Orlando Hernández", "HNDGOV", "GOV", KindPerson}, {"Giammattei", "GTMGOV", "GOV", KindPerson}}},
		{"a Pacific premier", "Vanuatu's prime minister Jotham Napat thanked Bainimarama.", "2025-06-01",
			[]want{{"Vanuatu's prime minister Jotham Napat", "VUTGOV", "GOV", KindPerson}, {"Bainimarama", "", "", KindPerson}}},
		{"a Solomon Islands premier", "Sogavare asked Canberra for help.", "2021-11-26",
			[]want{{"Sogavare", "SLBGOV", "GOV", KindPerson}, {"Canberra", "AUSGOV", "GOV", KindCapital}}},
	}
	checkFind(t, d, tests)
}
