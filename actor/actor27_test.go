package actor

import "testing"

// TestFindActor27 covers descriptions the wires use for actors without a
// name: guard corps as armed forces, and leaders or organisers named by
// what they lead, whose kind wins over the government's "leaders", a
// party's youth or student wing as a militia, and
// singulars of sector nouns that had only a plural.
func TestFindActor27(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// Guard corps are the military, whatever ministry they answer to.
		{"a national guard", "The Gabonese National Guard sealed the square.", "2023-06-01",
			[]want{{"Gabonese National Guard", "GABMIL", "MIL", KindDemonym}}},
		{"a presidential guard", "Members of the presidential guard shot at the marchers.", "2023-06-01",
			[]want{{"presidential guard", "", "MIL", KindSector}, {"marchers", "", "PRO", KindSector}}},
		{"a republican guard", "The Republican Guard rolled past the palace gates.", "2023-06-01",
			[]want{{"Republican Guard", "", "MIL", KindSector}, {"palace", "", "GOV", KindSector}}},
		// Leaders named by what they lead.
		{"protest leaders", "Protest organisers in Tallinn said the sit-in would go on.", "2023-06-01",
			[]want{{"Protest organisers", "", "PRO", KindSector}, {"Tallinn", "ESTGOV", "GOV", KindCapital}}},
		{"union leaders", "Zambian union leaders walked out of talks with ministers.", "2023-06-01",
			[]want{{"Zambian union leaders", "ZMBLAB", "LAB", KindDemonym}, {"ministers", "", "GOV", KindSector}}},
		{"student leaders", "Student leaders vowed to keep the campus shut.", "2023-06-01",
			[]want{{"Student leaders", "", "EDU", KindSector}}},
		// A party's youth or student wing that beats people is a militia.
		{"a student wing", "Members of the ruling party's student wing beat the marchers.", "2023-06-01",
			[]want{{"ruling party", "", "GOV", KindSector}, {"student wing", "", "MLT", KindSector}, {"marchers", "", "PRO", KindSector}}},
		{"a youth wing", "Youth wing activists chased journalists from the rally.", "2023-06-01",
			[]want{{"Youth wing", "", "MLT", KindSector}, {"activists", "", "PRO", KindSector}, {"journalists", "", "MED", KindSector}}},
		// Singulars of nouns that had only a plural.
		{"a peacekeeper and a gendarme", "A Zambian peacekeeper and a gendarme were hurt.", "2023-06-01",
			[]want{{"Zambian peacekeeper", "ZMBMIL", "MIL", KindDemonym}, {"gendarme", "", "COP", KindSector}}},
		{"a nun and a pilgrim", "Gunmen seized a nun, a pilgrim and a merchant.", "2023-06-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"nun", "", "REL", KindSector}, {"pilgrim", "", "CVL", KindSector}, {"merchant", "", "BUS", KindSector}}},
		// A bloc's leaders stay the bloc.
		{"a bloc's leaders are the bloc", "African Union leaders met union leaders.", "2023-06-01",
			[]want{{"African Union leaders", "AU", "IGO", KindOrg}, {"union leaders", "", "LAB", KindSector}}},
	}
	checkFind(t, d, tests)
}
