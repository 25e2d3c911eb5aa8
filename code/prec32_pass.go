package code

// Background pass of issue 3 (prec32), asked by backgroundAct: each rule
// lives in its own prec32_*.go file.

import "time"

// backgroundPrec32 returns why the trigger cd tells background rather
// than news, or "": a perfect running since an earlier month or year
// ("had killed 20 people since late July"), see prec32_since.go; a habit
// told in the present with "every year" ("dozens are detained every
// year"), see prec32_habit.go; allegiance pledged in the perfect
// ("has pledged allegiance to the Islamic State"), see
// prec32_allegiance.go; a clause whose subject is negated ("no
// country has recognised the government"), see prec32_nosubject.go; a
// sentence opened by "last month" or "two years ago", see
// prec32_fronted.go; a participle aside between a subject and its verb
// ("the accords, signed in Paris weeks later, split"), see
// prec32_aside.go; praise from a bare plural ("critics praised its
// restraint"), see prec32_generic.go; a deal only hoped for ("little
// chance of an agreement"), see prec32_prospect.go; what a "whether"
// clause asks, see prec32_whether.go; a participle hung on a background
// act ("recalled its envoy in January, calling …"), see
// prec32_participle.go; a time told from a recalled past ("later that
// year", "the following spring"), see prec32_relative.go; an act dated
// by a period that is over ("during the war"), see prec32_during.go;
// then prec34's rules: an act after the lead told in the simple past
// with a date well before the news, or hung on one ("signed a pact with
// Beijing in April", "was arrested on Dec. 7 after …"), see
// prec34_dated.go; an act only feared ("for fear of shelling"), see
// prec34_feared.go; an aim told in the past perfect, see prec36_aim.go;
// a habit told in the present perfect with a word of frequency ("has
// been shelled almost daily"), see prec40_habit.go; then prec51's: a
// perfect summed up over recent years, see prec51_recent.go; the start of
// unrest told again, see prec51_began.go; a recognition withheld up to
// now, see prec51_unrecognised.go; a run of acts a place has seen or a
// side has stepped up, see prec51_trend.go.
func backgroundPrec32(st *sent, cd *candidate, published time.Time) string {
	for _, r := range backgroundRulesPrec32 {
		if r.background(st, cd, published) {
			return r.why
		}
	}
	return ""
}

// backgroundRulesPrec32 are the rules of backgroundPrec32, in order, each
// with the reason --explain shows.
var backgroundRulesPrec32 = []struct {
	background func(st *sent, cd *candidate, published time.Time) bool
	why        string
}{
	{perfectSinceMonthsPrec32, "a perfect running since an earlier month or year (\"had killed 20 people since late July\")"},
	{everyPeriodPrec32, "a habit told in the present with \"every year\" (\"dozens are detained every year\")"},
	{allegiancePerfectPrec32, "allegiance pledged in the perfect (\"have pledged allegiance to the Islamic State\"): a standing tie"},
	{negatedSubjectPrec32, "a clause whose subject is negated (\"no country has recognised\", \"neither side signed\"): no act"},
	{frontedEarlierPrec32, "a sentence opened by \"last month\" or \"two years ago\": a step back from the news"},
	{asideParticiplePrec32, "a participle aside between a subject and its verb (\"the accords, signed in Paris weeks later, split\"): says which thing is meant"},
	{genericPraisePrec32, "praise from people named only by a bare plural (\"critics praised\"): no actor"},
	{prospectDealPrec32, "a deal only hoped for (\"little chance of an agreement\", \"hopes of a broader deal\")"},
	{whetherClausePrec32, "what a \"whether\" clause asks (\"examining whether the weapons were meant for an attack\"): a question, no act"},
	{participleOfBackgroundPrec32, "a participle hung on a background act (\"recalled its envoy in January, calling the deal an act of aggression\")"},
	{relativePastSpanPrec32, "a time told from a recalled past in months or years (\"later that year\", \"the following spring\"): history"},
	{duringClosedPeriodPrec32, "an act dated by a period that is over (\"during the war\", \"during his rule\"): history"},
	{datedRecallPrec34, "an act after the lead dated well before the news, or hung on one (\"signed a pact with Beijing in April\", \"arrested on Dec. 7 after …\")"},
	{habitualPerfectPrec40, "a habit told in the present perfect with a word of frequency (\"has been shelled almost daily\", \"have repeatedly targeted\")"},
	{fearedActPrec34, "an act only feared or grown weary of (\"for fear of shelling\", \"tired of being kidnapped\")"},
	{aimedPerfectPrec36, "an aim told in the past perfect (\"had called the rally to demand\", \"had wanted to protest\")"},
	{recentSpanPerfectPrec51, "a perfect summed up over recent years (\"have killed thousands over the past decade\", \"in recent years\"): a total to date"},
	{retoldStartPrec51, "the start of unrest told again after the lead (\"The protests began on Sunday in …\"): no new act"},
	{withheldRecognitionPrec51, "a recognition withheld up to now (\"has not formally recognised\", \"is not recognised by\"): a standing state"},
	{trendObjectPrec51, "a run of acts as the object of a perfect of experience or trend (\"has seen several attacks\", \"have stepped up attacks\"): background"},
	{prec67ExperiencePerfect, "a perfect of experience with a closing \"before\" or \"in the past\" (\"has offered before to …\", \"has rejected in the past\"): a trait, not news"},
}
