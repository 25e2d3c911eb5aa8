package code

import "strings"

// A perfect is no passive: "security forces [had killed] a commander",
// "gunmen [have shot dead] two guards" are active verbs whose object is
// their victim, as in "killed a commander"; "had been killed", "were
// killed" and "got killed" are passives whose subject is the victim.

// toll38PerfectOnly reports whether the auxiliary at token n is a form of
// "have" followed by the verb at token k with no form of "be" between:
// "had killed", "has reportedly killed".
func toll38PerfectOnly(st *sent, n, k int) bool {
	switch st.low[n] {
	case "has", "have", "had":
	default:
		return false
	}
	for m := n + 1; m < k; m++ {
		if auxiliaries.has(st.low[m]) {
			return false
		}
	}
	return true
}

// toll38PastPossessor returns the token after a possessor phrase that
// opens at token i and ends in "'s" ("[the city's] new secretary",
// "[Mexico's] deputy minister", "[the rebel group's] commander"), or -1
// when none opens there: the victim named after it is one person as
// after "the" or "his".
func toll38PastPossessor(st *sent, i int) int {
	n := i
	if st.low[n] == "the" {
		n++
	}
	for k := n; k < len(st.low) && k < n+3; k++ {
		t := st.toks[k]
		if t.tag == "POS" {
			if k == n {
				return -1
			}
			return k + 1
		}
		if !strings.HasPrefix(t.tag, "NN") && !strings.HasPrefix(t.tag, "JJ") && t.tag != "HYPH" {
			return -1
		}
	}
	return -1
}

// toll38KillPhraseEnd reports whether token n ends a verb phrase of
// killing that killWords, single words, do not hold: "shot [dead]",
// "shooting [dead]", "gunned [down]", or is a verb of murder
// ("murdered", "murdering"). The victim named after it is the phrase's
// object, as after "killed".
func toll38KillPhraseEnd(st *sent, n int) bool {
	switch st.low[n] {
	case "murdered", "murdering", "murders":
		return n == 0 || !auxiliaries.has(st.low[n-1])
	case "dead":
		if n == 0 {
			return false
		}
		switch st.low[n-1] {
		case "shot", "shooting", "shoot", "shoots":
			return true
		}
	case "down":
		if n == 0 {
			return false
		}
		switch st.low[n-1] {
		case "gunned", "gunning", "gun", "guns":
			return true
		}
	}
	return false
}

// toll38VerbBeforePossessor returns the field of a toll verb before a
// possessor phrase that ends right before token i: "killed [the
// governor's] two bodyguards", "wounding [the mayor's] three sons".
func toll38VerbBeforePossessor(st *sent, i int) string {
	for p := max(i-4, 1); p <= i-2; p++ {
		if f := tollVerbs[st.low[p-1]]; f != "" && toll38PastPossessor(st, p) == i {
			return f
		}
	}
	return ""
}

// toll38KillWord returns the token of the verb of killing that tells
// event cd's dead (killWordOf), or else the end of a phrase of killing
// at or shortly after its trigger ("shot [dead] the city's secretary"),
// or -1.
func toll38KillWord(st *sent, cands []*candidate, cd *candidate) int {
	if k := killWordOf(st, cands, cd); k >= 0 {
		return k
	}
	for n := cd.i; n < len(st.low) && n <= cd.j+2; n++ {
		if toll38KillPhraseEnd(st, n) {
			return n
		}
	}
	return -1
}
