package actor

import "testing"

// TestFindActor45 covers named state forces, units and agencies and
// state-backed militias: a unit is its state's sector, a disbanded unit is
// no longer its state's after the day it was dissolved, a name several
// countries' forces share is a sector noun that takes the sentence's
// country, another army's "National Defence Forces" stays that army's, and
// the town of Nahal Oz is no brigade.
func TestFindActor45(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"riot police before their dissolution", "Berkut officers beat protesters in Kiev.", "2014-01-20",
			[]want{{"Berkut officers", "UKRCOP", "COP", KindGroup}, {"protesters", "", "PRO", KindSector}, {"Kiev", "UKRGOV", "GOV", KindCapital}}},
		{"riot police after their dissolution", "Berkut officers went on trial in Kiev.", "2016-01-20",
			[]want{{"Berkut officers", "BERKUT", "COP", KindGroup}, {"Kiev", "UKRGOV", "GOV", KindCapital}}},
		{"a police squad before it was disbanded", "SARS officers shot a protester in Lagos.", "2020-10-08",
			[]want{{"SARS officers", "NGACOP", "COP", KindGroup}, {"protester", "", "PRO", KindSector}}},
		{"a pro-government militia before the fall of Assad", "The National Defence Forces shelled the village.", "2016-05-01",
			[]want{{"National Defence Forces", "SYRMLT", "MLT", KindGroup}}},
		{"another army's National Defence Forces", "Burundian National Defence Forces crossed the border.", "2016-05-01",
			[]want{{"Burundian National Defence Forces", "BDIMIL", "MIL", KindGroup}}},
		{"Ethiopia's army in the plural", "Ethiopian National Defense Forces retook the town.", "2021-12-01",
			[]want{{"Ethiopian National Defense Forces", "ETHMIL", "MIL", KindGroup}}},
		{"a regional special police", "Liyu police killed 20 civilians.", "2018-08-01",
			[]want{{"Liyu police", "ETHCOP", "COP", KindGroup}, {"civilians", "", "CVL", KindSector}}},
		{"a state-backed vigilante corps", "Amotekun operatives arrested five kidnappers.", "2021-03-01",
			[]want{{"Amotekun", "NGAMLT", "MLT", KindGroup}, {"kidnappers", "", "CRM", KindSector}}},
		{"an army brigade", "The Givati Brigade raided the camp.", "2024-03-01",
			[]want{{"Givati Brigade", "ISRMIL", "MIL", KindGroup}}},
		{"a town, not a brigade", "Rockets hit Nahal Oz.", "2024-03-01",
			nil},
		{"riot police several countries name OMON", "OMON officers detained protesters in Minsk.", "2020-08-10",
			[]want{{"OMON officers", "", "COP", KindSector}, {"protesters", "", "PRO", KindSector}, {"Minsk", "BLRGOV", "GOV", KindCapital}}},
		{"Sudan's intelligence service", "Sudan's NISS arrested the opposition leader.", "2018-12-25",
			[]want{{"Sudan's NISS", "SDNSPY", "SPY", KindCountry}, {"opposition leader", "", "OPP", KindSector}}},
	}
	checkFind(t, d, tests)
}
