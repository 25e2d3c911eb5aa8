package code

// sentAgainst returns whom forces are moved against when a deployment's
// object is followed in its clause by "against Y": in "the president sent
// 5,000 soldiers against the gangs" the gangs are the target, not the
// soldiers sent. Else tgt unchanged.
func (st *sent) sentAgainst(j int, tgt []*mention) []*mention {
	for k := j; k < len(st.low) && k < j+8 && st.clause[k] == st.clause[j]; k++ {
		if st.low[k] == "," || st.toks[k].tag == "VBD" || st.toks[k].tag == "VBZ" || st.toks[k].tag == "VBP" {
			return tgt
		}
		if st.low[k] != "against" {
			continue
		}
		n := k + 1
		for n < len(st.low) && (determiners.has(st.low[n]) || st.toks[n].tag == "JJ" || st.toks[n].tag == "VBN" || st.toks[n].tag == "NN") && st.mentionAt(n) == nil {
			n++
		}
		if m := st.mentionAt(n); m != nil && !m.place {
			return st.coordinated(m)
		}
		return tgt
	}
	return tgt
}
