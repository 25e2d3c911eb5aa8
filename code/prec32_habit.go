package code

import "time"

// A habit told in the present with a recurring period: "dozens of people
// are detained at the border every year", "herders raid the villages each
// dry season". What happens again and again is background, not an act.

// periodWords name the period a habit recurs in after "every" or "each".
var periodWords = filtered(wordSet("year", "month", "week", "day", "night", "morning", "evening", "weekend",
	"summer", "winter", "spring", "autumn", "season", "harvest", "election"))

// everyPeriodPrec32 reports whether the trigger cd is, or is the noun
// subject or object of, a verb in the present simple (active "raid", or
// passive "are detained") whose clause goes on to "every" or "each" and a
// period ("every year", "each dry season"), or to "annually". A future or
// a past ("will exchange lists every month", "was shelled every night
// last week") is left to the other rules.
func everyPeriodPrec32(st *sent, cd *candidate, _ time.Time) bool {
	v := presentVerbPrec32(st, cd)
	if v < 0 {
		return false
	}
	for k := max(cd.j, v+1); k < len(st.low) && k <= cd.j+14; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == "which" || w == "who" || w == "that" || frameBreaks.has(w) {
			return false
		}
		if w == "annually" {
			return true
		}
		if (w == "every" || w == "each") && k+1 < len(st.low) {
			if periodWords.has(st.low[k+1]) || k+2 < len(st.low) && isModifier(st.toks[k+1]) && periodWords.has(st.low[k+2]) {
				return true
			}
		}
	}
	return false
}

// presentVerbPrec32 returns the verb in the present simple that the
// trigger cd is, or heads as subject or object within a few words, or -1:
// "raid", "are detained", "gangs seize …", "… rob travellers".
func presentVerbPrec32(st *sent, cd *candidate) int {
	if isPresentPrec32(st, cd.i) {
		return cd.i
	}
	// A noun before its verb ("killings occur every week"), or after it
	// ("militias burn villages every year").
	if k := nearestVerbPrec32(st, cd.j, cd.j+6, 1); k >= 0 && isPresentPrec32(st, k) {
		return k
	}
	if k := nearestVerbPrec32(st, cd.i-1, cd.i-5, -1); k >= 0 && isPresentPrec32(st, k) {
		return k
	}
	return -1
}

// nearestVerbPrec32 returns the first finite verb, participle or modal
// from token from to token to (inclusive) going by step, or -1 when a
// comma comes first or there is none.
func nearestVerbPrec32(st *sent, from, to, step int) int {
	for k := from; k >= 0 && k < len(st.low) && (k-to)*step <= 0; k += step {
		if t := st.toks[k].tag; finiteVerb(t) || t == "VBN" || t == "MD" {
			return k
		}
		if st.low[k] == "," {
			return -1
		}
	}
	return -1
}

// isPresentPrec32 reports whether the verb at i is in the present simple,
// active ("raid", "seizes") or passive ("are detained", "is held").
func isPresentPrec32(st *sent, i int) bool {
	switch st.toks[i].tag {
	case "VBZ", "VBP":
		return !auxiliaryWords.has(st.low[i]) || st.low[i] == "is" || st.low[i] == "are"
	case "VBN":
		n := i - 1
		if n >= 0 && st.toks[n].tag == "RB" {
			n--
		}
		return n >= 0 && (st.low[n] == "is" || st.low[n] == "are" || st.low[n] == "get" || st.low[n] == "gets")
	}
	return false
}
