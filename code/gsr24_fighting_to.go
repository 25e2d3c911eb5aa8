package code

import "strings"

// gsr24FightingToDescribed reports whether the verb of fighting cd, right
// after a noun, takes an infinitive of purpose: "rebels fighting to topple
// the government", "militias battling to hold the port". Like "the
// coalition fighting in Yemen" (fighterDescribed), the participle says who
// the force is; it tells no clash, and the sentence's subject is not its
// doer.
func gsr24FightingToDescribed(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.i == 0 || cd.j+1 >= len(st.toks) || !fightingParticiples.has(st.low[cd.i]) {
		return false
	}
	if !strings.HasPrefix(st.toks[cd.i-1].tag, "NN") || fightKinds.has(st.low[cd.i-1]) {
		return false
	}
	return st.low[cd.j] == "to" && st.toks[cd.j+1].tag == "VB"
}
