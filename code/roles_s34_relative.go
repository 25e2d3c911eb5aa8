package code

import "strings"

// relativeStart returns the first token of the clause holding token i,
// reaching back past phrases of time that open a clause of their own
// but have no verb ("who landed [after the raid] clashed", "who have
// camped there [since May] said"): such a phrase belongs to the relative
// clause before it, and the main verb's subject is that relative's head.
// A "whose" inside the clause starts the relative there.
func (st *sent) relativeStart(i int) int {
	s := i
	for {
		for s > 0 && st.clause[s-1] == st.clause[s] {
			s--
		}
		if s == 0 || !relativeTimeWords.has(st.low[s]) || st.finiteBetween(s+1, i) {
			// "whose" opens no clause of its own: "clans whose feud
			// with the police had claimed lives signed".
			for k := i - 1; k > s; k-- {
				if st.low[k] == "whose" {
					return k
				}
			}
			return s
		}
		s--
	}
}

// relativeTimeWords open a phrase of time the tokenizer takes for a new
// clause: "after the raid", "since mid-May", "following the vote".
var relativeTimeWords = filtered(wordSet("after", "before", "since", "following", "amid"))

// finiteBetween reports whether a finite verb or modal stands in [a, b).
func (st *sent) finiteBetween(a, b int) bool {
	for k := a; k < b && k < len(st.toks); k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return true
		}
	}
	return false
}

// possessedEnd skips the noun phrase a "whose" owns, with any phrase
// after it ("whose [feud with the police] had claimed"), and returns the
// first verb or modal after it, or b.
func (st *sent) possessedEnd(a, b int) int {
	for k := a; k < b; k++ {
		if t := st.toks[k].tag; t == "MD" || strings.HasPrefix(t, "VB") {
			return k
		}
	}
	return b
}
