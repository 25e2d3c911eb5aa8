package code_test

// Precision cases of issue 3 (prec32): sentences that hold no event of
// their own, told as background: a perfect running since an earlier month
// or year, a habit with "every year", allegiance pledged in the perfect.

import "testing"

// A perfect, present or past, whose clause runs "since" a month or a year
// before the news is a total to date or a standing state; one since a day
// of this week, or a tally a speaker gives, is news.
func TestPrec32PerfectSinceEarlierMonth(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"had killed since early March", "2024-06-10", "Skirmishes and mortar fire in the valley had killed at least 40 villagers since early March.", "ASSAULT", 0},
		{"have killed since early March", "2024-06-10", "Clashes between rival herders in the valley have killed at least 40 villagers since early March.", "ASSAULT", 0},
		{"has fought since a dated accord", "2024-03-01", "The guerrilla front has fought the army and rival gangs over mining routes since the 2019 ceasefire.", "ASSAULT", 0},
		{"has been backed since a dated war", "2024-03-01", "Transnistria has been backed by Russian troops since a 1992 war.", "SUPPORT", 0},
		{"cut since a month before", "2024-06-10", "Internet access in Tigray has been largely cut since January.", "COERCE", 0},
		{"cut since a day of this week stays", "2024-06-10", "Internet access in Tigray has been largely cut since Thursday.", "COERCE", 1},
		{"a tally since a day stays", "2024-06-10", "Clashes between rival herders in the valley have killed at least 40 villagers since Thursday.", "ASSAULT", 1},
		{"a tally a speaker gives stays", "2024-06-10", "Skirmishes and mortar fire in the valley had killed at least 40 villagers since early March, a local official said.", "ASSAULT", 1},
	})
}

// A habit told in the present with "every year" or "each month" is
// background; the same act told in the past is news.
func TestPrec32EveryPeriodHabit(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"are detained every year", "2024-06-10", "Dozens of fishermen are detained by the coast guard along the maritime border every year.", "COERCE", 0},
		{"kidnap each month", "2024-06-10", "Bandits kidnap scores of travellers on the highway each month, a rights group says.", "ASSAULT", 0},
		{"were detained on Monday stays", "2024-06-10", "Dozens of fishermen were detained by the coast guard along the maritime border on Monday.", "COERCE", 1},
	})
}

// Allegiance pledged in the perfect is a standing tie; a pledge told
// with its day is news.
func TestPrec32AllegiancePerfect(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"has pledged allegiance", "2024-06-10", "The Somali faction has pledged allegiance to al-Qaeda.", "AGREE", 0},
		{"have pledged allegiance after an aside", "2024-06-10", "The Sahel cells, which grew out of a smuggling network, have pledged allegiance to the Islamic State.", "AGREE", 0},
		{"pledged allegiance on Monday stays", "2024-06-10", "The Somali faction pledged allegiance to al-Qaeda on Monday, its spokesman said.", "AGREE", 1},
	})
}

// A clause whose subject is negated tells what no one did; another clause
// of the sentence keeps its act, and so does the same act with a subject.
func TestPrec32NegatedSubject(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"no government has recognised", "2024-06-10", "No government has formally recognised the breakaway republic of Somaliland.", "SUPPORT", 0},
		{"neither army has announced a ceasefire", "2024-06-10", "Neither army has announced any ceasefire along the river.", "RETREAT", 0},
		{"a subject recognises", "2024-06-10", "Kenya has formally recognised the breakaway republic of Somaliland.", "SUPPORT", 1},
		{"the next clause keeps its act", "2024-06-10", "No group claimed the bombing, and the army blamed Boko Haram.", "ACCUSE", 1},
		{"the violence a claim is denied for stays", "2024-06-10", "No group has claimed the bombing of a mosque in Peshawar that killed 30 people on Friday.", "ASSAULT", 1},
	})
}

// A sentence opened by "last month" or "last March" steps back from the
// news; one opened by "last week" or "earlier this month" is told as news.
func TestPrec32FrontedEarlierDate(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"last month, seized", "2024-06-10", "Last month the Indonesian navy seized three Vietnamese trawlers near the Natuna islands.", "COERCE", 0},
		{"last March, freed", "2024-06-10", "Last March, Ghana freed 14 Togolese traders as a gesture of goodwill.", "RETREAT", 0},
		{"last week stays", "2024-06-10", "Last week the Indonesian navy seized three Vietnamese trawlers near the Natuna islands.", "COERCE", 1},
		{"earlier this month stays", "2024-06-10", "Earlier this month, the Indonesian navy seized three Vietnamese trawlers near the Natuna islands.", "COERCE", 1},
	})
}

// A participle aside between a subject and its verb says which thing is
// meant; one dated to the last days tells the news in passing.
func TestPrec32ParticipleAside(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"the treaty, signed two years later,", "2024-06-10", "The treaty, signed in Lomé two years later, gave the island its own parliament.", "AGREE", 0},
		{"the pact, quietly signed in March,", "2024-06-10", "The pact, quietly signed in March, would let Chinese police train Solomon Islands officers.", "AGREE", 0},
		{"a truce, agreed on Monday, stays", "2024-06-12", "A truce between Kenya and Somalia, agreed in Nairobi on Monday under Qatari mediation, took effect at dawn.", "AGREE", 1},
	})
}

