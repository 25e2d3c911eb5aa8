package actor

import "testing"

// TestFindActor28 covers classes of actor the wires name without the
// country's sector noun: state news agencies and public broadcasters, trade
// unions and labour confederations, national human-rights commissions and
// ombudsmen, and armed groups, factions and parties of the conflicts the
// wires cover most, each coded as its country's sector or its parent group.
func TestFindActor28(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// State news agencies and broadcasters are media of their country.
		{"a Sahel state broadcaster", "ORTN showed the ceremony in the capital.", "2024-03-01",
			[]want{{"ORTN", "NERMED", "MED", KindGroup}}},
		{"a Great Lakes broadcaster", "Soldiers occupied the offices of Radio-Télévision nationale congolaise overnight.", "2024-03-01",
			[]want{{"Soldiers", "", "MIL", KindSector}, {"Radio-Télévision nationale congolaise", "CODMED", "MED", KindGroup}}},
		{"an Angolan agency", "Angola Press Agency said the convoy reached the border.", "2024-03-01",
			[]want{{"Angola Press Agency", "AGOMED", "MED", KindGroup}}},
		// Unions and confederations are labour of their country.
		{"a teachers' union", "KNUT ordered its members out of classrooms.", "2024-03-01",
			[]want{{"KNUT", "KENLAB", "LAB", KindGroup}}},
		{"a metalworkers' union", "NUMSA marched on the mining ministry.", "2024-03-01",
			[]want{{"NUMSA", "ZAFLAB", "LAB", KindGroup}, {"ministry", "", "GOV", KindSector}}},
		{"a Turkish confederation", "Police detained members of DISK at the square.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"DISK", "TURLAB", "LAB", KindGroup}}},
		// Ombudsmen, and rights commissions named with their country, are the state.
		{"an ombudsman", "Peru's ombudsman counted four dead after the clashes.", "2024-03-01",
			[]want{{"Peru's ombudsman", "PERGOV", "GOV", KindCountry}}},
		{"an ombudsman's office", "Bolivia's ombudsman's office reported two deaths.", "2024-03-01",
			[]want{{"Bolivia's ombudsman's office", "BOLGOV", "GOV", KindCountry}}},
		{"a named commission", "The Uganda Human Rights Commission asked to visit the detainees.", "2024-03-01",
			[]want{{"Uganda Human Rights Commission", "UGAGOV", "GOV", KindGroup}, {"detainees", "", "CVL", KindSector}}},
		// Armed groups and wings.
		{"a Myanmar resistance army", "The Bamar People's Liberation Army overran a police post.", "2024-03-01",
			[]want{{"Bamar People's Liberation Army", "MMRREB", "REB", KindGroup}, {"police", "", "COP", KindSector}}},
		{"a Philippine militia", "CAFGU members guarded the road to the village.", "2024-03-01",
			[]want{{"CAFGU", "PHLMLT", "MLT", KindGroup}}},
		{"a Syrian rebel faction", "Faylaq al-Rahman fighters shelled the outskirts.", "2024-03-01",
			[]want{{"Faylaq al-Rahman fighters", "SYRREB", "REB", KindGroup}}},
		{"an armed group's political wing", "The United League of Arakan rejected the offer.", "2024-03-01",
			[]want{{"United League of Arakan", "AA", "REB", KindGroup}}},
		{"a Casamance rebel group", "The MFDC freed four soldiers.", "2024-03-01",
			[]want{{"MFDC", "MFDC", "REB", KindGroup}, {"soldiers", "", "MIL", KindSector}}},
		// A longer name wins over a shorter group name inside it.
		{"a faction named after another group", "Ansar Allah al-Awfiya claimed the drone launch.", "2024-03-01",
			[]want{{"Ansar Allah al-Awfiya", "IRQMLT", "MLT", KindGroup}}},
		{"a party named after a militia", "ACT-Wazalendo called the count a fraud.", "2024-03-01",
			[]want{{"ACT-Wazalendo", "TZAOPP", "OPP", KindGroup}}},
		// A party's student wing is a militia.
		{"a student wing by name", "Chhatra Dal men clashed with police near the campus.", "2024-03-01",
			[]want{{"Chhatra Dal", "BGDMLT", "MLT", KindGroup}, {"police", "", "COP", KindSector}}},
		// A rights commission named with its country is the state.
		{"a rights commission with its country in the name", "The South African Human Rights Commission opened an inquiry.", "2024-03-01",
			[]want{{"South African Human Rights Commission", "ZAFGOV", "GOV", KindGroup}}},
		{"an ombudsman institution by its Spanish name", "The Defensoría del Pueblo counted nine blockades.", "2024-03-01",
			[]want{{"Defensoría del Pueblo", "", "GOV", KindSector}}},
		// Parties take their government's role while they rule.
		{"a ruling party in power", "The UDPS rejected the count.", "2022-05-01",
			[]want{{"UDPS", "CODGOV", "GOV", KindGroup}}},
		{"the same party in opposition", "The UDPS rejected the count.", "2016-05-01",
			[]want{{"UDPS", "CODOPP", "OPP", KindGroup}}},
	}
	checkFind(t, d, tests)
}
