package code

// An act told in the simple past with a date well before the news, after
// the lead: what prec25's pastDatedRecall reads for a verb with "in
// March", read too for the noun the verb governs ("signed a security pact
// with Beijing in April", "fighting between the clans killed 18 people
// last year"), for a first verb whose date closes a second one joined by
// "and" ("expelled the envoy and ordered the troops out last year"), for
// a date told as "last August", for a day more than a week back set after
// an earlier act ("was arrested on Dec. 7 after he tried to dissolve
// Congress" in a story of Dec. 16), and for what an "after"
// clause of such an act tells ("went up on Dec. 10 after the arrest of
// a policeman"). The sentence recalls the lead-up; the news is elsewhere.

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// datedRecallPrec34 reports whether the trigger cd, in a sentence after
// the first, is or hangs on a simple past verb whose own words hold a
// date a week or more before the news (two calendar months for a month,
// as prec25 counts them). A finding ("investigators concluded that …")
// is news however old the act, and so is what a speaker in the sentence
// reports ("the army said the gunmen had …" is left to the other rules).
func datedRecallPrec34(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() || st.s.Index == 0 || len(st.dates) == 0 || findingFrame(st, cd.i) || reporter(st, cd.i) != nil {
		return false
	}
	from := cd.j
	if after := afterClausePrec34(st, cd.i); after >= 0 {
		// "after the arrest of …", "after he tried to dissolve …": the
		// clause's own verb, before "after", carries the date.
		v := pastVerbBeforePrec34(st, after)
		if v < 0 {
			return false
		}
		return oldDateInPrec34(st, v+1, after, published)
	}
	switch {
	case cd.e.pos == 'V' && !nounUse(st, cd) && !gerundSubject(st, cd.i):
		// prec25's pastDatedRecall reads a verb with its own "in
		// March" once the sentence's events are built.
		if !simplePast(st, cd.i) && !passiveConjunctPrec34(st, cd.i) || pastDatedRecall(st, cd, published) {
			return false
		}
	default:
		v := subjectVerbPrec34(st, cd.j)
		if v < 0 {
			v = objectVerbPrec34(st, cd.i)
		}
		if v < 0 || !simplePast(st, v) && !taggedParticiplePrec34(st, v) {
			return false
		}
		from = max(cd.j, v+1)
	}
	return oldDateInPrec34(st, from, datedEndPrec34(st, from), published)
}

// afterClausePrec34 returns the "after" that opens the phrase or clause
// the trigger at i stands in, a few words before it with no comma
// between, or -1: "after the arrest of …", "after he tried to …".
func afterClausePrec34(st *sent, i int) int {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		w := st.low[k]
		if w == "after" {
			return k
		}
		if w == "," || w == ";" || frameBreaks.has(w) || relativeWords.has(w) || st.toks[k].tag == "CC" {
			return -1
		}
	}
	return -1
}

// pastVerbBeforePrec34 returns the simple past verb of the clause that
// "after" at k ends, or -1: "Castillo was arrested on Dec. 7 after".
func pastVerbBeforePrec34(st *sent, k int) int {
	for n := k - 1; n >= 0 && n >= k-12; n-- {
		w := st.low[n]
		if w == "," || w == ";" || frameBreaks.has(w) || relativeWords.has(w) {
			return -1
		}
		if t := st.toks[n].tag; t == "VBD" || t == "VBN" {
			if simplePast(st, n) {
				return n
			}
			if t == "VBD" {
				return -1
			}
		}
	}
	return -1
}

// subjectVerbPrec34 returns the finite verb a noun trigger ending at j
// is the subject of, a few words on with no comma or relative pronoun
// between, or -1: "fighting between the two clans killed …".
func subjectVerbPrec34(st *sent, j int) int {
	for k := j; k < len(st.low) && k <= j+6; k++ {
		w := st.low[k]
		if w == "," || w == ";" || relativeWords.has(w) || frameBreaks.has(w) || st.toks[k].tag == "CC" || st.toks[k].tag == "MD" {
			return -1
		}
		if t := st.toks[k].tag; finiteVerb(t) || taggedParticiplePrec34(st, k) {
			if (t == "VBD" || t == "VBN") && (k == j || st.toks[k-1].tag != "IN") {
				return k
			}
			return -1
		}
	}
	return -1
}

