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
// then prec34's rules (prec34_pass.go).
func backgroundPrec32(st *sent, cd *candidate, published time.Time) string {
	if perfectSinceMonthsPrec32(st, cd, published) {
		return "a perfect running since an earlier month or year (\"had killed 20 people since late July\")"
	}
	if everyPeriodPrec32(st, cd) {
		return "a habit told in the present with \"every year\" (\"dozens are detained every year\")"
	}
	if allegiancePerfectPrec32(st, cd) {
		return "allegiance pledged in the perfect (\"have pledged allegiance to the Islamic State\"): a standing tie"
	}
	if negatedSubjectPrec32(st, cd) {
		return "a clause whose subject is negated (\"no country has recognised\", \"neither side signed\"): no act"
	}
	if frontedEarlierPrec32(st, cd) {
		return "a sentence opened by \"last month\" or \"two years ago\": a step back from the news"
	}
	if asideParticiplePrec32(st, cd, published) {
		return "a participle aside between a subject and its verb (\"the accords, signed in Paris weeks later, split\"): says which thing is meant"
	}
	if genericPraisePrec32(st, cd) {
		return "praise from people named only by a bare plural (\"critics praised\"): no actor"
	}
	if prospectDealPrec32(st, cd) {
		return "a deal only hoped for (\"little chance of an agreement\", \"hopes of a broader deal\")"
	}
	if whetherClausePrec32(st, cd) {
		return "what a \"whether\" clause asks (\"examining whether the weapons were meant for an attack\"): a question, no act"
	}
	if participleOfBackgroundPrec32(st, cd, published) {
		return "a participle hung on a background act (\"recalled its envoy in January, calling the deal an act of aggression\")"
	}
	if relativePastSpanPrec32(st, cd) {
		return "a time told from a recalled past in months or years (\"later that year\", \"the following spring\"): history"
	}
	if duringClosedPeriodPrec32(st, cd) {
		return "an act dated by a period that is over (\"during the war\", \"during his rule\"): history"
	}
	return backgroundPrec34(st, cd, published)
}
