package code

// includedStates returns, for a generic subject m followed by ", including
// those of" and a list of states, one copy of m for each state, of that
// state: in "Twelve defence chiefs, including those of Chile and Japan,
// condemned the coup" Chile's and Japan's chiefs condemned it. Nil when m
// is not generic or no such phrase follows it.
func (st *sent) includedStates(m *mention) []*mention {
	k := m.j
	if m.kind != "sector" || m.actor.ID != "" || m.actor.Sector == "" {
		return nil
	}
	// The plural head after the sector word: "army chiefs".
	if k < len(st.low) && st.toks[k].tag == "NNS" && st.mentionAt(k) == nil {
		k++
	}
	if k+3 >= len(st.low) || st.low[k] != "," || st.low[k+1] != "including" || st.low[k+2] != "those" || st.low[k+3] != "of" {
		return nil
	}
	var out []*mention
	for n := k + 4; n < len(st.low); {
		if x := st.mentionAt(n); x != nil && x.i == n {
			if x.kind != "country" && x.kind != "capital" && x.kind != "demonym" || x.actor.Country == "" {
				return nil
			}
			out = append(out, genericOf(m, x))
			n = x.j
			continue
		}
		switch st.low[n] {
		case "and", "the":
			n++
			continue
		case ",":
			if len(out) > 0 && n+1 < len(st.low) && st.low[n+1] != "and" && st.mentionAt(n+1) == nil {
				return out // the closing comma
			}
			n++
			continue
		}
		return nil
	}
	return nil
}

// genericOf returns a copy of the generic mention m made of the country
// the mention x names: "officials" of Iran, "envoys" from Turkey.
func genericOf(m, x *mention) *mention {
	v := *m
	v.peers, v.partner, v.others = nil, nil, nil
	v.actor.Country = x.actor.Country
	v.actor.ID = x.actor.Country + m.actor.Sector
	return &v
}