// Praise from people named only by a bare plural is no actor's support;
// praise from a named group stays.
func TestPrec32GenericPraise(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"critics praised", "2024-06-10", "Critics praised Kenya's army for its restraint.", "SUPPORT", 0},
		{"viewers praised", "2024-06-10", "Viewers praised the Nigerian army drama for its restraint.", "SUPPORT", 0},
		{"opposition parties welcomed stays", "2024-06-10", "Kenyan opposition parties welcomed the government's decision to free the prisoners.", "SUPPORT", 1},
	})
}

// A deal or a truce only hoped for is not made; one signed is.
func TestPrec32ProspectDeal(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"little chance of a peace deal", "2024-06-10", "Diplomats in Addis Ababa see little chance of a peace deal between Ethiopia and Eritrea before the rains.", "AGREE", 0},
		{"hopes of a wider truce", "2024-06-10", "The prisoner exchange has raised hopes of a wider truce between Russia and Ukraine.", "AGREE", 0},
		{"a deal signed stays", "2024-06-10", "Ethiopia and Eritrea signed a peace deal in Jeddah on Monday.", "AGREE", 1},
	})
}

// "No fewer than" counts; it does not negate the subject.
func TestPrec32NoFewerThan(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"no fewer than eight", "2024-06-10", "No fewer than eight gendarmes were killed when gunmen ambushed their convoy near Dori on Monday.", "ASSAULT", 1},
	})
}

// What a "whether" clause asks is an open question; the same words told
// as a statement keep their event.
func TestPrec32WhetherClause(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"examining whether meant for an attack", "2024-06-10", "A court in Belgrade was examining whether the rifles were meant for an attack on Kosovo police.", "ASSAULT", 0},
		{"said they were used in an attack", "2024-06-10", "A court in Belgrade said the rifles were used in an attack on Kosovo police in September.", "ASSAULT", 1},
		{"did not say whether it would accept", "2024-06-10", "Ukraine welcomed the plan, while Russia's envoy did not say whether Moscow would accept it.", "AGREE", 0},
		{"said it would accept", "2024-06-10", "Russia's envoy said Moscow would accept the plan.", "AGREE", 1},
		{"the subject of a whether clause happened", "2024-06-10", "It was not clear whether a suicide bombing that killed 12 people at a Quetta market on Monday was the work of the BLA.", "ASSAULT", 1},
	})
}

// A participle in -ing hung on a background act goes with it; hung on an
// act of the news it stays.
func TestPrec32ParticipleOfBackground(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"recalled in February, calling", "2024-06-10", "Uganda closed its border with Rwanda on Tuesday. Kampala recalled its envoy from Kigali in February, calling the border dispute a hostile act.", "ACCUSE", 0},
		{"had recalled in February, calling", "2024-06-10", "Uganda closed its border with Rwanda on Tuesday. Kampala had recalled its envoy from Kigali in February, calling the border dispute a hostile act.", "ACCUSE", 0},
		{"have fought for decades, accusing", "2024-06-10", "Rebels in Casamance have fought the army for decades, accusing Dakar of neglecting the region.", "ACCUSE", 0},
		{"had overrun in February, burning", "2024-06-10", "Bandits had overrun the village of Kuchi in February, burning homes and a clinic.", "ASSAULT", 0},
		{"recalled on Monday, calling, stays", "2024-06-10", "Kampala recalled its envoy from Kigali on Monday, calling the border closure a hostile act.", "ACCUSE", 1},
	})
}

// "Earlier this month" falls in the month of the news: a past perfect so
// dated is news; one dated to an earlier month is background.
func TestPrec32EarlierThisMonth(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"had summoned earlier this month", "2024-06-20", "Ghana's foreign ministry had summoned Togo's ambassador earlier this month to protest the arrest of two traders.", "ACCUSE", 1},
		{"had summoned in April", "2024-06-20", "Ghana's foreign ministry had summoned Togo's ambassador in April to protest the arrest of two traders.", "ACCUSE", 0},
	})
}

// A time told from a recalled past in months or years ("later that year",
// "the following spring", "two years later") is history; one in days
// keeps the news.
func TestPrec32RelativePastSpan(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"closed later that year", "2024-06-10", "Burundi expelled the UN envoy and closed the UN rights office later that year.", "COERCE", 0},
		{"two years later signed", "2024-06-10", "Rwandan troops later seized the town, and two years later Kigali signed a security pact with Kinshasa.", "AGREE", 0},
		{"a year later, signed", "2024-06-10", "A year later, Kigali signed a security pact with Kinshasa.", "AGREE", 0},
		{"two days later, signed, stays", "2024-06-10", "Two days later, Kigali signed a security pact with Kinshasa.", "AGREE", 1},
		{"signed on Monday stays", "2024-06-10", "Kenya and Somalia signed a border treaty in Nairobi on Monday.", "AGREE", 1},
	})
}

// An act dated by a period that is over ("during the war", "during his
// rule") is history; the same act dated to a day is news.
func TestPrec32DuringClosedPeriod(t *testing.T) {
	runTypeCounts(t, []typeCountCase{
		{"recaptured during the war", "2024-06-10", "Ethiopian troops recaptured the town during the war.", "ASSAULT", 0},
		{"accused of jailing during his rule", "2024-06-10", "The former president was accused by rights groups of jailing journalists during his rule.", "ACCUSE", 0},
		{"recaptured on Sunday stays", "2024-06-10", "Azerbaijani troops recaptured the village on Sunday, the defence ministry said.", "ASSAULT", 1},
		{"accused on Monday stays", "2024-06-10", "Rights groups accused the former president on Monday of jailing journalists.", "ACCUSE", 1},
		{"a participle the period dates", "2024-06-10", "Greece's ambassador in Rome called for the return of statues looted during the war.", "REQUEST", 1},
	})
}
