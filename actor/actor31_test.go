package actor

import "testing"

// TestFindActor31 covers national Red Cross and Red Crescent societies as aid
// actors of their country.
func TestFindActor31(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// A national Red Cross or Red Crescent society is its country's aid
		// actor; the bare "Red Cross" stays the ICRC.
		{"a Red Crescent society after a demonym", "The Somali Red Crescent evacuated 30 wounded from Baidoa.", "2024-03-01",
			[]want{{"Somali Red Crescent", "SOMAID", "AID", KindDemonym}}},
		{"a Red Cross society after a country", "Volunteers of the Malawi Red Cross Society handed out tents.", "2024-03-01",
			[]want{{"Malawi Red Cross Society", "MWIAID", "AID", KindCountry}}},
		{"the bare Red Cross", "The Red Cross visited the detainees on Sunday.", "2024-03-01",
			[]want{{"Red Cross", "ICRC", "NGO", KindOrg}, {"detainees", "", "CVL", KindSector}}},
		// A state security committee is a country's secret police.
		{"a state committee after a possessive", "Uzbekistan's State Committee for National Security arrested two bloggers.", "2024-03-01",
			[]want{{"Uzbekistan's State Committee for National Security", "UZBSPY", "SPY", KindCountry}, {"bloggers", "", "MED", KindSector}}},
		{"a national security committee after a demonym", "The Armenian National Security Committee questioned the mayor.", "2024-03-01",
			[]want{{"Armenian National Security Committee", "ARMSPY", "SPY", KindDemonym}, {"mayor", "", "GOV", KindSector}}},
		// A district magistrate runs a district; a magistrate alone judges.
		{"a district magistrate", "The district magistrate of Sylhet banned gatherings.", "2024-03-01",
			[]want{{"district magistrate", "", "GOV", KindSector}}},
		{"a magistrate alone", "A magistrate in Mombasa remanded the suspects.", "2024-03-01",
			[]want{{"magistrate", "", "JUD", KindSector}}},
		// A health office or a doctors' body is the health sector.
		{"a provincial health office", "Four people died, the provincial health office in Hodeidah said.", "2024-03-01",
			[]want{{"people", "", "CVL", KindSector}, {"health office", "", "HLH", KindSector}}},
		{"a medical association after a country", "The Zambia Medical Association said 11 protesters were treated for gunshot wounds.", "2024-03-01",
			[]want{{"Zambia Medical Association", "ZMBHLH", "HLH", KindCountry}, {"protesters", "", "PRO", KindSector}}},
		{"a health ministry stays a ministry", "The health ministry said nine were hurt.", "2024-03-01",
			[]want{{"ministry", "", "GOV", KindSector}}},
		// Relatives are civilians; a rights network is a rights group.
		{"relatives after a possessive pronoun", "Police in Bamako held the blogger overnight, his relatives said.", "2024-03-01",
			[]want{{"Police", "", "COP", KindSector}, {"Bamako", "MLIGOV", "GOV", KindCapital}, {"blogger", "", "MED", KindSector}, {"relatives", "", "CVL", KindSector}}},
		{"family members", "Family members of the missing fishermen blocked the port road.", "2024-03-01",
			[]want{{"Family members", "", "CVL", KindSector}, {"fishermen", "", "CVL", KindSector}}},
		{"a rights network after a demonym", "A Honduran human rights network said 14 people were detained.", "2024-03-01",
			[]want{{"Honduran human rights network", "HNDNGO", "NGO", KindDemonym}, {"people", "", "CVL", KindSector}}},
	}
	checkFind(t, d, tests)
}
