package code

// Issue 3, round x60 (gsr27): a passive trigger that spells out its "by"
// agent. "Peru's envoy was summoned by the Chilean foreign ministry": the
// ministry named inside the trigger after "by" (past a determiner) is the
// source, not the object an actor inside a gapped trigger otherwise is.

// rolesX60AgentWithin returns the mention inside cd's passive trigger (a
// row flagged passive) that follows its "by", or nil.
func (st *sent) rolesX60AgentWithin(cd *candidate) *mention {
	if !cd.e.has(flagPassive) {
		return nil
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i <= cd.i || m.j > cd.j || m.place {
			continue
		}
		k := m.i - 1
		if k > cd.i && determiners.has(st.low[k]) {
			k--
		}
		if st.low[k] == "by" {
			return m
		}
	}
	return nil
}
