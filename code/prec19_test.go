package code_test

// Background the precision pass of wire19 found recurring in news of any
// story: a perfect that reaches back to a dated earlier act named after
// "since", an act dated by a span of years long past or by a date more
// than a year back, what a dated backstory act came after, an object
// denied with "no", one expulsion told twice, and the game a sports
// report tells in words of war.

import (
	"testing"
)

// Each text, published on pub, codes exactly n events of type typ.
func TestPrec19Background(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		// What has been done since an act dated before the news month is a
		// total to date or a state, not an act of its own.
		{"a perfect since a clause dated to an earlier month", "2024-06-10",
			"The insurgents have seized a dozen villages since the army began pulling out of the province in March.", "COERCE", 0},
		{"a perfect since a clause dated to an earlier year", "2024-06-10",
			"Kampala has set up four camps along the frontier since it launched an offensive against the rebels in 2021.", "MOBILIZE", 0},
		{"a perfect since a gerund dated to an earlier month", "2023-02-14",
			"The militia has captured several towns in the hills since launching a new push in early November.", "COERCE", 0},
		{"a perfect since an act dated to the day is news", "2024-06-10",
			"Police have arrested 40 people since the protests began on Friday.", "COERCE", 1},
		// A span of years that ended before the news dates history.
		{"a war dated by a span of years", "2024-05-02",
			"Iraq and Iran fought a 1980-88 war that killed hundreds of thousands of people.", "ASSAULT", 0},
		{"a siege dated by a span of years", "2024-05-02",
			"More than 200,000 people died in the 1992-1995 siege of the capital.", "COERCE", 0},
		{"an attack compared with a war of a span of years", "2024-05-02",
			"Gunmen attacked a bus near Gao on Sunday, killing nine passengers, in the worst attack on civilians since the 2012-2013 conflict.", "ASSAULT", 1},
		// An attack noun whose verb is dated more than a year back.
		{"a bombing whose toll is dated years back", "2024-06-10",
			"A bombing at the Sufi shrine in Sehwan wounded 40 worshippers in March 2019.", "ASSAULT", 0},
		{"fighting whose toll is dated years back", "2024-06-10",
			"Fighting between the two militias in the Nuba hills killed 60 people in August 2021.", "ASSAULT", 0},
		{"a bombing dated to a weekday stays", "2024-06-10",
			"A bombing at the Sufi shrine in Sehwan wounded 40 worshippers on Friday.", "ASSAULT", 1},
		{"a march marking years since a toll stays", "2024-06-10",
			"Thousands of Kenyans marched in Nairobi on Tuesday to mark two years since the clashes that killed 60 people.", "PROTEST", 1},
		// An object denied with "no" tells that nothing was done.
		{"an offer of no comment", "2024-02-05",
			"The ministry confirmed receiving the letter but offered no further comment.", "AGREE", 0},
		{"a pledge of no troops", "2024-02-05",
			"Abuja pledged no new troops for the regional force.", "AGREE", 0},
		{"no fewer than is a count", "2024-02-05",
			"Gunmen killed no fewer than 20 villagers near Mopti on Sunday.", "ASSAULT", 1},
		// One expulsion told twice, the second time of a pronoun.
		{"an expulsion and the days given to leave", "2024-03-01",
			"Chile declared Venezuela's consul, Luis Pérez, persona non grata and gave him three days to leave the country, after Caracas expelled two Chilean diplomats.", "SANCTION", 2},
		{"an expulsion and the hours given to leave", "2024-03-01",
			"Morocco declared Algeria's consul, Karim Said, persona non grata and gave him 48 hours to leave, after Algiers closed its airspace to Moroccan planes.", "SANCTION", 1},
		{"an expulsion and a closure are two measures", "2024-03-01",
			"Chad expelled Sudan's ambassador on Friday and ordered the closure of the Sudanese consulate in Abeche.", "SANCTION", 2},
		// What a dated backstory act came after is older still: the clause
		// after "after" or "following" tells no news.
		{"what a dated past perfect came after, told as a clause", "2024-09-01",
			"Nairobi had recalled its envoy from Kampala in March after Uganda signed a defence pact with the rebels.", "AGREE", 0},
		{"what a dated past perfect followed, told as a clause", "2024-09-01",
			"Lusaka had expelled two Malawian diplomats in May following Lilongwe's decision to sign a border deal with Harare.", "AGREE", 0},
		// A sports report tells its game in words of war, even where a
		// sentence holds no sport word; harm to people, or armed or
		// official actors, stay news.
		{"a barrage of attacks in a game", "2024-02-05",
			"Senegal edged Cameroon 2-1 in Yaounde on Sunday to reach the final. The Lions of Teranga's defence withstood a barrage of Cameroonian attacks in the last ten minutes.", "ASSAULT", 0},
		{"a team beaten on the scoreline", "2024-02-05",
			"Peru beat Chile 3-1 in Lima on Tuesday night. Chile's defenders were overrun in the second half as Peru's forwards stormed forward again and again.", "ASSAULT", 0},
		{"a vow to fight back in the return leg", "2024-02-05",
			"Ghana thrashed Togo 4-0 in Accra on Friday. Togo's coach said his men had been bombarded from the first whistle and vowed to fight back in the return leg.", "THREATEN", 0},
		{"police firing tear gas at fans stay", "2024-02-05",
			"Kenya beat Uganda 3-0 in Nairobi on Saturday. Police fired tear gas at fans outside the stadium after the match.", "ASSAULT", 1},
		{"a grenade wounding fans stays", "2024-02-05",
			"Kenya beat Uganda 3-0 in Nairobi on Saturday. A grenade thrown into the crowd outside the stadium wounded six fans.", "ASSAULT", 1},
		{"a range of a count is no score", "2024-02-05",
			"Gunmen killed 10-15 villagers near Bama on Sunday. The attackers torched houses and the market.", "ASSAULT", 2},
		{"a tally of votes is no score", "2024-02-05",
			"Lawmakers voted 88-12 on Monday to approve the budget. Militants attacked a convoy near Garissa on Tuesday.", "ASSAULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
