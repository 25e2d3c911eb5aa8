package code_test

import "testing"

// TestLex94BarredFrom: people, craft or parties kept from doing what they
// would ("barred … from leaving", "stopped … from reaching") are a
// restriction (COERCE, mode restrict); a rule "barring" someone tells a
// rule, and "blocked the road to stop troops from reaching" the
// blockade's purpose, not a second act.
func TestLex94BarredFrom(t *testing.T) {
	for _, s := range []string{
		"Pyongyang barred all Malaysian citizens in the country from leaving on Tuesday.",
		"The Dutch government barred the Turkish minister's plane from landing in Rotterdam.",
		"Soldiers stopped the ambulances from reaching the wounded for two days.",
		"Riot police prevented the opposition leader from addressing supporters in the capital.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "", "COERCE", "restrict") })
	}
	for _, s := range []string{
		"The ministry lifted a rule barring nurses from speaking to the press.",
		"Villagers blocked the main road to stop soldiers from reaching the valley.",
	} {
		t.Run(s, func(t *testing.T) { wantNoTypeMode(t, s, "", "COERCE", "restrict") })
	}
}
