package code

// Clause shapes the history filter reads: whether a date and a trigger
// share a predicate, or a relative clause, an apposition, "and" or a
// clause of time sets them apart ("islands held since 1971, and urged …").

import (
	"strings"

	"github.com/truce-project/truce/when"
)

// futureBefore reports whether a modal of the future governs the trigger
// at i: "would reopen", "will send", "is to hand over".
func futureBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.low[k] {
		case "will", "would", "shall", "'ll", "to":
			return true
		}
	}
	return false
}

// andBetween reports whether ", and" lies in [from, to): a new predicate
// begins there.
func andBetween(st *sent, from, to int) bool {
	for k := from + 1; k < to && k < len(st.low); k++ {
		if st.low[k] == "and" && st.low[k-1] == "," {
			return true
		}
	}
	return false
}

// inRelative reports whether token k lies in a relative clause ("who …",
// "which …", "whose …", "a group that swore …") that a comma closes
// before token i, or that the main verb closes ("clans whose feud had
// claimed five lives since March signed a pact").
func inRelative(st *sent, k, i int) bool {
	rel := -1
	for n := k - 1; n >= 0 && n >= k-12; n-- {
		if st.low[n] == "who" || st.low[n] == "which" || st.low[n] == "whose" || relativeThat(st, n) {
			rel = n
			break
		}
		if st.low[n] == "," && n < k-1 {
			break
		}
	}
	if rel < 0 {
		return false
	}
	for n := k + 1; n < i; n++ {
		if st.low[n] == "," {
			return true
		}
	}
	return mainVerbAfterRelative(st, rel, k, i)
}

// relativeThat reports whether the "that" at n opens a subject relative
// clause: a common noun before it and a verb after ("a militia that
// swore"), not a report's complement ("told reporters that the army").
func relativeThat(st *sent, n int) bool {
	if st.low[n] != "that" || n < 1 || n+1 >= len(st.low) || !strings.HasPrefix(st.toks[n-1].tag, "NN") || strings.HasPrefix(st.toks[n-1].tag, "NNP") {
		return false
	}
	switch st.toks[n+1].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// inApposition reports whether token k lies in a description set off by
// commas after a name, with the trigger at i past the closing comma: "The
// ADF, a militia that swore allegiance to the Islamic State in 2019,
// killed …", "JNIM, an alliance formed in 2017, attacked …". The date
// tells about the name, not the act.
func inApposition(st *sent, k, i int) bool {
	open := -1
	for n := k - 1; n > 0 && n >= k-15; n-- {
		if st.low[n] == "," {
			open = n
			break
		}
	}
	if open < 1 || !strings.HasPrefix(st.toks[open-1].tag, "NNP") || !appositionOpeners.has(st.low[open+1]) {
		return false
	}
	for n := k + 1; n < i; n++ {
		if st.low[n] == "," {
			return true
		}
	}
	return false
}

// appositionOpeners begin a description of the name before them.
var appositionOpeners = filtered(map[string]bool{"a": true, "an": true, "the": true})

// relativeBetween reports whether a relative word lies in [from, to): the
// trigger tells about the noun before it ("the 1994 genocide, in which
// militias killed …").
func relativeBetween(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		switch st.low[k] {
		case "which", "when", "where", "whom":
			return true
		}
	}
	return false
}

// datedRelative reports whether the trigger at i lies in a relative clause
// that tells about a dated noun just before it: "the 1994 genocide, in
// which militias killed …".
func datedRelative(st *sent, k, i int) bool {
	if st.clause[i] != st.clause[k]+1 {
		return false
	}
	for n := k + 1; n < i && n <= k+5; n++ {
		switch st.low[n] {
		case "which", "when", "where":
			return true
		}
	}
	return false
}

// datedMain reports whether the trigger at i lies in a clause of time
// ("after …", "when …") hung on a predicate the date x sets: "Riyadh cut
// ties in 2016 after protesters stormed its embassy", "Kenya recalled its
// envoy in 2019 when Somali troops shelled a border post". What came
// before or with a dated act is no newer than it.
func datedMain(st *sent, x when.Expr, i int) bool {
	end := st.tokenAtByte(x.End - 1)
	if end < 0 || end >= i || st.clause[i] != st.clause[end]+1 {
		return false
	}
	for n := end + 1; n < i && n <= end+3; n++ {
		if timeClauseWords.has(st.low[n]) {
			return true
		}
		if st.low[n] == "," {
			return false
		}
	}
	return false
}

// timeClauseWords open a clause that says when the act before them came.
var timeClauseWords = filtered(wordSet("after", "when", "as", "following"))
