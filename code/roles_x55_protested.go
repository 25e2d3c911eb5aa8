package code

// A protest against what a state decided or plans: "rallied in Nairobi
// against Uganda's plan to build a dam", "began a hunger strike to protest
// Sweden's decision to send them back". The possessive owns the decision,
// and the protest is aimed at it; the object reader passes a possessor of
// a thing over ("attacked the government's budget"), so the protest took
// the state of the place it was held in.

import "strings"

// rolesX55ProtestedOwner returns the actor whose decision, plan or policy
// the protest cd is against: the possessor right after "against", "over"
// or a verb of protest later in the trigger's clause, with a common noun
// after its possessive. It overrides a target found further on ("to send
// them back to Bulgaria"). Else nil.
func (st *sent) rolesX55ProtestedOwner(cd *candidate) []*mention {
	j := cd.j
	if j <= 0 || !strings.HasPrefix(cd.e.cameo, "14") {
		return nil
	}
	cl := st.clause[j-1]
	for k := j - 1; k < len(st.low) && k < j+10 && st.clause[k] == cl; k++ {
		w := st.low[k]
		if w == "," {
			return nil
		}
		if w != "against" && w != "over" && !rolesX55ProtestWords.has(w) {
			continue
		}
		n := k + 1
		if n < len(st.low) && determiners.has(st.low[n]) {
			n++
		}
		m := st.mentionAt(n)
		if m == nil || m.i != n || m.place || m.actor.Country == "" || !st.isPossessive(m.j) {
			continue
		}
		if h := m.j + 1; h < len(st.toks) && st.mentionAt(h) == nil && strings.HasPrefix(st.toks[h].tag, "NN") && !isFacility(st.low[h]) {
			return []*mention{m}
		}
	}
	return nil
}

// rolesX55ProtestWords are the verbs of protest whose plain object is what
// the protest is against: "to protest Sweden's decision".
var rolesX55ProtestWords = filtered(wordSet("protest", "protesting", "protested", "protests", "denounce", "denouncing", "oppose", "opposing"))
