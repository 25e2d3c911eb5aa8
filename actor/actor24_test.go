package actor

import "testing"

// TestFindActor24 covers office-holders and titled officials: ranks before
// names the dictionary does not know, ranks as nouns, and the foreign,
// defence and interior ministers, army chiefs and UN envoys of the countries
// the news covers, each their government only while in office.
func TestFindActor24(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// Ranks before an unknown name say the holder's trade.
		{"a rank before an unknown name", "Lieutenant Colonel Kwame Asante said the post was overrun.", "2024-03-01",
			[]want{{"Lieutenant Colonel", "", "MIL", KindSector}}},
		{"an abbreviated rank", "Brig. Gen. Tomas Okello Ladu denied it.", "2024-03-01",
			[]want{{"Brig. Gen.", "", "MIL", KindSector}}},
		{"a bare general before a full name", "General Moses Tabu Lendo ordered a retreat.", "2024-03-01",
			[]want{{"General", "", "MIL", KindSector}}},
		{"a police rank", "Chief Superintendent Mary Wanjiku Kamau said officers were hurt.", "2024-03-01",
			[]want{{"Chief Superintendent", "", "COP", KindSector}, {"officers", "", "MIL", KindSector}}},
		{"a demonym owns the rank", "Chadian Colonel Moussa Haroun Abakar was killed.", "2024-03-01",
			[]want{{"Chadian Colonel", "TCDMIL", "MIL", KindDemonym}}},
		// The description before a rank in apposition says whose officer
		// the holder is; the rank adds nothing.
		{"a rank in apposition", "Its spokesman, Colonel Amani Lutete, said so.", "2024-03-01",
			[]want{{"spokesman", "", "GOV", KindSector}}},
		{"a rank after a description", "Spokesman Major-General Amani Lutete said so.", "2024-03-01",
			[]want{{"Spokesman", "", "GOV", KindSector}}},
		// A rank before anything but a personal name is no actor.
		{"rank-like words before other words", "The General Assembly met; Gen Z Kenyans marched; the Lieutenant Governor spoke.", "2024-03-01",
			[]want{{"Kenyans", "KENCVL", "CVL", KindDemonym}, {"Governor", "", "GOV", KindSector}}},
		{"ranks as lower-case nouns", "Two colonels and a brigadier general were captured.", "2024-03-01",
			[]want{{"colonels", "", "MIL", KindSector}, {"brigadier general", "", "MIL", KindSector}}},
		// Ministers, army chiefs and envoys by name, dated.
		{"foreign ministers in office", "Mudavadi met Bou Habib and Touhid Hossain.", "2024-09-01",
			[]want{{"Mudavadi", "KENGOV", "GOV", KindPerson}, {"Bou Habib", "LBNGOV", "GOV", KindPerson}, {"Touhid Hossain", "BGDGOV", "GOV", KindPerson}}},
		{"an army chief and an interior minister", "Lagbaja briefed Yerlikaya.", "2024-02-01",
			[]want{{"Lagbaja", "NGAMIL", "MIL", KindPerson}, {"Yerlikaya", "TURGOV", "GOV", KindPerson}}},
		{"a minister out of office has no id", "Locsin and Onyeama spoke at the forum.", "2024-02-01",
			[]want{{"Locsin", "", "", KindPerson}, {"Onyeama", "", "", KindPerson}}},
		{"UN envoys are the UN", "Grundberg and Bathily briefed the council.", "2023-05-01",
			[]want{{"Grundberg", "UN", "IGO", KindPerson}, {"Bathily", "UN", "IGO", KindPerson}}},
		{"a transliteration", "Foreign Minister Abbas Araqchi flew to Muscat.", "2025-04-10",
			[]want{{"Foreign Minister Abbas Araqchi", "IRNGOV", "GOV", KindPerson}, {"Muscat", "OMNGOV", "GOV", KindCapital}}},
		{"a title before a known name", "Police Commissioner Kayode Egbetokun spoke.", "2024-02-01",
			[]want{{"Police Commissioner Kayode Egbetokun", "NGACOP", "COP", KindPerson}}},
	}
	checkFind(t, d, tests)
}
