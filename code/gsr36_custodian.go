package code

// gsr36Custodian returns cd's sources, or, when it has none and a passive
// row names its target as subject ("a detainee died under torture in
// police custody"), the holder gsr36CustodianAfter finds.
func (st *sent) gsr36Custodian(cd *candidate) []*mention {
	if cd.src != nil || !cd.e.has(flagPassive) || len(cd.tgt) == 0 {
		return cd.src
	}
	if h := st.gsr36CustodianAfter(cd.j); h != nil {
		return []*mention{h}
	}
	return nil
}

// gsr36CustodianAfter returns, for a trigger whose subject is its target
// (a passive row: "a detainee died under torture"), the actor whose custody
// the clause places the victim in after the trigger: "while in Israeli
// police custody", "in army detention", "in a Syrian jail". Nil when no
// such phrase follows within the clause.
func (st *sent) gsr36CustodianAfter(j int) *mention {
	for k := j; k+2 < len(st.low) && k < j+8; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == "." || w == "and" || w == "said" || w == "says" {
			return nil
		}
		if w != "in" {
			continue
		}
		n := k + 1
		if determiners.has(st.low[n]) {
			n++
		}
		x := st.mentionAt(n)
		if x == nil || x.i != n || x.j >= len(st.low) || !custodyNouns.has(st.low[x.j]) {
			continue
		}
		v := *x
		v.place = false
		return &v
	}
	return nil
}
