package code

// A recognition withheld up to now: "India, like most countries, has not
// formally recognised the Taliban administration", "the breakaway region
// is not recognised by any member state". The negated perfect or present
// passive of "recognise" tells a standing state, background to the news,
// not an act of support or of refusal. A refusal stated now ("will not
// recognise", "said it did not recognise the decision") is news and is
// left to the other readers, and so is one a speaker reports.

import "time"

// prec51RecogniseForms are the participles of recognising.
var prec51RecogniseForms = filtered(wordSet("recognised", "recognized"))

// prec51StateAux carry a standing state before "not": the present
// perfect and the present passive.
var prec51StateAux = filtered(wordSet("has", "have", "is", "are"))

// withheldRecognitionPrec51 reports whether the trigger cd is "recognised"
// after "not" or "never" and a present auxiliary, past adverbs
// ("has not formally recognised", "is not recognised by"), that no
// speaker reports.
func withheldRecognitionPrec51(st *sent, cd *candidate, _ time.Time) bool {
	if !prec51RecogniseForms.has(st.low[cd.i]) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-3 && st.toks[k].tag == "RB" && !lapseWords.has(st.low[k]) {
		k-- // "formally", "officially", "yet"
	}
	if k < 1 || st.low[k] != "not" && st.low[k] != "never" || !prec51StateAux.has(st.low[k-1]) {
		return false
	}
	return !prec51ReportedClause(st, k-1, cd.i)
}

// prec51ReportedClause reports whether a speaker reports the clause of the
// auxiliary at aux and the trigger at i: a report verb before the
// auxiliary with no comma between ("Kigali said it has not recognised
// …"), or one that trails the sentence ("…, the ministry said"). A report
// verb inside a relative clause set off by commas ("Somaliland, which
// declared independence in 1991, is not recognised") speaks for the
// relative clause only.
func prec51ReportedClause(st *sent, aux, i int) bool {
	if k := governingReport(st, aux); k >= 0 {
		comma := false
		for n := k + 1; n < aux; n++ {
			if st.low[n] == "," {
				comma = true
				break
			}
		}
		if !comma {
			return true
		}
	}
	return trailingReport(st, i) >= 0
}
