package code

// roles_x94: a count on a "by" agent. "abducted by two gunmen", "shot
// dead by four armed men": the count stands where an article would, and
// the actor after it is still the agent.

import "github.com/truce-project/truce/nlp"

// x94AgentCount reports whether token n, right after an agent's "by", is
// a count the agent noun follows ("two", "12", "three-dozen"). The caller
// still wants an actor mention after it, so "by 10 votes" or "by two
// thirds" name no agent.
func (st *sent) x94AgentCount(n int) bool {
	if n+1 >= len(st.low) || st.mentionAt(n) != nil {
		return false
	}
	return st.toks[n].tag == "CD" || nlp.MayStartCount(st.low[n])
}

// x94BelievedVerbs tell who a doer is thought to be: "men believed to be
// soldiers", "gunmen suspected to be rebels".
var x94BelievedVerbs = filtered(wordSet("believed", "suspected", "thought", "presumed", "said", "reported", "understood"))

// x94MentionOrBelieved returns the mention at token k, the first word of
// a "by" agent, unless the agent is told as what it is believed to be:
// in "bundled into a car by men believed to be state agents", "shot by
// two gunmen suspected to be soldiers", the agent is the state agents or
// the soldiers, not the men or gunmen it is told as.
func (st *sent) x94MentionOrBelieved(k int) *mention {
	for n := k; n < len(st.toks) && n < k+4; n++ {
		if !x94BelievedVerbs.has(st.low[n]) {
			if st.low[n] == "," || verbAt(st, n) && st.toks[n].tag != "VBN" {
				break
			}
			continue
		}
		if n == k || n+3 >= len(st.low) || st.low[n+1] != "to" || st.low[n+2] != "be" {
			break
		}
		b := n + 3
		if determiners.has(st.low[b]) && st.mentionAt(b) == nil {
			b++
		}
		if m := st.mentionAt(b); m != nil && !m.place {
			return m
		}
		break
	}
	return st.mentionAt(k)
}
