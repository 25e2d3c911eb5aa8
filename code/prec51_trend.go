package code

// A run of acts told as what a place has been through or what a side has
// stepped up: "the district has seen repeated raids", "the valley has
// witnessed several ambushes on convoys", "the rebels have stepped up
// attacks on the police over the past year". The noun of the act is the
// object of a perfect of experience or of trend, and the sentence sums up
// a trend as background, not one act that is news. A speaker's report
// of it ("the mission said it had stepped up attacks") is that speaker's
// news and stays, as in perfectSpan, and so is a step-up of what is not
// violence ("have stepped up patrols"), which is a deployment of its own.

import (
	"strings"
	"time"
)

// prec51TrendVerbs, in a perfect, take a run of acts as their object:
// verbs of experience ("has seen", "have witnessed") and of trend ("has
// stepped up", "have intensified"). "stepped" and "ramped" count only
// with their "up".
var prec51TrendVerbs = filtered(wordSet("seen", "witnessed", "experienced", "endured",
	"stepped", "ramped", "intensified", "escalated", "redoubled"))

// prec51ExperienceVerbs are the trend verbs that take any run of acts
// ("has seen protests"); the others take only violence.
var prec51ExperienceVerbs = filtered(wordSet("seen", "witnessed", "experienced", "endured"))

// trendObjectPrec51 reports whether the noun trigger at cd is the object
// of a perfect verb of experience or trend ("has seen several attacks",
// "have stepped up attacks") that no speaker reports.
func trendObjectPrec51(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	k := verbOfObject(st, cd.i, func(k int) bool { return prec51TrendVerb(st, k) })
	if k < 0 || !prec51ExperienceVerbs.has(st.low[k]) && !cd.e.has(flagViolent) {
		return false
	}
	switch perfectAuxAt(st, k) {
	case "has", "have", "'ve", "had":
	default:
		return false
	}
	return !findingFrame(st, cd.i) && reporter(st, cd.i) == nil
}

// prec51TrendVerb reports whether the token at k is a participle of
// prec51TrendVerbs, with its "up" where it needs one.
func prec51TrendVerb(st *sent, k int) bool {
	w := st.low[k]
	if !prec51TrendVerbs.has(w) || st.toks[k].tag != "VBN" && st.toks[k].tag != "VBD" {
		return false
	}
	if w == "stepped" || w == "ramped" {
		return k+1 < len(st.low) && st.low[k+1] == "up"
	}
	return true
}
