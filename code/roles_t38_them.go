package code

import "strings"

// An object pronoun after a preposition of the verb it hangs from: "when
// demonstrators hurled stones and bottles at them", "migrants who threw
// rocks at them", "troops opened fire on them", "ready to hold talks with
// him". The pronoun stands for an actor named before it, other than the
// verb's own subject, as a direct object pronoun does ("accusing them of
// …"); pronouns reads it so once t38PrepObjectVerb has found the verb.

// t38ForcePreps are the prepositions that carry the one a verb of force or
// of dealing is aimed at.
var t38ForcePreps = filtered(wordSet("at", "on", "upon", "against", "with"))

// t38PrepPronouns are the object pronouns read after such a preposition.
var t38PrepPronouns = filtered(wordSet("them", "him", "her"))

// t38PrepObjectVerb returns the token of the verb whose prepositional
// object the pronoun at k is, or -1: a pronoun right after one of
// t38ForcePreps, with only the verb's direct object (nouns, determiners,
// numbers, adjectives, "and") between the verb and the preposition
// ("fired tear gas at them", "opened fire on them").
func (st *sent) t38PrepObjectVerb(k int) int {
	if k < 2 || !t38PrepPronouns.has(st.low[k]) || !t38ForcePreps.has(st.low[k-1]) {
		return -1
	}
	for n := k - 2; n >= 0 && n >= k-7; n-- {
		t := st.toks[n].tag
		switch {
		case strings.HasPrefix(t, "VB"):
			if t == "VBN" && n > 0 && (st.low[n-1] == "been" || st.low[n-1] == "was" || st.low[n-1] == "were") {
				return -1 // "were fired upon": a passive has no such object
			}
			return n
		case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "DT", t == "CD", t == "CC", t == "PRP$":
		default:
			return -1
		}
	}
	return -1
}

// t38PrepObjectOwn returns the subject of the verb at v, which "them"
// after its preposition does not stand for: the subject of a plain
// finite verb ("demonstrators hurled"), as verbSubject gives it for an
// infinitive or a participle.
func (st *sent) t38PrepObjectOwn(v int) []*mention {
	if own := st.verbSubject(v); own != nil {
		return own
	}
	return st.subject(v)
}
