package code

// prec60: an earlier attack named by its day as what an act answers.
//
// "hit camps used by militants behind last month's massacre", "the
// commander it held responsible for Saturday's rocket strike", "massed
// forces after Saturday's attack by gunmen". The attack noun, dated by a
// possessive day or span, is named as the reason or the cause of the act
// the sentence tells: it was told as news in its own story. Annotators of
// every batch leave it out or make it optional. The toll of such an
// attack ("the toll from Sunday's bombing rose to 54") is news, and the
// prepositions below do not take it.

// prec60PastRefPreps name an earlier act as what the act told answers:
// "responsible for", "behind", "after", "over", "following", "since".
var prec60PastRefPreps = filtered(wordSet("for", "behind", "after", "over", "following", "since"))

// prec60PossessiveSpans are the days and spans that date an attack in the
// possessive: "Saturday's attack", "last month's massacre", "the
// weekend's clashes".
var prec60PossessiveSpans = filtered(wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "week", "month", "year", "weekend", "night", "yesterday"))

// prec60PastAttackReferred drops a violent noun dated by a possessive day
// or span that a preposition of cause or answer governs: "behind last
// month's massacre", "for Saturday's rocket strike".
func prec60PastAttackReferred(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) {
		return false
	}
	k := cd.i - 1
	for k > 0 && k >= cd.i-2 && st.low[k] != "'s" && isModifier(st.toks[k]) {
		k--
	}
	if k < 2 || st.low[k] != "'s" || !prec60PossessiveSpans.has(st.low[k-1]) {
		return false
	}
	k -= 2
	if w := st.low[k]; (w == "last" || w == "this" || w == "the") && k > 0 {
		k--
	}
	return prec60PastRefPreps.has(st.low[k])
}
