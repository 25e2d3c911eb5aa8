package code

// Triggers split by a date (issue 3, clause readings): a day or a week
// told between a noun and its complement ("repeated its demand on Sunday
// that troops withdraw", "renewed its call on Monday for talks") leaves
// the form the lexicon knows whole.

import "strings"

// prec49DateOpeners can open a date told right after a noun: "on Sunday",
// "today", "this week", "last month", "earlier this year".
var prec49DateOpeners = filtered(wordSet("on", "today", "tonight", "yesterday", "this", "last", "earlier", "late", "in"))

// prec49DatedComplement matches the lexicon at the noun at i as if the date
// right after it were not there: "its demand on Sunday that Israel ease
// the closure" reads as "demand that …", "its appeal this week for calm"
// as "appeal for calm". It returns the entries and the number of tokens
// they span, the date included, or nil and 0 when no form longer than the
// noun fits across the date.
func (c *Coder) prec49DatedComplement(st *sent, i int) ([]*entry, int) {
	if i+2 >= len(st.low) || len(st.dates) == 0 || !strings.HasPrefix(st.toks[i].tag, "NN") || !prec49DateOpeners.has(st.low[i+1]) {
		return nil, 0
	}
	end := -1
	for _, x := range st.dates {
		s := st.tokenAtByte(x.Start)
		if s == i+1 || s == i+2 && (st.low[i+1] == "on" || st.low[i+1] == "in") {
			end = st.tokenAtByte(x.End - 1)
			break
		}
	}
	if end <= i || end-i > 5 || end+1 >= len(st.low) {
		return nil, 0
	}
	var buf [10]string
	buf[0] = st.low[i]
	m := copy(buf[1:], st.low[end+1:])
	es, n := c.lex.match(buf[:m+1], 0)
	if n < 2 {
		return nil, 0
	}
	return es, n + end - i
}
