package code

import "strings"

// A passive charge's accuser may stand after a long charge: "was accused
// of misusing up to $40 million in state funds, much of it sent abroad,
// by senior officials", "was charged with inciting violence during the
// campaign by the interior minister". gsr31ByPastGerund passes a gerund
// and a plain object; this reads on past an amount ("up to", "more
// than", "$"), prepositional phrases with common nouns ("in public
// funds", "during the campaign") and one aside closed by a comma right
// before "by". A verb outside the aside (a participle or a finite verb:
// "funds stolen by", "after he was named") or a clause word ends the
// charge with no agent, and a "by" that opens a gerund is a means ("by
// forging papers"), not an agent.

// gsr32ChargePreps open the inner phrases a charge's object may carry.
var gsr32ChargePreps = filtered(wordSet("in", "of", "on", "at", "near", "from", "during", "against", "for",
	"with", "into", "across", "between", "throughout", "worth"))

// gsr32AmountWords open or build an amount inside a charge: "up to",
// "more than", "nearly", "some".
var gsr32AmountWords = filtered(wordSet("up", "to", "more", "less", "fewer", "than", "about", "around",
	"nearly", "almost", "some", "roughly", "over", "under", "$", "%", "percent", "million", "billion"))

// gsr32SentenceEnds end the sentence an aside must close inside.
var gsr32SentenceEnds = filtered(wordSet(".", ";", ":", "?", "!"))

// gsr32ByPastLongCharge returns the "by" that names the accuser after the
// gerund charge that follows a passive verb ending at j, or -1.
func (st *sent) gsr32ByPastLongCharge(j int) int {
	if !st.gsr31GerundCharge(j) {
		return -1
	}
	for n := j + 2; n < len(st.low) && n < j+32; n++ {
		w, t := st.low[n], st.toks[n].tag
		switch {
		case w == "by":
			return st.gsr32Agent(n)
		case w == ",":
			// One aside, closed by a comma the agent follows.
			for c := n + 1; c < len(st.low) && c < n+16; c++ {
				if st.low[c] == "," {
					if c+1 < len(st.low) && st.low[c+1] == "by" {
						return st.gsr32Agent(c + 1)
					}
					return -1
				}
				if gsr32SentenceEnds.has(st.low[c]) {
					return -1
				}
			}
			return -1
		case clauseBreaks.has(w) || gsr32SentenceEnds.has(w):
			return -1
		case st.mentionAt(n) != nil && !verbAt(st, n):
		case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "DT", t == "CD", t == "POS", t == "PRP$", t == "$":
		case gsr32AmountWords.has(w), gsr32ChargePreps.has(w):
		case (w == "and" || w == "or") && n+1 < len(st.toks) && !verbAt(st, n+1):
		default:
			return -1
		}
	}
	return -1
}

// gsr32Agent returns by when an actor, not a gerund of means, follows it.
func (st *sent) gsr32Agent(by int) int {
	if by+1 >= len(st.toks) || st.toks[by+1].tag == "VBG" {
		return -1
	}
	return by
}
