package code

// Actors (issue 3): a verb joined by "and" after a relative clause set
// off by commas right after a name ("Petro, who had addressed the
// assembly, said … and accused Washington") has that name for subject,
// not an actor inside the relative clause.

// rolesX56RelativeHolder returns the named actor that a relative clause
// opened by ", who" or ", which" right after it describes, when m lies
// inside that clause and the clause is closed by a comma before token i:
// in "Lula, who had met the OAS envoy on Monday, said he would not yield
// and accused Caracas of fraud" the charge is Lula's, not the OAS's. Nil
// otherwise. (asideHolder reads the same when an apposition comes first:
// "Odinga, the opposition leader who …".)
func (st *sent) rolesX56RelativeHolder(m *mention, i int) *mention {
	open := -1
	for j := m.i - 1; j >= 1 && j >= m.i-20; j-- {
		if st.low[j] == "," {
			if w := st.low[j+1]; w == "who" || w == "which" {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return nil
	}
	h := st.mentionAt(open - 1)
	if h == nil || h.j != open || h.place {
		return nil
	}
	for c := m.j; c < i && c < len(st.low); c++ {
		if st.low[c] == "," {
			return h
		}
	}
	return nil
}
