package code

// A perfect verb joined by "and" to an earlier perfect: "X has refused to
// recognise Y's new leader, Z, and has called the vote a coup", "the bloc
// said the junta had made little progress and had refused to let its
// envoy in" — the second verb has no subject of its own and shares the
// first perfect's, not the object right before the "and" nor the speaker
// who reports both.

import "strings"

// rolesX71PerfectSubject returns the subject of the earlier perfect verb
// that the perfect verb at i is joined to by "and" ("has refused … and has
// called"), or nil when the verb is not so joined or the earlier verb has
// no actor for subject.
func (st *sent) rolesX71PerfectSubject(i int) *mention {
	a := st.rolesX71AndPerfect(i)
	if a < 1 {
		return nil
	}
	// The nearest finite verb before the "and" must be a perfect
	// auxiliary: "has refused to recognise …, and has called".
	for k := a - 1; k >= 0; k-- {
		if !finiteAt(st, k) {
			continue
		}
		if !rolesX71PerfectAux(st.low[k]) || k+1 >= a {
			return nil
		}
		v := k + 1
		if st.toks[v].tag == "RB" && v+1 < a {
			v++
		}
		if !strings.HasPrefix(st.toks[v].tag, "VB") {
			return nil
		}
		s := st.subject(v)
		if len(s) == 0 || s[0].place || s[0].i >= k {
			return nil
		}
		return s[0]
	}
	return nil
}

// rolesX71PerfectAux reports whether w is an auxiliary of the perfect.
func rolesX71PerfectAux(w string) bool {
	return w == "has" || w == "have" || w == "had"
}

// rolesX71AndPerfect returns the index of the "and" before a perfect
// auxiliary ("has", "have", "had") that carries the verb at i, past one
// adverb on either side of the auxiliary ("and has since urged", "and
// also has called"); -1 when the verb is not so joined.
func (st *sent) rolesX71AndPerfect(i int) int {
	n := i - 1
	if n >= 0 && (st.toks[n].tag == "RB" || st.low[n] == "since" || sequenceAdverbs.has(st.low[n])) {
		n--
	}
	if n < 1 || !rolesX71PerfectAux(st.low[n]) {
		return -1
	}
	n--
	if n >= 1 && sequenceAdverbs.has(st.low[n]) {
		n--
	}
	if n >= 0 && st.low[n] == "and" {
		return n
	}
	return -1
}
