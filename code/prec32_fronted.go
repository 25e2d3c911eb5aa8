package code

// A sentence opened by "Last month" or "Two years ago": the writer steps
// back from the news to recall what came before it. "Last month the navy
// freed 30 fishermen as a goodwill gesture" is background; "Last week" and
// "Earlier this month" stay close enough to the news to be told as it.

import (
	"strings"
	"time"
)

// frontedEarlierPrec32 reports whether the trigger cd stands in the first
// clause of a sentence that opens with a date of a month or more before
// the news, told as "last month", "last year", "last <month>" or "<n>
// months/years ago" ("Last month coast guard crews seized rifles from a
// resupply boat", "Two years ago, troops fired on the crowd"). The clause
// ends at a semicolon or at ", and" before a new subject; a speaker's
// finding ("Last month, a UN panel found that …") is left to findingFrame.
func frontedEarlierPrec32(st *sent, cd *candidate, _ time.Time) bool {
	if findingFrame(st, cd.i) || !frontedDate(st, cd.i) {
		return false
	}
	old := false
	for _, x := range st.dates {
		k, end := st.tokenAtByte(x.Start), st.tokenAtByte(x.End-1)
		if k < 0 || k > 1 || end < k {
			continue
		}
		if st.low[k] == "in" && k+1 <= end {
			k++
		}
		switch {
		case st.low[k] == "last" && k+1 <= end:
			switch st.low[k+1] {
			case "week", "night", "weekend":
			default:
				old = true
			}
		case st.low[end] == "ago":
			for n := k; n < end; n++ {
				if w := st.low[n]; strings.HasPrefix(w, "month") || strings.HasPrefix(w, "year") || strings.HasPrefix(w, "decade") {
					old = true
				}
			}
		}
	}
	if !old {
		return false
	}
	for k := 1; k < cd.i; k++ {
		if st.low[k] == ";" || st.low[k] == "," && k+1 < len(st.low) && (st.low[k+1] == "and" || st.low[k+1] == "but" || st.low[k+1] == "while") {
			return false
		}
	}
	return true
}
