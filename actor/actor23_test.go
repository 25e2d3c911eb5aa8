package actor

import "testing"

// TestFindActor23 covers classes of names blind wire copy used that the
// dictionary did not know: ethnic and religious communities as civilians of
// their country (and the sector noun after one saying which of its people
// act), armed groups coded by their country and kind, parties by whether
// they govern on the date, security agencies and parliaments under their
// own names.
func TestFindActor23(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"a community is its country's civilians", "Gunmen torched Meitei homes near Moirang.", "2024-02-10",
			[]want{{"Gunmen", "", "REB", KindSector}, {"Meitei", "INDCVL", "CVL", KindGroup}}},
		{"an armed noun after a community", "Kuki militants fired on a Meitei farmer.", "2024-02-10",
			[]want{{"Kuki militants", "INDREB", "REB", KindGroup}, {"Meitei farmer", "INDCVL", "CVL", KindGroup}}},
		{"a community's gunmen are its militia", "Murle gunmen and Nuer fighters clashed.", "2023-07-01",
			[]want{{"Murle gunmen", "SSDMLT", "MLT", KindGroup}, {"Nuer fighters", "SSDMLT", "MLT", KindGroup}}},
		{"displaced people of a community", "Nuer refugees and Yazidi families went home.", "2023-07-01",
			[]want{{"Nuer refugees", "SSDREF", "REF", KindGroup}, {"Yazidi families", "IRQCVL", "CVL", KindGroup}}},
		{"hill-tract communities", "Bengali settlers and Pahari students clashed in Rangamati.", "2024-09-20",
			[]want{{"Bengali settlers", "BGDCVL", "CVL", KindGroup}, {"Pahari students", "BGDEDU", "EDU", KindGroup}}},
		{"a leader of a community stays a civilian", "Oromo elders met Anglophone separatists.", "2022-01-05",
			[]want{{"Oromo elders", "ETHCVL", "CVL", KindGroup}, {"Anglophone separatists", "CMRREB", "REB", KindGroup}}},
		{"armed groups by country and kind", "BRN fighters ambushed a patrol; Dawlah Islamiyah gunmen fled.", "2023-03-03",
			[]want{{"BRN fighters", "THAREB", "REB", KindGroup}, {"Dawlah Islamiyah gunmen", "PHLREB", "REB", KindGroup}}},
		{"Sahel and Libyan armed groups", "The CMA and the Deterrence Force traded blame.", "2023-03-03",
			[]want{{"CMA", "MLIREB", "REB", KindGroup}, {"Deterrence Force", "LBYMLT", "MLT", KindGroup}}},
		{"a Sinjar militia is the PKK", "Turkish jets hit the Sinjar Resistance Units.", "2023-03-03",
			[]want{{"Turkish jets", "TURMIL", "MIL", KindDemonym}, {"Sinjar Resistance Units", "PKK", "REB", KindGroup}}},
		{"gangs are criminals of their country", "Los Lobos and Comando Vermelho were named.", "2024-01-10",
			[]want{{"Los Lobos", "ECUCRM", "CRM", KindGroup}, {"Comando Vermelho", "BRACRM", "CRM", KindGroup}}},
		{"a party out of office", "The PML-N walked out; the Sandinistas cheered.", "2019-06-01",
			[]want{{"PML-N", "PAKOPP", "OPP", KindGroup}, {"Sandinistas", "NICGOV", "GOV", KindGroup}}},
		{"a party in office", "PML-N ministers met Pheu Thai leaders.", "2024-05-01",
			[]want{{"PML-N ministers", "PAKGOV", "GOV", KindGroup}, {"Pheu Thai leaders", "THAGOV", "GOV", KindGroup}}},
		{"a ruling party's student wing", "Chhatra League men chased the marchers.", "2018-08-04",
			[]want{{"Chhatra League", "BGDMLT", "MLT", KindGroup}, {"marchers", "", "PRO", KindSector}}},
		{"agencies and forces under their own names", "CRPF troopers and the Assam Rifles searched the hills; the China Coast Guard watched.", "2024-05-01",
			[]want{{"CRPF", "INDCOP", "COP", KindGroup}, {"Assam Rifles", "INDMIL", "MIL", KindGroup}, {"China Coast Guard", "CHNMIL", "MIL", KindGroup}}},
		{"parliaments under their own names", "The Sejm, the Jatiya Sangsad and the Lok Sabha sat.", "2024-05-01",
			[]want{{"Sejm", "POLLEG", "LEG", KindCapital}, {"Jatiya Sangsad", "BGDLEG", "LEG", KindCapital}, {"Lok Sabha", "INDLEG", "LEG", KindCapital}}},
		{"a legislature named by common words", "Nigeria's House of Representatives backed the NLC.", "2024-05-01",
			[]want{{"Nigeria's House of Representatives", "NGALEG", "LEG", KindCountry}, {"NLC", "NGALAB", "LAB", KindGroup}}},
		{"Bengali-speaking says no country", "Bengali-speaking labourers were held.", "2025-07-01",
			[]want{{"Bengali-speaking", "", "CVL", KindSector}, {"labourers", "", "LAB", KindSector}}},
		{"West African heads of state", "Gnassingbé hosted Tiani and Boakai.", "2024-05-01",
			[]want{{"Gnassingbé", "TGOGOV", "GOV", KindPerson}, {"Tiani", "NERGOV", "GOV", KindPerson}, {"Boakai", "LBRGOV", "GOV", KindPerson}}},
		{"an opposition figure turned premier", "Masra spoke in N'Djamena.", "2024-03-01",
			[]want{{"Masra", "TCDGOV", "GOV", KindPerson}, {"N'Djamena", "TCDGOV", "GOV", KindCapital}}},
	}
	checkFind(t, d, tests)
}
