package actor

import "testing"

// TestFindActor26 covers classes of state and party actors the newest wires
// name that had no rows: national and palace guards, legislatures in the
// plural, party youth and armed wings, collective heads of state, media
// regulators, constitutional councils and higher courts, war veterans, and
// organs of state under their own names (security services, electoral
// bodies, regional governments, parliaments).
func TestFindActor26(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		// Guards are troops.
		{"national and palace guards", "The National Guard detained an editor, and presidential guards fired warning shots.", "2024-06-01",
			[]want{{"National Guard", "", "MIL", KindSector}, {"editor", "", "MED", KindSector}, {"presidential guards", "", "MIL", KindSector}}},
		{"a national guard after a demonym", "Ukrainian national guardsmen dug in, and the Republican Guard stayed in its barracks.", "2024-06-01",
			[]want{{"Ukrainian national guardsmen", "UKRMIL", "MIL", KindDemonym}, {"Republican Guard", "", "MIL", KindSector}}},
		// Legislatures in the plural.
		{"rival legislatures", "Delegates of the two rival legislatures met in Geneva.", "2024-06-01",
			[]want{{"legislatures", "", "LEG", KindSector}}},
		// A party's wings.
		{"a youth wing is a militia", "Members of the ruling party's youth wing beat a trader.", "2024-06-01",
			[]want{{"ruling party", "", "GOV", KindSector}, {"youth wing", "", "MLT", KindSector}, {"trader", "", "BUS", KindSector}}},
		{"a student wing is a militia", "Activists of the student wing stormed a dormitory.", "2024-06-01",
			[]want{{"Activists", "", "PRO", KindSector}, {"student wing", "", "MLT", KindSector}}},
		{"an armed wing is rebels", "The movement's armed wing handed over its last rifles.", "2024-06-01",
			[]want{{"armed wing", "", "REB", KindSector}}},
		// Collective heads of state and regulators are organs of state.
		{"transitional and sovereign councils", "The transitional council asked for more police; the Sovereign Council refused.", "2024-06-01",
			[]want{{"transitional council", "", "GOV", KindSector}, {"police", "", "COP", KindSector}, {"Sovereign Council", "", "GOV", KindSector}}},
		{"a media regulator", "The media regulator suspended two radio stations.", "2024-06-01",
			[]want{{"media regulator", "", "GOV", KindSector}, {"radio stations", "", "MED", KindSector}}},
		{"a bare regulator is no actor", "The telecoms regulator fined an operator after the outage.", "2024-06-01", nil},
		// Courts.
		{"constitutional councils and higher courts", "The Constitutional Council struck down the decree, and an appeals court freed the mayor.", "2024-06-01",
			[]want{{"Constitutional Council", "", "JUD", KindSector}, {"appeals court", "", "JUD", KindSector}, {"mayor", "", "GOV", KindSector}}},
		// Veterans are civilians, not soldiers.
		{"war veterans", "Hundreds of war veterans blocked a bridge, and army veterans joined them.", "2024-06-01",
			[]want{{"war veterans", "", "CVL", KindSector}, {"army veterans", "", "CVL", KindSector}}},
		// Village self-defence is a militia; a lone guardsman a soldier.
		{"self-defence patrols", "Raiders ambushed a self-defence patrol, and a guardsman was hurt.", "2024-06-01",
			[]want{{"self-defence patrol", "", "MLT", KindSector}, {"guardsman", "", "MIL", KindSector}}},
		{"self-defence units", "Two self-defense units guarded the wells.", "2024-06-01",
			[]want{{"self-defense units", "", "MLT", KindSector}}},
		// Organs of state under their own names.
		{"Nigerian services and electoral body", "The DSS held a blogger for a week while INEC delayed the count.", "2024-06-01",
			[]want{{"DSS", "NGASPY", "SPY", KindGroup}, {"blogger", "", "MED", KindSector}, {"INEC", "NGAGOV", "GOV", KindGroup}}},
		{"border forces of two neighbours", "The BSF said Border Guard Bangladesh had fired first.", "2024-06-01",
			[]want{{"BSF", "INDCOP", "COP", KindGroup}, {"Border Guard Bangladesh", "BGDMIL", "MIL", KindGroup}}},
		{"Philippine police and electoral body", "The PNP escorted the ballots that Comelec had printed.", "2024-06-01",
			[]want{{"PNP", "PHLCOP", "COP", KindGroup}, {"Comelec", "PHLGOV", "GOV", KindGroup}}},
		{"a regional government and a counter-terrorism force", "The Kurdistan Regional Government said the Counter-Terrorism Service had made the arrests.", "2024-06-01",
			[]want{{"Kurdistan Regional Government", "IRQGOV", "GOV", KindGroup}, {"Counter-Terrorism Service", "IRQMIL", "MIL", KindGroup}}},
		{"police forces known by their own names", "Carabineros cleared the square and Gardaí questioned a driver.", "2024-06-01",
			[]want{{"Carabineros", "CHLCOP", "COP", KindGroup}, {"Gardaí", "IRLCOP", "COP", KindGroup}}},
		{"a junta's ruling body", "The State Administration Council extended martial law; the Guardian Council vetted the list.", "2024-06-01",
			[]want{{"State Administration Council", "MMRGOV", "GOV", KindGroup}, {"Guardian Council", "IRNGOV", "GOV", KindGroup}}},
		{"rangers of wildlife services", "KWS rangers and ICCN guards patrolled the park.", "2024-06-01",
			[]want{{"KWS rangers", "KENCOP", "COP", KindGroup}, {"ICCN", "CODCOP", "COP", KindGroup}}},
		// Parliaments under their own names.
		{"parliaments by name", "The House of Peoples' Representatives and the Sobranie both voted on Monday.", "2024-06-01",
			[]want{{"House of Peoples' Representatives", "ETHLEG", "LEG", KindCapital}, {"Sobranie", "MKDLEG", "LEG", KindCapital}}},
	}
	checkFind(t, d, tests)
}
