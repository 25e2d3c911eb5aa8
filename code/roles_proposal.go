package code

// Proposals: "an offer by Qatar to mediate" names who would act.

import "strings"

// proposalNouns name what one actor puts to another to take or leave.
var proposalNouns = filtered(map[string]bool{
	"offer": true, "proposal": true, "plan": true, "bid": true, "request": true,
	"initiative": true, "invitation": true, "appeal": true, "overture": true,
})

// proposes reports whether the "by" at b names the author of a proposal
// whose infinitive is the verb at i: in "an offer by Qatar to mediate",
// Qatar is who would mediate.
func (st *sent) proposes(b, i int) bool {
	return b >= 1 && i >= 1 && proposalNouns.has(st.low[b-1]) && st.low[i-1] == "to" && i-1 > b
}

// proposalAuthor returns, when the passive verb at i has for subject a
// proposal made "by" an actor, that actor: in "An offer by Ghana to host
// the talks was rejected by Togo", what Togo rejected is Ghana's.
func (st *sent) proposalAuthor(i int) []*mention {
	s := i
	for s > 0 && st.clause[s-1] == st.clause[i] {
		s--
	}
	for s < i && (st.toks[s].tag == "DT" || strings.HasPrefix(st.toks[s].tag, "JJ")) {
		s++
	}
	if s+2 >= i || !proposalNouns.has(st.low[s]) || st.low[s+1] != "by" {
		return nil
	}
	for k := s + 2; k < i && k < s+6; k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			// "by Turkish President Tayyip Erdogan": the person the
			// demonym qualifies.
			if q := st.mentionAt(m.j); m.kind == "demonym" && q != nil && q.i == m.j {
				m = q
			}
			return st.coordinated(m)
		}
	}
	return nil
}
