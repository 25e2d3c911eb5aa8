package code

// ACLED labels of a protest told only as the backdrop of a violent act
// (issue 3): "protesters clashed with police on Tuesday, the ninth day of
// a national strike", "two people were shot dead when a crowd stormed the
// post, the fifth day of protests", "the union, which called the
// nationwide strike, said troops fired tear gas into a crowd". The
// violence is an event of its own in the sentence, and carries the riot
// or attack label; the campaign of strikes or protests it happened in is
// recorded as a peaceful protest, as the gold gives it in old and new
// files alike. The per-sentence rules read the sentence's rioting words
// onto the campaign too.

import "github.com/truce-project/truce"

// acled32BackdropProtest relabels, over the document, a strike or
// demonstration labelled a violent demonstration when its trigger noun
// is a backdrop ("day of", "which called the") and another event of the
// same sentence tells the violence.
func acled32BackdropProtest(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || cd.i < 1 || ev.Type != truce.Protest || ev.Mode != "demo" && ev.Mode != "boycott" ||
			ev.ACLEDType != acledRiots || ev.ACLEDSubtype != subViolentDem {
			continue
		}
		if !acled32Backdrop(cd.st, cd.i) || !acled32ViolenceBeside(d, cd) {
			continue
		}
		ev.ACLEDType, ev.ACLEDSubtype = acledProtests, subPeaceful
	}
}

// acled32Backdrop reports whether the trigger noun at i follows, across
// at most three words of its phrase ("a national", "youth-led"), a span of
// time ("the ninth day of", "after two weeks of") or an organiser's call
// ("which called the nationwide strike"): the protest is the setting, not
// the act.
func acled32Backdrop(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.low[k]
		switch {
		case w == "of":
			return k > 0 && acled32Spans.has(st.low[k-1]) && acled32AfterComma(st, k-1)
		case acled32Calls.has(w):
			return true
		case w == "," || w == "and" || w == "or" || w == "after" || w == "before":
			return false
		}
	}
	return false
}

// acled32AfterComma reports whether the phrase of the word at k opens
// after a comma or a preposition, within three words ("…, the ninth day
// of", "the first deaths in five days of"): the span is
// put beside the clause, not its subject ("Weeks of protests ended with
// crowds storming the office" tells the protest's own end).
func acled32AfterComma(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		if w := st.low[n]; w == "," || acled32SpanOpeners.has(w) {
			return true
		}
	}
	return false
}

// acled32SpanOpeners open a phrase of time set beside the clause: "the
// first deaths in five days of protests", "amid weeks of strikes".
var acled32SpanOpeners = filtered(wordSet("in", "during", "into", "amid", "amidst", "through", "throughout"))

// acled32Spans are the spans of time a campaign of protest is counted in.
var acled32Spans = filtered(wordSet("day", "days", "night", "nights", "week", "weeks", "month", "months"))

// acled32Calls are the verbs by which an organiser calls a strike or a
// protest.
var acled32Calls = filtered(wordSet("called", "calls", "calling", "declared", "declares", "launched", "launches"))

// acled32ViolenceBeside reports whether another event of cd's sentence
// tells the violence: an assault, a riot, or a protest labelled a riot
// that is no backdrop itself ("pickets clashed with police").
func acled32ViolenceBeside(d *doc, cd *candidate) bool {
	for _, o := range d.cands {
		if o == cd || o.folded || o.st != cd.st {
			continue
		}
		if o.ev.Type == truce.Assault || isRiot(o) ||
			o.ev.Type == truce.Protest && o.ev.ACLEDType == acledRiots && o.i >= 0 && !acled32Backdrop(o.st, o.i) {
			return true
		}
	}
	return false
}
