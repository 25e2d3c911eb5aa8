package code

import "time"

// prec67: a perfect of experience, marked by a closing "before" or "in
// the past".
//
// "Bukele has offered before to house foreign prisoners", "the station
// had been warned before", "a charge Moscow has rejected in the past":
// the perfect with "before" or "in the past" and nothing after them tells
// that the act has happened at some time, as a trait of the actor, not an
// act of the news. "Before" that opens a clause or a phrase ("had been
// evacuated before the building was torched") dates an act, and "in the
// past week" or "in the past 24 hours" is a span of news; both stay.

// prec67ExperiencePerfect reports whether the verb trigger cd is a perfect
// followed, in its own clause, by a bare "before" or "in the past".
func prec67ExperiencePerfect(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'V' {
		return false
	}
	// The act offered: "has offered before to mediate".
	if i := cd.i; i >= 3 && st.low[i-1] == "to" && st.low[i-2] == "before" && anyPerfectPrec32(st, i-3) {
		return true
	}
	if !anyPerfectPrec32(st, cd.i) {
		return false
	}
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		w := st.low[k]
		// ("the night before", "two days before" date the act.)
		if w == "before" && !prec67BeforeUnits.has(st.low[k-1]) && !spanUnits.has(st.low[k-1]) && prec67ClauseEndsAt(st, k+1, true) {
			return true
		}
		if w == "in" && k+3 <= len(st.low) && st.low[k+1] == "the" && st.low[k+2] == "past" && prec67ClauseEndsAt(st, k+3, false) {
			return true
		}
		if w == "," || w == ";" || w == ":" || finiteVerb(st.toks[k].tag) && st.mentionAt(k) == nil {
			return false
		}
	}
	return false
}

// prec67BeforeUnits are the times of day that, with spanUnits, make
// "before" count back from a time: "the night before", "that morning
// before".
var prec67BeforeUnits = filtered(wordSet("night", "nights", "evening", "morning", "afternoon", "hour", "hours", "minutes", "weekend", "time"))

// prec67ClauseEndsAt reports whether nothing that "before" or "in the
// past" could govern starts at k: the sentence or clause ends, or (after
// "before", with toInf) an infinitive follows that belongs to the verb
// ("has offered before to house …").
func prec67ClauseEndsAt(st *sent, k int, toInf bool) bool {
	if k >= len(st.low) {
		return true
	}
	switch st.low[k] {
	case ".", ",", ";", ":", "!", "?", "and", "but", "\"", "'":
		return true
	case "to":
		// (The tagger may read the bare verb as a noun: "to house".)
		if !toInf || k+1 >= len(st.low) {
			return false
		}
		t := st.toks[k+1].tag
		return t == "VB" || t == "VBP" || t == "NN"
	}
	return false
}
