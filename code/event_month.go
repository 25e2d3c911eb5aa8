package code

// undatedMonth reports whether token i of a sentence in a story with no
// publication date is the month "March", not a march. With a date, the
// sentence's date expressions screen it (inDate); without one no
// expression is resolved, so "agreed on March 16" and "in early March"
// are read here: the capitalised word after a preposition of time or
// before a day's number.
func undatedMonth(st *sent, i int) bool {
	if st.toks[i].text != "March" {
		return false
	}
	if i+1 < len(st.low) && st.low[i+1] != "" && st.low[i+1][0] >= '0' && st.low[i+1][0] <= '9' {
		return true
	}
	return i > 0 && monthLeadWords.has(st.low[i-1])
}

// monthLeadWords come before a month named alone: "in March", "since
// late March", "by next March".
var monthLeadWords = filtered(wordSet("in", "on", "by", "since", "until", "till", "from", "of", "during",
	"early", "late", "mid", "mid-", "last", "next", "this", "before", "after", "between", "through"))
