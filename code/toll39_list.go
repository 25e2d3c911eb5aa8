package code

import "strings"

// toll39SaidSkip returns the token after the noun phrase at k that a
// verb of saying may close, skipping a count first: "[two residents]
// said", "[three officials] told".
func toll39SaidSkip(st *sent, k int) int {
	if k >= len(st.low) {
		return k
	}
	if _, n, ok := conjunctAt(st, k); ok && n > 0 {
		return nounEnd(st, k+n)
	}
	return nounEnd(st, k)
}

// toll39OfThemEnd skips "of them" / "of whom" after a conjunct, so that
// "and one of them struck a hospital" is read as a clause whose subject
// is "one of them", not as one more victim.
func toll39OfThemEnd(st *sent, k int) int {
	if k+1 < len(st.low) && st.low[k] == "of" && (st.low[k+1] == "them" || st.low[k+1] == "those") {
		return k + 2
	}
	return k
}

// toll39OwnerAt reports whether the words at k name an owner, as "its"
// does: "five of [the group's] fighters", "two of [the army's] pilots",
// "three of [Hamas's] commanders". A count before such an owner counts
// members of a group, not a part of a toll named elsewhere.
func toll39OwnerAt(st *sent, k int) bool {
	if k >= len(st.low) {
		return false
	}
	if possessives.has(st.low[k]) {
		return true
	}
	for n := k; n < k+4 && n+1 < len(st.low); n++ {
		if st.low[n] == "'s" || st.low[n] == "'" || st.low[n] == "’s" {
			return n > k && (strings.HasPrefix(st.toks[n+1].tag, "NN") || strings.HasPrefix(st.toks[n+1].tag, "JJ"))
		}
		t := st.toks[n].tag
		if n > k && t != "NN" && t != "NNP" && t != "NNPS" && t != "JJ" && t != "NNS" {
			return false
		}
		if n == k && t != "DT" && t != "NNP" && t != "NN" {
			return false
		}
	}
	return false
}
