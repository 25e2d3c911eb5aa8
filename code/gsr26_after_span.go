package code

// gsr26AfterSpan reports whether the "after" at token k opens no clause but
// a bare span of time that ends there: "opened the bridge after four years
// to allow aid in", "resumed talks after two months with the rebels". The
// phrase says how long, it has no subject or verb of its own, so the words
// after it still belong to the main clause and share its subject. "after
// years of war" (the span has a complement) and "after the attack" stay
// breaks.
func gsr26AfterSpan(st *sent, k int) bool {
	if st.low[k] != "after" {
		return false
	}
	j := k + 1
	for n := 0; j < len(st.toks) && n < 3; n++ {
		if st.toks[j].tag != "CD" && !gsr26SpanCounts.has(st.low[j]) {
			break
		}
		j++
	}
	if j >= len(st.toks) || !gsr26SpanUnits.has(st.low[j]) {
		return false
	}
	j++
	if j >= len(st.toks) {
		return true
	}
	// "after years of war", "after months in hiding": the span is a
	// phrase of its own that may hold a clause.
	switch st.low[j] {
	case "of", "in", "spent", "during", "that", "when", "since":
		return false
	}
	return true
}

// gsr26SpanCounts count a span of time: "after a decade", "after several
// weeks", "after nearly two years".
var gsr26SpanCounts = filtered(wordSet("a", "an", "several", "many", "few", "some", "nearly", "almost", "about", "just", "more", "than", "over", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))

// gsr26SpanUnits are the units a span of time is counted in.
var gsr26SpanUnits = filtered(wordSet("years", "year", "months", "month", "weeks", "week", "days", "day", "decades", "decade", "hours", "hour"))
