package code

// How far a report verb reaches over the plan it tells: "told a joint
// session of parliament on Thursday that the captured pilot would be
// released". A report verb with a long addressee or adjunct before its
// "that", or a subject with an apposition after it, still governs the
// passive plan, and the report's subject is the one who yields
// (yieldSpeaker).

// prec38ThatReach bounds how far a report verb may stand before the "that"
// that opens its complement, and how far that "that" may stand before the
// plan's "would".
const prec38ThatReach = 12

// farPassivePlanPrec38 reports whether the trigger at i ("be dissolved",
// "released" after "would be") is a passive plan in the complement of a
// report verb whose "that" stands farther back than passivePlan looks,
// over a long adjunct or an apposition to the subject: "told a closed
// session of the senate on Monday that the detained journalist would be
// released", "announced that the militia, the force that held the port,
// would be disbanded".
func farPassivePlanPrec38(st *sent, i int) bool {
	k := -1
	switch {
	case st.low[i] == "be" && i+1 < len(st.low) && st.toks[i+1].tag == "VBN":
		k = i - 1
	case st.toks[i].tag == "VBN" && i >= 2 && st.low[i-1] == "be":
		k = i - 2
	}
	if k < 1 || st.low[k] != "would" && st.low[k] != "will" {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	words := 0
	for v := k - 1; v >= 0 && words <= prec38ThatReach; v-- {
		w := st.low[v]
		if w == "," {
			// the closing comma of an apposition to the subject
			// (", the group that led the offensive,"): read over it.
			open := appositionOpenPrec38(st, v)
			if open < 0 {
				return false
			}
			v = open
			continue
		}
		if frameBreaks.has(w) || quoteMark(w) {
			return false
		}
		if w == "that" {
			return words > 0 && reportBeforeThatPrec38(st, v) >= 0
		}
		words++
	}
	return false
}

// appositionOpenPrec38 returns the comma that opens the apposition the
// comma at c closes (", the Islamist group that led the offensive,"), or
// -1: the words between open with a determiner and hold no comma.
func appositionOpenPrec38(st *sent, c int) int {
	for p := c - 1; p >= 1 && p >= c-20; p-- {
		if st.low[p] != "," {
			continue
		}
		switch st.low[p+1] {
		case "the", "a", "an":
			return p
		}
		return -1
	}
	return -1
}

// reportBeforeThatPrec38 returns the report verb whose complement the
// "that" at t opens, reading back over its addressee and adjuncts ("told
// a joint session of parliament on Thursday that"), or -1. Another verb
// between them ("said the talks showed that") makes the "that" its own.
func reportBeforeThatPrec38(st *sent, t int) int {
	for v := t - 1; v >= 0 && v >= t-prec38ThatReach; v-- {
		w := st.low[v]
		if w == "," || frameBreaks.has(w) || quoteMark(w) {
			return -1
		}
		switch w {
		case "said", "says", "announced", "confirmed", "told", "stated", "added":
			return v
		}
		if v < t-1 && finiteVerb(st.toks[v].tag) {
			return -1
		}
	}
	return -1
}

// toldThatPrec38 reports whether the "told" at v opens, through a "that"
// before the trigger at i, what its subject announces: "the minister told
// parliament on Thursday that the pilot would be released".
func toldThatPrec38(st *sent, v, i int) bool {
	if st.toks[v].tag != "VBD" {
		return false
	}
	for t := v + 1; t < i && t <= v+prec38ThatReach; t++ {
		if st.low[t] == "that" {
			return reportBeforeThatPrec38(st, t) == v
		}
	}
	return false
}
