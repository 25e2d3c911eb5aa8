package code

import "strings"

// A speaker's own words for the toll, set in quotes after a verb of
// killing: killing ["dozens of fighters"], killed ["over 30 bandits"],
// killing what the army described as ["scores of terrorists"].

// quotedPhraseEnd returns how many tokens from the quote mark at token i
// a quoted count with its noun spans, through the closing mark, when the
// quotes hold a count (n tokens from i+1) and then only the noun phrase it
// counts: ["dozens of terrorists"], ["over 30 gunmen"]. It returns 0 when
// anything else stands inside the quotes or the noun names things
// ("dozens of trucks").
func quotedPhraseEnd(st *sent, i, n int) int {
	k := i + 1 + n
	start := k
	for ; k < len(st.low) && k <= i+8; k++ {
		if st.low[k] == `"` {
			if k == start || thingsCounted(st, start) {
				return 0
			}
			return k + 1 - i
		}
		if t := st.toks[k].tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "HYPH" {
			return 0
		}
	}
	return 0
}

// describedVerbs introduce another's word for what a verb of killing
// killed: "killing what the army [described as] …", "what officials
// [called] …".
var describedVerbs = filtered(wordSet("described", "called", "termed", "labelled", "labeled", "branded", "said", "claimed"))

// describedAs returns the field of a verb of killing or wounding that
// takes, through "what X described as", the count at token i: "killing
// what the air force described as [scores] of terrorists". It returns ""
// when no such verb stands before.
func describedAs(st *sent, i int) string {
	if i < 3 {
		return ""
	}
	k := i - 1
	if st.low[k] == "as" || st.low[k] == "were" {
		k--
	}
	if k < 2 || !describedVerbs.has(st.low[k]) {
		return ""
	}
	for n := k - 1; n >= 1 && n >= k-6; n-- {
		if st.low[n] == "what" {
			return tollVerbs[st.low[n-1]]
		}
		if t := st.toks[n].tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "POS" {
			return ""
		}
	}
	return ""
}
