package code

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// A participle set off by commas between a subject and its verb: "The
// accord, signed in Paris weeks later, split the country in two", "The
// memorandum, signed on January 1, would give Ethiopia a port". The aside
// says which thing is meant, one told before; the sentence's news, if
// any, is its main verb.

// asideParticiplePrec32 reports whether the verb trigger cd is a past
// participle that opens an aside after a noun and a comma (an adverb may
// come first: ", formally signed"), and the aside closes with a comma
// that the main verb follows at once: "The accords, formally signed in
// Paris weeks later, split Bosnia …". A violent act told in an aside
// ("the convoy, ambushed near the pass, …") may be the news and stays. An aside that runs on with a verb of
// its own, or never closes, is left to the other rules, and so is one
// dated to the last days ("A ceasefire, agreed in Putrajaya on Monday,
// took effect at midnight"): that is the news told in passing.
func asideParticiplePrec32(st *sent, cd *candidate, published time.Time) bool {
	if cd.e.pos != 'V' || cd.e.has(flagViolent) || st.toks[cd.i].tag != "VBN" && st.toks[cd.i].tag != "VBD" {
		return false
	}
	k := cd.i - 1
	if k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 1 || st.low[k] != "," || !strings.HasPrefix(st.toks[k-1].tag, "NN") && st.mentionAt(k-1) == nil {
		return false
	}
	// The noun before the comma is the sentence's subject: nothing but
	// its own noun phrase stands before it.
	for n := 0; n < k-1; n++ {
		if t := st.toks[n].tag; finiteVerb(t) || t == "MD" || st.low[n] == "," {
			return false
		}
	}
	for n := cd.j; n < len(st.low) && n <= cd.j+10; n++ {
		w := st.low[n]
		if w == ";" || w == "and" || w == "which" || w == "who" || w == "that" {
			return false
		}
		if t := st.toks[n].tag; finiteVerb(t) || t == "MD" {
			return false
		}
		if w == "," {
			m := n + 1
			if m < len(st.low) && st.toks[m].tag == "RB" {
				m++
			}
			return m < len(st.low) && (finiteVerb(st.toks[m].tag) || st.toks[m].tag == "MD") && !recentDateInPrec32(st, cd.j, n, published)
		}
	}
	return false
}

// recentDateInPrec32 reports whether a date told to the day or the week,
// no more than ten days before the news, starts between tokens from and
// to: "on Monday", "earlier this week".
func recentDateInPrec32(st *sent, from, to int, published time.Time) bool {
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k < from || k >= to || x.Precision != when.Day && x.Precision != when.Week {
			continue
		}
		if published.IsZero() || !x.Date.Before(published.AddDate(0, 0, -10)) {
			return true
		}
	}
	return false
}
