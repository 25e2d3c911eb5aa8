package actor

import "testing"

// TestFindActor40 covers office-holders of 2010-2019 added to the people
// file: a surname alone resolves within the dated role and to no actor id
// outside it, a role moves with the office, a surname that is also a common
// personal name stays quiet next to another capitalised word, and a town that
// shares a leader's name is left to the gazetteer.
func TestFindActor40(t *testing.T) {
	d := MustLoad(t)
	tests := []findCase{
		{"a secretary of state by surname", "Kerry said the talks would resume.", "2014-07-20",
			[]want{{"Kerry", "USAGOV", "GOV", KindPerson}}},
		{"a common personal name next to another capitalised word", "Kerry Washington said the talks would resume.", "2014-07-20",
			nil},
		{"a prime minister by surname", "Abadi ordered an offensive to retake Ramadi.", "2015-05-18",
			[]want{{"Abadi", "IRQGOV", "GOV", KindPerson}}},
		{"a president after his term", "Goodluck Jonathan said he would not contest the result.", "2016-03-01",
			[]want{{"Goodluck Jonathan", "", "", KindPerson}}},
		{"an army chief who became a minister", "Eisenkot said the talks would go on.", "2016-02-01",
			[]want{{"Eisenkot", "ISRMIL", "MIL", KindPerson}}},
		{"a role that moves with the office", "Haniyeh rejected the demand.", "2006-06-01",
			[]want{{"Haniyeh", "PSEGOV", "GOV", KindPerson}}},
		{"the same man after his government was dismissed", "Haniyeh rejected the demand.", "2012-06-01",
			[]want{{"Haniyeh", "HAMAS", "REB", KindPerson}}},
	}
	checkFind(t, d, tests)
}
