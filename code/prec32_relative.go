package code

import "time"

// A time told relative to a past the writer is recalling, in months,
// seasons or years: "closed the air base later that year", "led to a peace
// treaty the following spring", "signed a pact two years later". The
// narrative is history. "Over the next decade" looks ahead, and "the
// following day" or "two days later" in a report of this week's events
// keep the news.

// relativeLongUnits are the units of a recalled time span.
var relativeLongUnits = filtered(wordSet("year", "years", "month", "months", "decade", "decades",
	"spring", "summer", "autumn", "fall", "winter"))

// relativePastSpanPrec32 reports whether the trigger cd's own words run
// on, with no semicolon or comma first, to a time told from a recalled
// past in months or years ("later that year", "that same year", "the
// following spring", "two years later"), or such a time
// opens the sentence before it ("A year later, …").
func relativePastSpanPrec32(st *sent, cd *candidate, _ time.Time) bool {
	for k := cd.j; k+1 < len(st.low) && k <= cd.j+14; k++ {
		w := st.low[k]
		if w == ";" || w == "," || frameBreaks.has(w) {
			break
		}
		if relativeSpanAtPrec32(st, k) {
			return true
		}
	}
	// Before it in its own part of the sentence: "and two years later
	// Kigali signed a pact".
	for k := cd.i - 1; k >= 0 && k >= cd.i-8; k-- {
		if w := st.low[k]; w == ";" || w == "," || frameBreaks.has(w) {
			break
		}
		if relativeSpanAtPrec32(st, k) {
			return true
		}
	}
	// Fronted: "Two years later, the rebels seized …".
	for k := 0; k+1 < cd.i && k <= 3; k++ {
		if st.low[k] == "," || st.low[k] == ";" {
			break
		}
		if relativeSpanAtPrec32(st, k) {
			return true
		}
	}
	return false
}

// relativeSpanAtPrec32 reports whether a recalled-time phrase starts at
// token k: "later that year", "that same month", "the following spring",
// "two years later", "a decade later".
func relativeSpanAtPrec32(st *sent, k int) bool {
	n := len(st.low)
	switch st.low[k] {
	case "later":
		if k+2 < n && st.low[k+1] == "that" && relativeLongUnits.has(st.low[k+2]) {
			return true
		}
	case "that":
		if k+2 < n && st.low[k+1] == "same" && relativeLongUnits.has(st.low[k+2]) {
			return true
		}
	case "following":
		if k > 0 && st.low[k-1] == "the" && k+1 < n && relativeLongUnits.has(st.low[k+1]) {
			return true
		}
	}
	if relativeLongUnits.has(st.low[k]) && k+1 < n && st.low[k+1] == "later" && k > 0 && (st.toks[k-1].tag == "CD" || st.low[k-1] == "a" || st.low[k-1] == "several" || st.low[k-1] == "few") {
		return true
	}
	return false
}
