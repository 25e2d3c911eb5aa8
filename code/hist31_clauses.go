package code

// Which clause a date belongs to, when the trigger verb carries a recent
// date of its own, a year only names a thing or a span only measures a
// plan: "Ghana, which has accused Togo since 2021, expelled its envoy on
// Monday", "suspended its 2002 treaty", "arrested men wanted for a 2015
// bombing", "will spend 200 million over four years".

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// recentSpan is how far before the publication a date told to the day or
// the week still dates the news ("on Monday", "last week").
const recentSpan = 10 * 24 * time.Hour

// ownRecentDate reports whether the verb trigger cd is dated, among its own
// words after it, to a day or week just before the publication: "expelled
// the ambassador on Monday", "killed six soldiers in Kidal on Tuesday".
// Such a verb is the news however old a date in a clause before it:
// "Ghana, which has accused Togo of harbouring dissidents since 2021,
// expelled …", "two clans whose feud has killed nine since 2021 signed a
// pact on Sunday". Only the words up to a comma, a clause break or
// another finite verb are the verb's own.
func ownRecentDate(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	at := cd.i
	if cd.e.pos != 'V' {
		if at = gsr41DealVerb(st, cd); at < 0 {
			return false
		}
	}
	for _, x := range st.dates {
		if x.Past || x.Precision != when.Day && x.Precision != when.Week {
			continue
		}
		if x.Date.Before(published.Add(-recentSpan)) || x.Date.After(published.Add(48*time.Hour)) {
			continue
		}
		k := st.tokenAtByte(x.Start)
		if dateRightBefore(st, x, at) {
			return true
		}
		if k < cd.j || k-cd.j > 10 || st.clause[k] != st.clause[at] {
			continue
		}
		if ownWords(st, cd.j, k) {
			return true
		}
	}
	return false
}

// ownWords reports whether tokens [from, to) continue the predicate of
// the verb before them: no comma, clause break or finite verb of their own.
func ownWords(st *sent, from, to int) bool {
	for n := from; n < to; n++ {
		w := st.low[n]
		if w == "," || clauseBreaks.has(w) || frameBreaks.has(w) || w == "that" || finiteVerb(st.toks[n].tag) || st.toks[n].tag == "MD" {
			return false
		}
	}
	return true
}

// namingDeterminers, before a bare year and a noun, make the year part of
// the thing's name rather than the time of an act: "its 2002 treaty", "a
// 2015 grenade attack", "the 1960 pact".
var namingDeterminers = filtered(wordSet("the", "a", "an", "its", "their", "his", "her", "our", "this", "that"))

// futureSpan reports whether the date x is a span ("for three months",
// "over four years") that measures how long a planned act will run: the
// trigger cd is governed by a future modal before it or opens with one
// ("will spend 200 million dollars over four years", "would reopen the
// crossing for three months"). A plan is told as news, not history.
func futureSpan(st *sent, x when.Expr, cd *candidate) bool {
	text := strings.ToLower(x.Text)
	if !strings.HasPrefix(text, "for ") && !strings.HasPrefix(text, "over ") {
		return false
	}
	if futureBefore(st, cd.i) {
		return true
	}
	switch st.low[cd.i] {
	case "will", "would", "shall", "'ll":
		return true
	}
	return false
}