// objectVerbPrec34 returns the past verb whose object or agent the noun
// trigger at i is, across an article, modifiers, "by" or "in", or -1:
// "signed a security pact", "was hit by a rocket attack", "retook the
// enclave in a lightning offensive".
func objectVerbPrec34(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := st.toks[k]
		switch {
		case t.tag == "VBD" || t.tag == "VBN" && k > 0 && !isModifierPrec32(st, k):
			return k
		case t.tag == "DT" || t.tag == "PRP$" || t.low == "by" || t.low == "in" || isModifier(t):
		default:
			return -1
		}
	}
	return -1
}

// datedEndPrec34 returns where the own words of a verb or its object,
// from token from, end: at a comma, a semicolon, a relative pronoun or a
// subordinating word, or at the next verb unless that verb is a second
// past verb joined by "and" to the first, whose date dates both
// ("expelled the envoy and ordered the troops out last year").
func datedEndPrec34(st *sent, from int) int {
	for k := from; k < len(st.low) && k < from+14; k++ {
		w := st.low[k]
		if w == "," || w == ";" || relativeWords.has(w) || frameBreaks.has(w) || w == "after" || w == "before" || w == "when" || w == "as" || w == "because" {
			return k
		}
		if t := st.toks[k].tag; strings.HasPrefix(t, "VB") {
			if t == "VBD" && st.low[k-1] == "and" {
				continue
			}
			return k
		}
	}
	return min(len(st.low), from+14)
}

// oldDateInPrec34 reports whether a date starting between tokens from and
// to dates an act well before the news: a month or year as prec25's
// earlierMonth reads it, "last August" two calendar months or more back,
// or a day ("on Dec. 7") more than a week before the news that the
// sentence sets after an earlier act.
func oldDateInPrec34(st *sent, from, to int, published time.Time) bool {
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k < from || k >= to {
			continue
		}
		if earlierMonth(st, x, published) {
			return true
		}
		switch x.Precision {
		case when.Month:
			if prefixFoldPrec34(x.Text, "last ") && x.Date.Before(time.Date(published.Year(), published.Month()-1, 1, 0, 0, 0, 0, time.UTC)) {
				return true
			}
		case when.Day:
			// A day alone may date news of the last weeks ("recalled
			// its envoy on June 2, citing …"); one the sentence goes on
			// to set after an earlier act ("was arrested on Dec. 7
			// after he tried to …") tells the story that led up to it.
			on := prefixFoldPrec34(x.Text, "on ") || k > 0 && st.low[k-1] == "on"
			if on && x.Date.Before(published.AddDate(0, 0, -8)) && sequelPrec34(st, st.tokenAtByte(x.End-1)) {
				return true
			}
		}
	}
	return false
}

// passiveConjunctPrec34 reports whether the participle at i is a second
// passive joined by "and" to a first one: "was removed by Congress and
// arrested on Dec. 7".
func passiveConjunctPrec34(st *sent, i int) bool {
	if i < 3 || st.toks[i].tag != "VBN" || st.low[i-1] != "and" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-8; k-- {
		if w := st.low[k]; w == "," || w == ";" || relativeWords.has(w) || frameBreaks.has(w) {
			return false
		}
		if st.toks[k].tag == "VBN" && simplePast(st, k) {
			return true
		}
	}
	return false
}

// taggedParticiplePrec34 reports whether the verb at k, tagged a
// participle, is a past tense with its object after it: "the clans
// killed at least 18 people", "fighting killed 40". A participle that
// describes a noun ("the men killed in the raid") has no object.
func taggedParticiplePrec34(st *sent, k int) bool {
	if st.toks[k].tag != "VBN" || k == 0 || k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k-1].tag, "NN") {
		return false
	}
	switch st.toks[k+1].tag {
	case "DT", "CD", "PRP$":
		return true
	}
	return st.low[k+1] == "at" && k+2 < len(st.low) && st.low[k+2] == "least"
}

// sequelPrec34 reports whether "after", "before" or "when" follows the
// date ending at token end, a word or two on: "on Dec. 10 after the
// arrest of …".
func sequelPrec34(st *sent, end int) bool {
	for k := end + 1; k >= 1 && k < len(st.low) && k <= end+2; k++ {
		switch st.low[k] {
		case "after", "before", "when":
			return true
		}
	}
	return false
}

// prefixFoldPrec34 reports whether s begins with the lower-case prefix p,
// in any case, with no copy.
func prefixFoldPrec34(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}
