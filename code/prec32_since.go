package code

// A perfect that runs "since" a month or year before the news: what has
// gone on since then is a state or a total to date, told as background.

import (
	"strings"
	"time"
)

// perfectSinceMonthsPrec32 reports whether the trigger cd is a perfect,
// present or past ("have left", "had killed", "has been cut"), or the noun
// subject or object of one, whose own clause runs on to "since" and a date
// that falls in an earlier month or year than the news: "clashes there had
// killed at least 20 people since late July", "internet access has been
// cut since November", "the faction has fought the state since the 2016
// accord". prec19's perfectSinceEarlier wants an act named after "since";
// this one takes a bare date too. A span from a day of this week ("since
// Wednesday") is the news itself, and a tally someone gives ("…since May,
// officials said", "according to") is that speaker's finding.
func perfectSinceMonthsPrec32(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	k := sinceInClause(st, cd.j)
	if k < 0 || adverbSince(st, k) || comparisonSince(st, k) || findingFrame(st, cd.i) || reporter(st, cd.i) != nil {
		return false
	}
	switch t := st.toks[cd.i].tag; {
	case perfectSubjectPrec32(st, cd.i, cd.j):
		// a pattern that holds its own perfect: "internet access in
		// the region has been cut".
	case cd.e.pos == 'V' && t != "VBG" && !strings.HasPrefix(t, "NN") || t == "VBN" || t == "VBD":
		if !anyPerfectPrec32(st, cd.i) {
			return false
		}
	case !perfectSubjectPrec32(st, cd.j, k) && !perfectObjectPrec32(st, cd.i):
		return false
	}
	end := k + 1
	for end < len(st.low) && end <= k+12 && st.low[end] != "," && st.low[end] != ";" {
		end++
	}
	// "…since March, a task force said": the speaker may come after the
	// span, past its comma.
	if end < len(st.low) && st.low[end] == "," && reportAfterPrec32(st, end) {
		return false
	}
	return !sourcedFinding(st, end) && earlierDateIn(st, k, end, published, false)
}

// anyPerfectPrec32 reports whether the verb at i is a perfect, present or
// past: "have killed", "had been cut", "has repeatedly shelled".
func anyPerfectPrec32(st *sent, i int) bool {
	switch perfectAuxAt(st, i) {
	case "has", "have", "'ve", "had", "'d":
		return true
	}
	return false
}

// perfectSubjectPrec32 reports whether a perfect verb follows the noun
// ending at j, before k, with no other finite verb first: "clashes and
// shelling there had killed …".
func perfectSubjectPrec32(st *sent, j, k int) bool {
	for n := j; n+1 < k; n++ {
		w := st.low[n]
		if w == "has" || w == "have" || w == "had" {
			m := n + 1
			if st.toks[m].tag == "RB" {
				if lapseWords.has(st.low[m]) {
					return false
				}
				m++
			}
			return m < k && (st.low[m] == "been" || st.toks[m].tag == "VBN" || st.toks[m].tag == "VBD")
		}
		// (A word of an actor's name is no verb: "Anglophone
		// separatists" may be tagged VBZ.)
		if finiteVerb(st.toks[n].tag) && st.mentionAt(n) == nil || st.low[n] == "," {
			return false
		}
	}
	return false
}

// perfectObjectPrec32 reports whether the noun at i stands in the
// predicate of a perfect a few words before it: "has seen a surge of
// fighting", "had kept soldiers".
func perfectObjectPrec32(st *sent, i int) bool {
	k := verbOfObject(st, i, func(k int) bool {
		t := st.toks[k].tag
		return finiteVerb(t) || t == "VBN" && k > 0 && !isModifierPrec32(st, k)
	})
	return k >= 0 && anyPerfectPrec32(st, k)
}

// isModifierPrec32 reports whether the participle at k modifies the noun
// after it ("an intensified offensive") rather than heading a predicate.
func isModifierPrec32(st *sent, k int) bool {
	switch st.toks[k-1].tag {
	case "DT", "JJ", "PRP$", "RB":
		return st.low[k-1] != "been" && !auxiliaryWords.has(st.low[k-1])
	}
	return false
}

// reportAfterPrec32 reports whether a report verb stands in the few words
// after the comma at n: ", a government task force said".
func reportAfterPrec32(st *sent, n int) bool {
	for m := n + 1; m < len(st.low) && m <= n+8; m++ {
		if reportVerbs.has(st.low[m]) {
			return true
		}
		if st.low[m] == "," || st.low[m] == ";" {
			return false
		}
	}
	return false
}
