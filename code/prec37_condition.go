package code

import "strings"

// conditionPresentPrec37 reports whether cd's verb is the verb of a
// condition another clause waits on, told in the present tense, whatever
// status the built event was given: "will expel the troops unless Addis
// Ababa tears up the deal", "would return to the deal as soon as the West
// meets its demands", "will let exports resume only once Niger reopens
// the border", "stood ready to help as soon as Rabat asked". A present
// tense after if, unless, once, until or as soon as speaks of what is yet
// to come; a past one speaks of it only when a modal or a word of
// readiness stands before the condition ("would respond if rebels
// attacked"). The clause that waits is the news; the condition has not
// happened ("the fighting went on until the army retook the town" stays).
// conditionActPrec35 drops the hypothetical acts of cooperation; this
// reads the tense where the status missed the condition. Like the other
// setting rules it drops the condition only beside an event of the
// waiting clause, the one the sentence tells.
func conditionPresentPrec37(st *sent, _, built []*candidate, cd *candidate) bool {
	if cd.e.pos != 'V' {
		return false
	}
	return conditionVerbAtPrec37(st, built, cd, cd.i, gsr41ConditionTag(st, cd.i))
}

// conditionVerbAtPrec37 reports whether the verb at i, tagged tag, cd's
// own or the one whose object cd is, is the verb of such a condition.
func conditionVerbAtPrec37(st *sent, built []*candidate, cd *candidate, i int, tag string) bool {
	if tag != "VBZ" && tag != "VBP" && tag != "VBD" && tag != "VBN" {
		return false
	}
	k := conditionOpenerPrec37(st, i)
	if k < 0 || !builtBeforePrec37(built, cd, k) && !gsr31WaitingClause(st, k) {
		return false
	}
	present := tag == "VBZ" || tag == "VBP"
	if tag == "VBN" {
		// "unless the ban is lifted": the auxiliary bears the tense.
		if i-1 <= k || !presentAuxPrec37.has(st.low[i-1]) {
			return false
		}
		present = true
	}
	if present {
		return true
	}
	for n := k - 1; n >= 0; n-- {
		if st.toks[n].tag == "MD" || readyWordsPrec37.has(st.low[n]) {
			return true
		}
	}
	return false
}

// conditionOpenerPrec37 returns the word that opens the condition clause
// cd's verb at i heads, or -1: "if", "unless", "once", "until", "till"
// or the last word of "as soon as", in the verb's clause within fourteen
// words, with only the condition's subject between it and the verb (no
// modal, no verb, no comma, no "and" or "but" starting a clause of its
// own).
func conditionOpenerPrec37(st *sent, i int) int {
	for k := i - 1; k > 0 && k >= i-14; k-- {
		w := st.low[k]
		if st.clause[k] != st.clause[i] || quoteMark(w) || w == "," || w == ";" || w == "and" || w == "but" || w == "or" {
			return -1
		}
		t := st.toks[k].tag
		if t == "MD" || strings.HasPrefix(t, "VB") && !presentAuxPrec37.has(w) {
			return -1
		}
		switch w {
		case "if", "unless":
			return k
		case "until", "till", "once":
			if st.low[k-1] == "at" || st.low[k-1] == "all" || !clauseOpensPrec35(st, k) {
				return -1
			}
			return k
		case "as":
			if k >= 2 && st.low[k-1] == "soon" && st.low[k-2] == "as" && clauseOpensPrec35(st, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// presentAuxPrec37 carry the present tense of a passive or perfect
// condition ("unless the curbs are lifted", "once the deal has been
// signed").
var presentAuxPrec37 = filtered(wordSet("is", "are", "has", "have", "been", "be"))

// readyWordsPrec37 make what follows a readiness, not a deed: "stood
// ready to help as soon as Rabat asked".
var readyWordsPrec37 = filtered(wordSet("ready", "willing", "prepared"))

// builtBeforePrec37 reports whether another event of the sentence, not
// folded, has its trigger before the word k: the clause that waits on the
// condition was coded.
func builtBeforePrec37(built []*candidate, cd *candidate, k int) bool {
	for _, o := range built {
		if o != cd && !o.folded && o.j <= k {
			return true
		}
	}
	return false
}
