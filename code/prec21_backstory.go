package code

// Event words found in blind wire copy that tell no new act, whatever the
// story: a trend summed up in a present perfect (prec21_trend.go), a
// participle ranking someone among others (prec21_ranked.go) and words
// said before the news in a relative clause on an act's object
// (prec21_relative.go). prec21_dated.go holds verbs a fronted past date
// governs through "and".

// backstoryPrec21 tells why the trigger cd names no new act, or "".
func backstoryPrec21(st *sent, cd *candidate) string {
	if perfectTrend(st, cd) {
		return "acts summed up as a trend in a present perfect (\"has suffered repeated raids\", \"has seen heavy fighting since April\"): no one act told"
	}
	if rankedParticiple(st, cd) {
		return "a participle ranking someone among others (\"the first former president extradited\"): the act is told elsewhere or long done"
	}
	if perfectRelativeSay(st, cd) {
		return "words said before the news in a perfect relative clause (\"activists who had criticised the deal\"): backstory about a party"
	}
	return ""
}
