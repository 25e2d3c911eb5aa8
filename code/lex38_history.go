package code

// Acts dropped as history (issue 3, vocabulary): a year that names a
// thing through an adjective ("a 2018 military pact", "a 2022 armed
// robbery") does not date the act the sentence tells.

import "strings"

// lex38DatedNounPhrase reports whether the year spanning tokens k..end
// opens a noun phrase after a determiner with one to three adjectives
// before its noun, and the trigger stands outside that phrase: "handed
// over to Armenia a man wanted for a 2022 armed robbery", "would no
// longer abide by a 2018 military pact and would send troops". The year
// names which robbery or pact, as "the 1960 pact" does with no adjective
// between (historical's own check); the act told is the news. A trigger
// inside the phrase ("the 2014 military coup") is dated by it, and so is
// a participle ("sanctions lifted under the 2015 nuclear deal").
func lex38DatedNounPhrase(st *sent, cd *candidate, k, end int) bool {
	if k == 0 || end < k || !namingDeterminers.has(st.low[k-1]) {
		return false
	}
	n := end + 1
	for n < len(st.toks) && n <= end+3 && lex38AdjectiveTag(st.toks[n].tag) {
		n++
	}
	if n == end+1 || n >= len(st.toks) || !strings.HasPrefix(st.toks[n].tag, "NN") {
		return false
	}
	if cd.i >= k-1 && cd.i <= n || cd.j > k-1 && cd.j <= n+1 && cd.i < k {
		return false
	}
	if !lex38TensedVerb(st, cd.i) {
		return false
	}
	if cd.j <= k-1 {
		return lex38FirstVerb(st, cd.i)
	}
	return cd.i > n && !relativeBetween(st, n, cd.i)
}

// lex38FirstVerb reports whether no verb stands before the token at i in
// its clause: "Georgia handed over to Armenia a man wanted for a 2022
// armed robbery" tells the handing over, while in "moved to restore
// sanctions lifted under the 2015 deal" the lifting hangs on the verbs
// before it and is as old as the deal.
func lex38FirstVerb(st *sent, i int) bool {
	for m := i - 1; m >= 0 && st.clause[m] == st.clause[i]; m-- {
		if t := st.toks[m].tag; strings.HasPrefix(t, "VB") || t == "MD" {
			return false
		}
	}
	return true
}

// lex38TensedVerb reports whether the token at i is a verb with a tense of
// its own ("handed", "would send"), which tells an act, rather than a
// participle that describes a noun ("sanctions lifted under the 2015
// deal", "a pact aimed at easing tensions") and shares its date.
func lex38TensedVerb(st *sent, i int) bool {
	tag := st.toks[i].tag
	if reducedRelative(st, i) || adjectival(st, i) {
		return false
	}
	if finiteVerb(tag) && tag != "VB" {
		return true
	}
	return tag == "VB" && i > 0 && lex38Modals.has(st.low[i-1])
}

// lex38Modals put a bare verb in a tense of its own.
var lex38Modals = filtered(wordSet("will", "would", "shall", "should", "can", "could", "may", "might", "must"))

// lex38AdjectiveTag reports whether a tag is an adjective, or a
// participle used as one ("armed", "disputed").
func lex38AdjectiveTag(tag string) bool {
	return tag == "JJ" || tag == "JJR" || tag == "JJS" || tag == "VBN"
}
