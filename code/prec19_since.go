package code

// A perfect that reaches back to an earlier act named after "since": what
// has been done since a dated act before the news is a total to date or a
// long-running state, told as background.

import (
	"strings"
	"time"
)

// perfectSinceEarlier reports whether the trigger cd is a present perfect
// ("have captured", "has built"), or the noun subject or object of one,
// whose clause runs on to "since" and an act dated before the month of
// the news: "the rebels have captured a dozen districts since the army
// began its pullout in May", "Kigali has built three camps on the border
// since it launched an offensive in 2022", "clashes have left dozens dead
// since the disputed March election". A "since" followed at once by its
// date ("since Thursday", "since mid-September") is read by historical;
// one whose act is told to the day or the week is news, and so is a
// tally sourced with "according to".
func perfectSinceEarlier(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	k := sinceInClause(st, cd.j)
	if k < 0 || adverbSince(st, k) || reporter(st, cd.i) != nil || findingFrame(st, cd.i) {
		return false
	}
	if cd.e.pos == 'V' {
		if !perfectAt(st, cd.i) {
			return false
		}
	} else if !perfectSubject(st, cd.j, k) && !perfectObject(st, cd.i) {
		return false
	}
	end := k + 1
	for end < len(st.low) && end <= k+14 && st.low[end] != "," && st.low[end] != ";" {
		end++
	}
	// The act after "since" must be named before its date: a verb or a
	// noun of its own ("since the army began …", "since the disputed
	// election"), not a bare date ("since late April").
	first := -1
	for _, x := range st.dates {
		if n := st.tokenAtByte(x.Start); n > k && n < end && (first < 0 || n < first) {
			first = n
		}
	}
	if first < 0 {
		return false
	}
	named := false
	for n := k + 1; n < first; n++ {
		if t := st.toks[n].tag; strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "NN") {
			named = true
		}
	}
	return named && !sourcedFinding(st, end) && earlierDateIn(st, k+1, end, published, false)
}

// sourcedFinding reports whether the sentence goes on, after token k, to
// name what its count rests on: "…since the coup in July, according to
// satellite images". A tally someone has just established is news, as a
// finding is (see findingFrame).
func sourcedFinding(st *sent, k int) bool {
	for n := k; n+1 < len(st.low); n++ {
		if st.low[n] == "according" && st.low[n+1] == "to" {
			return true
		}
	}
	return false
}

// sinceInClause returns the "since" that the clause of a trigger ending
// before token j runs on to, within 18 words, or -1 when a comma, a
// relative pronoun or a frame word closes the clause first.
func sinceInClause(st *sent, j int) int {
	for n := j; n < len(st.low) && n <= j+18; n++ {
		w := st.low[n]
		if w == "since" {
			return n
		}
		if w == "," || w == "which" || w == "who" || w == "that" || frameBreaks.has(w) {
			return -1
		}
	}
	return -1
}
