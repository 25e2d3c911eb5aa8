package code

// A perfect summed up over a span of recent years: "gangs have killed
// dozens of miners over the past decade", "clashes between herders and
// farmers have left thousands dead in recent years", "the envoy had held
// six rounds of talks with the group over the past year". The span makes
// the act a total to date or a long-running practice, told as background,
// as "since 2017" does (see perfectSpan). A speaker who reports the total
// ("…over the past year, officials said") makes it a finding, which is
// news, and a span of days or weeks ("over the past week") leaves the act
// the news.

import (
	"strings"
	"time"
)

// prec51SpanUnits are the units of a span long enough to sum up: years,
// decades and months counted in the plural.
var prec51SpanUnits = filtered(wordSet("year", "years", "decade", "decades", "months"))

// recentSpanPerfectPrec51 reports whether the trigger cd is a perfect verb
// ("have killed"), or the noun subject or object of one ("clashes … have
// killed", "had held … talks"), whose clause runs on, within a few words,
// to a span of recent years: "over the past decade", "in the last two
// years", "in recent years", "over the years".
func recentSpanPerfectPrec51(st *sent, cd *candidate, _ time.Time) bool {
	verb := -1
	switch {
	case cd.e.pos == 'V' && strings.HasPrefix(st.toks[cd.i].tag, "VB"):
		if governingPerfect(st, cd.i) >= 0 {
			verb = cd.i
		}
	default:
		verb = prec51PerfectOfNoun(st, cd)
	}
	if verb < 0 || !prec51RecentSpanAfter(st, verb) {
		return false
	}
	return !findingFrame(st, cd.i) && reporter(st, cd.i) == nil
}

// prec51PerfectOfNoun returns the perfect verb whose subject or object the
// noun trigger cd is, or -1: the first verb after the noun, within ten
// words and no other finite verb first ("clashes over land have
// killed"), or the verb before it that takes it as object ("had held
// nine rounds of talks").
func prec51PerfectOfNoun(st *sent, cd *candidate) int {
	for n := cd.j; n+1 < len(st.low) && n < cd.j+10; n++ {
		w := st.low[n]
		if w == "," || w == ";" || w == "which" || w == "who" || w == "that" {
			break
		}
		switch w {
		case "has", "have", "had":
			if k := n + 1; strings.HasPrefix(st.toks[k].tag, "VBN") || st.toks[k].tag == "VBD" {
				return k
			}
		}
		if finiteVerb(st.toks[n].tag) {
			break
		}
	}
	k := verbOfObject(st, cd.i, func(k int) bool { return strings.HasPrefix(st.toks[k].tag, "VB") })
	if k >= 0 && governingPerfect(st, k) >= 0 && st.low[k] != "been" {
		return k
	}
	return -1
}

// prec51RecentSpanAfter reports whether a span of recent years stands in
// the clause of the verb at v, within fourteen words after it and before
// a comma or a frame word: "over the past decade", "during the last two
// years", "in recent years", "over the years".
func prec51RecentSpanAfter(st *sent, v int) bool {
	for k := v + 1; k+2 < len(st.low) && k <= v+14 && st.clause[k] == st.clause[v]; k++ {
		w := st.low[k]
		if w == "," || w == ";" || frameBreaks.has(w) {
			return false
		}
		if w != "over" && w != "in" && w != "during" && w != "across" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" {
			n++
		}
		if n >= len(st.low) {
			return false
		}
		switch st.low[n] {
		case "years", "decades":
			// "over the years", "over the decades".
			if n == k+2 && w == "over" {
				return true
			}
		case "recent":
			// "in recent years", "in recent months".
			if n+1 < len(st.low) && prec51SpanUnits.has(st.low[n+1]) && st.low[n+1] != "year" {
				return true
			}
		case "past", "last":
			// "over the past decade", "in the last three years", "over the
			// past few months".
			if n == k+1 {
				continue // "in last year's vote" dates a noun
			}
			for m := n + 1; m < len(st.low) && m <= n+3; m++ {
				if prec51SpanUnits.has(st.low[m]) {
					return true
				}
				if st.toks[m].tag != "CD" && st.low[m] != "few" && st.low[m] != "several" && st.low[m] != "two" {
					break
				}
			}
		}
	}
	return false
}
