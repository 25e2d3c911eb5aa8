package code

// Who reports: speakers set off by relative clauses and tolls told on
// someone's word.

import "strings"

// toldAudience returns the "told" whose audience ends the sentence at k
// ("…, a villager who escaped told reporters", "… told the BBC"), else k.
func toldAudience(st *sent, i, k int) int {
	for n := k; n > i && n >= k-3; n-- {
		if st.low[n] == "told" {
			if n == k {
				return k
			}
			return n
		}
		if t := st.toks[n].tag; t != "DT" && t != "POS" && !strings.HasPrefix(t, "NN") {
			return k
		}
	}
	return k
}

// tollWitness returns who a relative clause right after the trigger at i
// says the attack harmed, when it gives the toll on someone's word:
// "strikes on the town that residents said had killed several
// civilians", "raids which medics say wounded 40". The toll's teller
// reports the attack, whoever else speaks in the sentence.
func tollWitness(st *sent, i int) *mention {
	for w := i + 1; w < len(st.low) && w <= i+8; w++ {
		switch st.low[w] {
		case ",", ";", ".":
			return nil
		case "that", "which":
		default:
			continue
		}
		for k := w + 2; k < len(st.low) && k <= w+5; k++ {
			if !reportVerbs.has(st.low[k]) {
				continue
			}
			n := k + 1
			if n < len(st.low) && (st.low[n] == "had" || st.low[n] == "have" || st.low[n] == "has") {
				n++
			}
			if n >= len(st.low) || tollVerbs[st.low[n]] == "" {
				return nil
			}
			return speakerIn(st, w+1, k)
		}
		return nil
	}
	return nil
}
