package code

// An unknown place a march or a transfer went through.

// passedThrough reports whether token k is a "through" that names where
// the act went on: "thousands marched through Zenda", "were deported
// through the Hentz crossing". A "through" that names a span of time or
// a means ("through Monday", "through mediators") is no place; the name
// after it must still be capitalised and unknown to the dictionaries
// (see unknownAfter).
func passedThrough(st *sent, k int) bool {
	return st.low[k] == "through" && k > 0 && !timeThrough(st, k+1)
}

// timeThrough reports whether the words from n tell a time: "through
// the night", "through March".
func timeThrough(st *sent, n int) bool {
	if n < len(st.low) && st.low[n] == "the" {
		n++
	}
	return n >= len(st.low) || weekdayOrMonth(st.low[n]) || throughTimes.has(st.low[n])
}

// throughTimes are spans of time "through" may run to.
var throughTimes = filtered(wordSet("night", "day", "weekend", "week", "month", "year", "end", "summer", "winter", "spring", "autumn"))

// unitNamedAfter reports whether the words from n (past a "the") are a
// capitalised name the dictionaries lack followed by the noun of an
// administrative unit or a settlement, which makes the name a place
// whatever preposition comes before it: "strikes on Zenda township",
// "raids on the Hentz district".
func unitNamedAfter(st *sent, n int) bool {
	if n < len(st.low) && st.low[n] == "the" {
		n++
	}
	i := n
	for n < len(st.toks) && n < i+4 && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	return n > i && n < len(st.low) && settledUnit(st.low[n])
}

// settlementUnits are the nouns of local units and settlements that
// follow a name: "Zenda township", "Hentz village".
var settlementUnits = filtered(wordSet("township", "village", "commune", "subdistrict", "tehsil", "upazila", "woreda", "locality"))

// settledUnit reports whether w is the noun of an administrative unit or
// a settlement after a name: "district", "township".
func settledUnit(w string) bool {
	return unitNouns.has(w) || settlementUnits.has(w)
}

// unitPreps are the prepositions before a name and its unit noun that
// place an act there: "on Zenda township", "through Hentz district".
var unitPreps = filtered(wordSet("in", "near", "on", "at", "into", "through", "around", "outside"))
