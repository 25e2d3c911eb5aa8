package actor

import "testing"

// TestFindActor48 covers the generic people of conflict and protest news
// that the sector nouns lacked (a cartel's boss, health-care workers,
// village chiefs and traditional rulers, growers of a crop,
// porters, volunteer fighters, carabineros) and the "-led" phrases that
// name one force (the Kurdish-led forces of north-east Syria, NATO-led
// peacekeepers), with the words left out.
func TestFindActor48(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"a cartel's boss is the cartel's", "Marines captured a cartel boss at a ranch.", "2024-06-01",
			[]want{{"Marines", "", "MIL", KindSector}, {"cartel boss", "", "CRM", KindSector}}},
		{"health-care workers are the health sector", "Healthcare workers walked out of the clinics.", "2024-06-01",
			[]want{{"Healthcare workers", "", "HLH", KindSector}, {"clinics", "", "HLH", KindSector}}},
		{"medical workers with a demonym", "Sudanese medical workers said the ward was shelled.", "2024-06-01",
			[]want{{"Sudanese medical workers", "SDNHLH", "HLH", KindDemonym}}},
		{"a village chief is a civilian", "Gunmen abducted the village chief overnight.", "2024-06-01",
			[]want{{"Gunmen", "", "REB", KindSector}, {"village chief", "", "CVL", KindSector}}},
		{"traditional rulers are civilians", "Nigerian traditional rulers called for calm.", "2024-06-01",
			[]want{{"Nigerian traditional rulers", "NGACVL", "CVL", KindDemonym}}},
		{"growers of a crop are farmers", "Coca growers blocked the road for a week.", "2024-06-01",
			[]want{{"Coca growers", "", "CVL", KindSector}}},
		{"porters are civilians", "Border guards shot two Kurdish porters.", "2024-06-01",
			[]want{{"Border guards", "", "MIL", KindSector}, {"porters", "", "CVL", KindSector}}},
		{"volunteer fighters are a militia", "Volunteer fighters ambushed the jihadists.", "2024-06-01",
			[]want{{"Volunteer fighters", "", "MLT", KindSector}, {"jihadists", "", "REB", KindSector}}},
		{"bare volunteers are left out", "Volunteers handed out food and blankets.", "2024-06-01",
			nil},
		{"carabineros are police", "Chilean carabineros detained the students.", "2024-06-01",
			[]want{{"Chilean carabineros", "CHLCOP", "COP", KindDemonym}, {"students", "", "EDU", KindSector}}},
		{"Kurdish-led forces are the SDF", "Kurdish-led forces took the village.", "2024-06-01",
			[]want{{"Kurdish-led forces", "SDF", "REB", KindGroup}}},
		{"the Kurdish-led administration stands for the SDF", "The Kurdish-led administration handed over 50 families.", "2024-06-01",
			[]want{{"Kurdish-led administration", "SDF", "REB", KindGroup}, {"families", "", "CVL", KindSector}}},
		{"NATO-led peacekeepers are NATO's", "NATO-led peacekeepers guarded the town hall.", "2024-06-01",
			[]want{{"NATO-led peacekeepers", "NATO", "IGO", KindOrg}}},
	}
	checkFind(t, d, tests)
}
