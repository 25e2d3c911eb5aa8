package code

// A habit told in the present perfect with a word of frequency: "the town
// has been shelled almost daily", "militants have repeatedly targeted
// vaccinators", "the port has been raided regularly by pirates". Such a
// sentence sums up a run of acts as background, not one act that is news.
// A denial told so ("has repeatedly denied arming the group") still
// answers the charge of the day and is kept.

import "time"

// prec40FrequencyWords say an act recurs.
var prec40FrequencyWords = filtered(wordSet("repeatedly", "regularly", "routinely", "frequently", "often",
	"constantly", "daily", "nightly", "periodically", "persistently", "habitually"))

// prec40DenialVerbs are the denials kept in the perfect of habit.
var prec40DenialVerbs = filtered(wordSet("denied", "denies", "deny", "rejected", "dismissed", "refuted", "disputed"))

// habitualPerfectPrec40 reports whether the verb trigger at cd is a present
// perfect ("has", "have" before it, past adverbs and "been") with a word
// of frequency between the auxiliary and the verb or in the few words of
// its clause after it.
func habitualPerfectPrec40(st *sent, cd *candidate, _ time.Time) bool {
	i := cd.i
	if i >= len(st.low) || prec40DenialVerbs.has(st.low[i]) || st.toks[i].tag != "VBN" {
		return false
	}
	freq, aux := false, false
	for n := i - 1; n >= 0 && n >= i-4; n-- {
		w := st.low[n]
		if w == "has" || w == "have" || w == "'ve" {
			aux = true
			break
		}
		if w == "been" {
			continue
		}
		if st.toks[n].tag != "RB" {
			return false
		}
		if prec40FrequencyWords.has(w) {
			freq = true
		}
	}
	if !aux {
		return false
	}
	cl := st.clause[i]
	for n := cd.j; !freq && n < len(st.low) && n < cd.j+6 && st.clause[n] == cl; n++ {
		w := st.low[n]
		if w == "," || w == ";" {
			break
		}
		// ("almost daily", "every day", "every night")
		if prec40FrequencyWords.has(w) || w == "every" && n+1 < len(st.low) && (st.low[n+1] == "day" || st.low[n+1] == "night" || st.low[n+1] == "week") {
			freq = true
		}
	}
	return freq
}
