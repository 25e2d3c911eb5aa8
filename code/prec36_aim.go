package code

import "time"

// An aim told in the past perfect: "the unions had called the strike to
// demand higher pay", "the farmers had wanted to protest the tax", "the
// marchers had been trying to reach the square to protest". What a group
// had meant, tried or summoned others to do is the lead-up the writer
// recalls; the past perfect sets it before the news, and the aim itself
// may never have been carried out.

// aimVerbsPrec36 are the verbs of wanting, planning, trying and summoning
// whose object or infinitive names an act aimed at, in their past
// participle and -ing forms.
var aimVerbsPrec36 = filtered(wordSet(
	"wanted", "wanting", "planned", "planning", "intended", "intending", "hoped", "hoping",
	"meant", "sought", "seeking", "tried", "trying", "attempted", "attempting", "aimed", "aiming",
	"called", "organised", "organized", "organising", "organizing", "arranged", "scheduled",
	"prepared", "preparing",
))

// aimedPerfectPrec36 reports whether the trigger cd is the infinitive a
// past perfect verb of aim governs, past its object and infinitives of
// motion ("had been trying to reach the city to protest", "had called
// the rally to demand"). No comma or clause break may come between, nor
// another finite verb.
func aimedPerfectPrec36(st *sent, cd *candidate, _ time.Time) bool {
	i := cd.i
	if i < 3 {
		return false
	}
	if st.low[i-1] != "to" || st.toks[i].tag != "VB" && st.toks[i].tag != "VBP" && cd.e.pos != 'V' {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-12; k-- {
		w := st.low[k]
		if w == "," || clauseBreaks.has(w) || frameBreaks.has(w) || quoteMark(w) {
			return false
		}
		if aimVerbsPrec36.has(w) {
			return pastPerfectAtPrec36(st, k)
		}
		if t := st.toks[k].tag; t == "VB" && st.low[k-1] == "to" {
			continue
		} else if finiteVerb(t) || t == "VBN" {
			return false
		}
	}
	return false
}

// pastPerfectAtPrec36 reports whether the verb at k stands after "had",
// or "had been", with at most one adverb between: "had wanted", "had
// been trying", "had already called".
func pastPerfectAtPrec36(st *sent, k int) bool {
	n := k - 1
	if n >= 0 && st.toks[n].tag == "RB" {
		n--
	}
	if n >= 0 && st.low[n] == "been" && st.toks[k].tag == "VBG" {
		n--
		if n >= 0 && st.toks[n].tag == "RB" {
			n--
		}
	}
	return n >= 0 && (st.low[n] == "had" || st.low[n] == "'d")
}
