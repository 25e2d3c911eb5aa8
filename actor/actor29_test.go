package actor

import "testing"

// TestFindActor29 covers people and bodies the wires name after a
// nationality or a country's possessive with nouns the sector list lacked:
// counterparts, secret police called security services, a general staff,
// nationals abroad, mercenaries, local officials, commanders named by rank
// or reach, Bosnia's Serbs and Croats, victims named by age or pursuit,
// provincial premiers, conscripts, and a lower-case rank before a name.
func TestFindActor29(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// A minister's counterpart is the other country's government.
		{"a counterpart after a demonym", "She phoned her Zambian counterpart on Friday.", "2024-03-01",
			[]want{{"Zambian counterpart", "ZMBGOV", "GOV", KindDemonym}}},
		{"counterparts after a possessive", "Ghana's counterparts declined the invitation.", "2024-03-01",
			[]want{{"Ghana's counterparts", "GHAGOV", "GOV", KindCountry}}},
		// Security services are the secret police; inside a capitalised
		// agency name the words are left to the name.
		{"security services after a demonym", "Uzbek security services arrested three bloggers.", "2024-03-01",
			[]want{{"Uzbek security services", "UZBSPY", "SPY", KindDemonym}, {"bloggers", "", "MED", KindSector}}},
		{"a security service after a possessive", "Belarus's security service questioned the pair.", "2024-03-01",
			[]want{{"Belarus's security service", "BLRSPY", "SPY", KindCountry}}},
		{"a capitalised agency name is no sector noun", "The Counter-Intelligence and Security Service said so.", "2024-03-01",
			nil},
		// A general staff is the army's high command.
		{"a general staff", "Poland's General Staff said the object fell in a field.", "2024-03-01",
			[]want{{"Poland's General Staff", "POLMIL", "MIL", KindCountry}}},
		{"the Colombian dissidents' general staff keeps its name", "The Central General Staff rejected the talks.", "2024-03-01",
			[]want{{"Central General Staff", "EMC", "REB", KindGroup}}},
		// Nationals abroad are civilians; hired fighters are troops.
		{"nationals after a demonym", "Thailand sent home 300 Laotian nationals.", "2024-03-01",
			[]want{{"Thailand", "THA", "", KindCountry}, {"Laotian nationals", "LAOCVL", "CVL", KindDemonym}}},
		{"mercenaries after a demonym", "Colombian mercenaries guarded the airstrip.", "2024-03-01",
			[]want{{"Colombian mercenaries", "COLMIL", "MIL", KindDemonym}}},
		// Local officials are the state at the level of a town.
		{"a municipal councillor", "Rebels seized a municipal councillor near Tumaco.", "2024-03-01",
			[]want{{"Rebels", "", "REB", KindSector}, {"councillor", "", "GOV", KindSector}}},
		{"a district commissioner after a demonym", "A Kenyan district commissioner was ambushed.", "2024-03-01",
			[]want{{"Kenyan district commissioner", "KENGOV", "GOV", KindDemonym}}},
		{"Security Council members are not a town's", "Council members met in New York.", "2024-03-01",
			nil},
		// Bosnia's Serbs and Croats are Bosnian actors.
		{"Bosnian Serb police", "Bosnian Serb police cleared the square in Prijedor.", "2024-03-01",
			[]want{{"Bosnian Serb police", "BIHCOP", "COP", KindDemonym}}},
		{"Bosnian Croat politicians", "Bosnian Croat politicians walked out of the session.", "2024-03-01",
			[]want{{"Bosnian Croat politicians", "BIHGOV", "GOV", KindDemonym}}},
		// Commanders named by rank or reach are the army's unless a side
		// stands before them.
		{"a local commander", "A local commander told reporters the road was open.", "2024-03-01",
			[]want{{"local commander", "", "MIL", KindSector}, {"reporters", "", "MED", KindSector}}},
		{"a senior commander's house", "Rioters burned a senior commander's house.", "2024-03-01",
			[]want{{"Rioters", "", "PRO", KindSector}, {"senior commander", "", "MIL", KindSector}}},
		{"a side before the commander decides", "A rebel field commander was shot.", "2024-03-01",
			[]want{{"rebel field commander", "", "REB", KindSector}}},
		// Victims named by age or by what they were doing are civilians;
		// schoolchildren by sex are pupils.
		{"a teenager", "Soldiers shot a teenager at the market in Bunia.", "2024-03-01",
			[]want{{"Soldiers", "", "MIL", KindSector}, {"teenager", "", "CVL", KindSector}}},
		{"travellers after a demonym", "Bandits robbed Nigerien travellers on the highway.", "2024-03-01",
			[]want{{"Bandits", "", "CRM", KindSector}, {"Nigerien travellers", "NERCVL", "CVL", KindDemonym}}},
		{"schoolgirls", "Kidnappers seized 40 schoolgirls from a dormitory.", "2024-03-01",
			[]want{{"Kidnappers", "", "CRM", KindSector}, {"schoolgirls", "", "EDU", KindSector}}},
		// A provincial premier is the government; conscripts are the army.
		{"a premier", "The premier of the island province rejected the order.", "2024-03-01",
			[]want{{"premier", "", "GOV", KindSector}}},
		{"the Premier League is no premier", "Arsenal won the Premier League.", "2024-03-01",
			nil},
		{"conscripts after a demonym", "Eritrean conscripts fled across the border.", "2024-03-01",
			[]want{{"Eritrean conscripts", "ERIMIL", "MIL", KindDemonym}}},
		// A lower-case rank before an unknown name, owned by a demonym.
		{"a lower-case general", "Syrian general Fares Haddad Khoury was killed.", "2024-03-01",
			[]want{{"Syrian general", "SYRMIL", "MIL", KindDemonym}}},
		{"a general strike is no general", "Unions called a general strike in Lagos.", "2024-03-01",
			[]want{{"Unions", "", "LAB", KindSector}}},
	}
	checkFind(t, d, tests)
}
