package actor

import "testing"

// TestFindActor25 covers whole classes the wires name that had no rows:
// gangs, cartels and self-defence movements of Latin America, armed groups
// of Central Asia and Southern Africa, parties dated in and out of office,
// national news agencies as their country's media, rights and aid groups,
// and sector nouns for criminal trades, vigilantes and looters.
func TestFindActor25(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// An unknown-to-us gang is its country's criminals; a faction of
		// a cartel with a row is that cartel.
		{"gangs of Mexico and Ecuador", "Members of Los Tlacos ambushed a convoy, and Los Lagartos claimed a prison riot.", "2023-06-01",
			[]want{{"Los Tlacos", "MEXCRM", "CRM", KindGroup}, {"Los Lagartos", "ECUCRM", "CRM", KindGroup}}},
		{"cartels and gangs of three countries", "The Caborca Cartel and Tren del Llano were blamed; Gran Grif torched homes.", "2023-06-01",
			[]want{{"Caborca Cartel", "MEXCRM", "CRM", KindGroup}, {"Tren del Llano", "VENCRM", "CRM", KindGroup}, {"Gran Grif", "HTICRM", "CRM", KindGroup}}},
		{"a cartel faction is the cartel", "La Mayiza gunmen fought the Chapitos.", "2024-10-01",
			[]want{{"La Mayiza gunmen", "SINALOA", "CRM", KindGroup}, {"Chapitos", "SINALOA", "CRM", KindGroup}}},
		{"self-defence movements are militias", "Bwa Kale vigilantes lynched two men; colectivos on motorbikes beat marchers.", "2023-06-01",
			[]want{{"Bwa Kale vigilantes", "HTIMLT", "MLT", KindGroup}, {"colectivos", "VENMLT", "MLT", KindGroup}, {"marchers", "", "PRO", KindSector}}},
		{"Central Asian armed groups and a security service", "The Islamic Movement of Uzbekistan and Jamaat Ansarullah claimed attacks; the GKNB detained 12.", "2023-06-01",
			[]want{{"Islamic Movement of Uzbekistan", "UZBREB", "REB", KindGroup}, {"Jamaat Ansarullah", "TJKREB", "REB", KindGroup}, {"GKNB", "KGZSPY", "SPY", KindGroup}}},
		{"Southern African armed groups", "FLEC fighters raided a post; famo gangs shot two men.", "2023-06-01",
			[]want{{"FLEC fighters", "AGOREB", "REB", KindGroup}, {"famo gangs", "LSOCRM", "CRM", KindGroup}}},
		// A party is the opposition out of office and the government in it.
		{"a party out of office", "The opposition VMRO-DPMNE boycotted the vote.", "2023-06-01",
			[]want{{"opposition VMRO-DPMNE", "MKDOPP", "OPP", KindGroup}}},
		{"the same party in office", "VMRO-DPMNE and the UPND signed a pact.", "2025-01-10",
			[]want{{"VMRO-DPMNE", "MKDGOV", "GOV", KindGroup}, {"UPND", "ZMBGOV", "GOV", KindGroup}}},
		// News agencies report for their country's media.
		{"news agencies", "Yonhap and Kyodo reported the launch, citing the Tasnim news agency and SANA.", "2023-06-01",
			[]want{{"Yonhap", "KORMED", "MED", KindGroup}, {"Kyodo", "JPNMED", "MED", KindGroup}, {"Tasnim news agency", "IRNMED", "MED", KindGroup}, {"SANA", "SYRMED", "MED", KindGroup}}},
		{"the longer name wins", "A reporter for Interfax-Ukraine was hurt, Interfax said.", "2023-06-01",
			[]want{{"reporter", "", "MED", KindSector}, {"Interfax-Ukraine", "UKRMED", "MED", KindGroup}, {"Interfax", "RUSMED", "MED", KindGroup}}},
		// Rights and aid groups: international ones by name, national
		// ones as their country's NGOs.
		{"international rights and aid groups", "Oxfam and Reporters Without Borders condemned the raid.", "2023-06-01",
			[]want{{"Oxfam", "OXFAM", "NGO", KindOrg}, {"Reporters Without Borders", "RWB", "NGO", KindOrg}}},
		{"national rights groups", "OVD-Info counted the arrests; Hengaw agreed.", "2023-06-01",
			[]want{{"OVD-Info", "RUSNGO", "NGO", KindOrg}, {"Hengaw", "IRNNGO", "NGO", KindOrg}}},
		// Sector nouns.
		{"criminal trades", "Hitmen killed a gang leader, and criminal groups extorted bakers.", "2023-06-01",
			[]want{{"Hitmen", "", "CRM", KindSector}, {"gang leader", "", "CRM", KindSector}, {"criminal groups", "", "CRM", KindSector}, {"bakers", "", "CVL", KindSector}}},
		{"looters and vigilantes", "Looters emptied the depot while a vigilante group watched.", "2023-06-01",
			[]want{{"Looters", "", "CVL", KindSector}, {"vigilante group", "", "MLT", KindSector}}},
		{"vigilante as an adjective is no actor", "Vigilante killings rose.", "2023-06-01", nil},
	}
	checkFind(t, d, tests)
}
