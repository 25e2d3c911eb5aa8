package code_test

import "testing"

// TestWireVocabularySixth checks trigger rows for constructions found
// missing in blind wire copy, each said in our own words with other actors
// and places, and the look-alikes that must stay out: a typ of "" wants no
// event of notTyp.
func TestWireVocabularySixth(t *testing.T) {
	runVocabCases(t, []vocabCase{
		// "regretted" doubles its t: regret of another side's decision is
		// disapproval, whoever's decision it was.
		{"regretted possessor decision", "ACCUSE", "disapprove", "",
			"Chile said it regretted Bolivia's decision to close the border crossing."},
		{"regretted possessor refusal", "ACCUSE", "disapprove", "",
			"The Chilean government regretted La Paz's refusal to reopen the consulate."},
		// "planned to swap" is a promise to free captives, not yet a release.
		{"planned to swap prisoners", "AGREE", "", "",
			"Kyiv and Moscow planned to swap prisoners of war next week."},
		// "drop" doubles its p: a price rise given up is a concession.
		{"dropped the price hike", "CONCEDE", "", "",
			"The cabinet dropped the planned petrol price hike after two days of riots."},
		// British spelling doubles the l of "cancel".
		{"cancelled the fare rise", "CONCEDE", "", "",
			"Nairobi's governor cancelled the planned bus fare rise after two days of protests."},
		// a deadline of one unit of time is an ultimatum.
		{"gave an hour to resign", "THREATEN", "", "",
			"Striking miners gave the Bolivian cabinet an hour to resign on Tuesday."},
		{"given a week to disarm", "THREATEN", "", "",
			"The Sahel junta has given the militia a week to disarm."},
		// lists of wanted people handed over both ways are shared intelligence.
		{"exchanged lists of fugitives", "COOPERATE", "", "",
			"Ecuador and Colombia exchanged lists of fugitives wanted by each country."},
		// a reprisal promised by saying an act will be answered.
		{"not leave unanswered", "THREATEN", "violence", "",
			"The Turkish defence ministry said Ankara would not leave this aggression unanswered."},
		{"will not go unpunished", "THREATEN", "violence", "",
			"Pakistan's army said the ambush on its convoy will not go unpunished."},
		// sending people out of the country on a plane deports them.
		{"put on a plane to", "COERCE", "deport", "",
			"Malaysian police detained 40 Myanmar migrants and put them on a plane to Yangon."},
		{"loaded cargo stays out", "", "", "COERCE",
			"The World Food Programme put the wheat on a ship to Port Sudan."},
		// a ceasefire told as agreed is the agreement itself.
		{"truce agreed by", "AGREE", "", "",
			"Fighting resumed in Abyei despite a truce agreed by the Sudanese and South Sudanese defence ministers on Monday."},
		{"ceasefire had been agreed", "AGREE", "", "",
			"Ethiopian officials said a ceasefire had been agreed with the Tigrayan forces under African Union mediation."},
		// a force named by where it was posted, leaving.
		{"last troops based in left", "RETREAT", "withdraw", "",
			"The last Italian troops based in southern Lebanon left on Sunday."},
		{"last peacekeepers deployed in departed", "RETREAT", "withdraw", "",
			"The last Kenyan peacekeepers deployed in Haiti departed after the mission ended."},
		{"troops based in left for exercises stays out", "", "", "RETREAT",
			"Polish troops based in Germany left for joint manoeuvres in Lithuania."},
		// a quoted label: the quotation mark stands after the article.
		{"called a quoted milestone", "SUPPORT", "", "",
			"Switzerland, which hosted the talks, called the accord a 'milestone' for Colombia."},
		{"called a quoted provocation", "ACCUSE", "disapprove", "",
			"Seoul called the missile launch a 'provocation' by Pyongyang."},
		{"called a quoted kidnapping", "ACCUSE", "disapprove", "",
			"Zambia's main opposition party called the arrest a \"kidnapping\" and vowed to appeal."},
		// a relationship put under review threatens to scale it down.
		{"review relations with", "THREATEN", "relations", "",
			"The Dutch foreign ministry said it would review its relations with Baku."},
		{"reconsidering ties with", "THREATEN", "relations", "",
			"Rome is reconsidering its ties with Tripoli after the detention of two Italian engineers."},
		// readiness declared is intent.
		{"stood ready to help", "AGREE", "", "",
			"Japan's prime minister said Tokyo stood ready to help as soon as Manila asked."},
		// a removed leader given back his office.
		{"reinstated as prime minister", "CONCEDE", "", "",
			"Niger's military council reinstated Ouhoumoudou Mahamadou as prime minister on Friday under a deal brokered by Togo."},
		{"reinstated premier as head of government", "CONCEDE", "", "",
			"Under regional pressure, Guinea-Bissau's army reinstated the civilian premier as head of government on Monday."},
	})
}
