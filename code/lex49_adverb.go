package code

import "strings"

// A manner or time adverb may stand inside a verb's form where the form
// has no gap: "called repeatedly for", "pulled quietly out of", "gave in
// at last to", "called once again for". The form matcher lets one such
// adverb sit between two literal words of a form. Words that turn the
// verb's meaning ("not", "never", "hardly", "barely") are no adverbs here,
// so they still break the form.

// lex49AdverbAt returns how many tokens an adverb standing at low[i]
// takes (one or two), or 0 where none stands there.
func lex49AdverbAt(low []string, i int) int {
	if i >= len(low) {
		return 0
	}
	if k := lex52DateAt(low, i); k > 0 {
		return k
	}
	w := low[i]
	switch w {
	case "again", "also", "already", "still", "soon", "later":
		return 1
	case "at":
		if i+1 < len(low) && low[i+1] == "last" {
			return 2
		}
		return 0
	case "once":
		if i+1 < len(low) && (low[i+1] == "again" || low[i+1] == "more") {
			return 2
		}
		return 0
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ly") || lex49NotAdverbs.has(w) {
		return 0
	}
	return 1
}

// lex49NotAdverbs are words ending in "-ly" that are nouns, adjectives
// or names, or adverbs that negate or hedge the act ("hardly agreed to",
// "nearly pulled out of"): none may sit in a form's gap.
var lex49NotAdverbs = filtered(map[string]bool{
	"family": true, "assembly": true, "supply": true, "apply": true,
	"reply": true, "italy": true, "sicily": true, "rally": true,
	"anomaly": true, "monopoly": true, "bully": true, "belly": true,
	"jelly": true, "daily": true, "weekly": true, "monthly": true,
	"yearly": true, "early": true, "hardly": true, "barely": true,
	"scarcely": true, "rarely": true, "nearly": true, "only": true,
	"likely": true, "unlikely": true, "elderly": true, "friendly": true,
	"allegedly": true, "supposedly": true, "purportedly": true,
	"reportedly": true, "ostensibly": true, "seemingly": true,
	"apparently": true, "partly": true, "hourly": true, "holy": true,
	"kelly": true, "manly": true, "wholly": true,
})

// lex49SkipAdverb matches words (whose first is a literal word) from
// token i with an adverb standing before that word: it is called where
// low[i] is not words[0].
func lex49SkipAdverb(low []string, i int, words []string) (int, bool) {
	// An adverb takes one to three tokens: the form's word must stand
	// right after them. Most calls end on this cheap look.
	w := words[0]
	if !(i+1 < len(low) && low[i+1] == w || i+2 < len(low) && low[i+2] == w || i+3 < len(low) && low[i+3] == w) {
		return 0, false
	}
	k := lex49AdverbAt(low, i)
	if k == 0 || i+k >= len(low) || low[i+k] != words[0] {
		return 0, false
	}
	n, ok := matchFrom(low, i+k+1, words[1:])
	return n + k + 1, ok
}

// lex49AdverbEndsAt reports whether an adverb that may sit in a form ends
// at token k: the words past a wildcard's reach a form may still match.
func lex49AdverbEndsAt(low []string, k int) bool {
	return lex49AdverbAt(low, k) == 1 || k > 0 && lex49AdverbAt(low, k-1) == 2 || k > 1 && lex49AdverbAt(low, k-2) == 3
}

// lex49SecondAfterAdverb returns the token a form's second word may
// stand on when an adverb follows the form's first word at i, or "".
func lex49SecondAfterAdverb(low []string, i int) string {
	k := lex49AdverbAt(low, i+1)
	if k == 0 || i+1+k >= len(low) {
		return ""
	}
	return low[i+1+k]
}
