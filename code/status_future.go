package code

import "strings"

// Acts told as still to come: what someone will do, was said to be
// going to do, or warned they would do.

// futureVerbBefore reports whether the verb of the clause a noun trigger
// hangs from, at or before k, is in the future: "will host Putin in Alaska
// for talks". It stops at a verb in another tense or a "that" clause.
func futureVerbBefore(st *sent, k int) bool {
	for n := k; n >= 0 && n > k-10 && st.clause[n] == st.clause[k]; n-- {
		w, tag := st.low[n], st.toks[n].tag
		switch {
		case w == "will" || w == "shall":
			return true
		case w == "to" && n > 0 && futureTo.has(st.low[n-1]):
			return true // "is due to arrive in Kabul for talks"
		case w == "that" || tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VBN" || tag == "MD":
			return false
		}
	}
	return false
}

// onsetVerbs, after a reported "would", say an event noun is to take
// place: "talks would follow", "the pullout would begin on Monday".
var onsetVerbs = filtered(map[string]bool{
	"follow": true, "begin": true, "start": true, "resume": true, "open": true, "take": true,
})

// futureAfter reports whether a noun trigger is the subject of a verb in
// the future: "talks between the two sides will resume", "the
// withdrawal is due to begin".
func futureAfter(st *sent, i int) bool {
	aside, end := false, i+10
	for k := i + 1; k < len(st.low) && k <= end; k++ {
		w := st.low[k]
		// "talks between the two sides, hosted by Cuba, will resume": an
		// aside set off by commas stands between the noun and its verb.
		if w == "," && !aside && st.clause[k-1] == st.clause[i] {
			if c := futureAsideEnd(st, k); c > 0 {
				k, aside, end = c, true, max(end, c+2)
				continue
			}
		}
		if st.clause[k] != st.clause[i] && !aside {
			return false
		}
		// "agreed to a truce that will take effect on Monday": the
		// relative clause tells the truce's future; the clause the noun
		// stands in tells the event's.
		if (w == "that" || w == "which") && !aside {
			return false
		}
		switch {
		case w == "will" || w == "shall":
			return true
		case w == "would" && k+1 < len(st.low) && onsetVerbs.has(st.low[k+1]) && governingReport(st, i) >= 0:
			// "told reporters that talks would follow"; but "said the
			// truce would hold as long as …" is a forecast.
			return true
		case (w == "is" || w == "are") && k+2 < len(st.low) && st.low[k+2] == "to" && futureTo.has(st.low[k+1]):
			return true
		case strings.HasPrefix(st.toks[k].tag, "VB") || w == ",":
			return false
		}
	}
	return false
}

// futureAsideEnd returns the comma that closes an aside opened by the comma at
// c ("talks, hosted by Qatar, will resume"), when a future verb follows
// it, or -1. The aside may hold a list ("hosted by Cuba, Norway and
// Mexico,") but no finite verb.
func futureAsideEnd(st *sent, c int) int {
	for k := c + 1; k < len(st.low) && k <= c+14; k++ {
		if tag := st.toks[k].tag; tag == "VBD" && k > c+1 || tag == "VBZ" || tag == "VBP" || tag == "MD" || frameBreaks.has(st.low[k]) {
			return -1
		}
		if st.low[k] != "," || k+1 >= len(st.low) {
			continue
		}
		switch st.low[k+1] {
		case "will", "shall", "is", "are":
			return k
		}
	}
	return -1
}

// reportedFuture reports whether the "would" at k is the future of a
// report ("the rebels said they would withdraw") with no condition on it
// in the sentence ("if", "unless").
func reportedFuture(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never") {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	// Only a speaker's word on what it will do itself ("they would", "it
	// would"), not a forecast ("the pause would be tested").
	if k == 0 {
		return false
	}
	switch st.low[k-1] {
	case "they", "it", "he", "she", "we":
	default:
		// "said Tokyo would lift curbs": an actor named as the subject;
		// "said his fighters would pull out": the speaker's own men.
		// "said a joint commission would meet", "said his country
		// would turn down funds": a body or the speaker's own country
		// named by a noun, when it is to act, not to be acted on or
		// described ("the pause would be tested").
		m := st.mentionAt(k - 1)
		if (m == nil || m.place || m.kind == "sector" && !(m.i > 0 && ownPronoun.has(st.low[m.i-1]))) && !actingNoun(st, k) {
			return false
		}
	}
	for v := k - 2; v >= 0 && v >= k-10; v-- {
		switch st.low[v] {
		case "said", "says", "announced", "confirmed", "told", "stated", "added", "promised", "pledged", "vowed", "insisted":
			return true
		case "saying", "announcing", "confirming", "stating", "promising", "pledging", "vowing":
			// mode40: "a day after announcing he would lift the
			// sanctions": the participle reports as the verb does.
			return true
		}
	}
	return false
}

// warnedFuture reports whether the "would" at k that opens a trigger says
// what a speaker foretells, with no condition in the sentence: "the
// Taliban said that the decision would cost more lives".
func warnedFuture(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never") {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	r := governingReport(st, k)
	return r >= 0 && st.low[r] != "according" && k-r <= 8
}

// ownPronoun are the possessives by which a speaker names its own people.
var ownPronoun = filtered(map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true})

// actingNoun reports whether the word before the "would" at k is a common
// noun that heads the subject and the verb after "would" is an act, not
// "be" or "have": "a joint commission would meet", "the two delegations
// would hold talks".
func actingNoun(st *sent, k int) bool {
	if k+1 >= len(st.low) || st.toks[k+1].tag != "VB" {
		return false
	}
	switch st.low[k+1] {
	case "be", "have", "remain", "stay", "become", "need", "take", "cost", "lead", "mean", "allow":
		return false
	}
	tag := st.toks[k-1].tag
	return tag == "NN" || tag == "NNS"
}
