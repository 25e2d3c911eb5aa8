package code

import "strings"

// formationNouns head the name of a formation of an armed group or
// movement: its regional branch, front, command or wing.
var formationNouns = filtered(map[string]bool{
	"branch": true, "branches": true, "front": true, "column": true, "command": true,
	"wing": true, "faction": true, "cell": true, "chapter": true, "affiliate": true,
	"battalion": true, "brigade": true, "regiment": true, "unit": true,
})

// formationOwner returns the group that owns a formation told with its
// possessive before the verb at i, when the formation names no actor of
// its own:
//
//   - "the NPA's Bicol command attacked …", "dissidents of the FARC's
//     Carlos Patiño front freed …": the owner m acts;
//   - "fighters of the Islamic State's Mozambique branch released …": the
//     place m only names the branch, and the group before it acts.
//
// A state owner is left alone ("Ukraine's 47th brigade" is its army, not
// its government).
func (st *sent) formationOwner(m *mention, i int) *mention {
	if st.isPossessive(m.j) && !m.place && !stateKind(m) && st.mentionAt(m.j+1) == nil && st.headsFormation(m.j+1, i) {
		return m
	}
	if m.i < 2 || !st.isPossessive(m.i-1) || !m.place && !stateKind(m) || !st.headsFormation(m.j, i) {
		return nil
	}
	p := st.mentionAt(m.i - 2)
	if p == nil || p.j != m.i-1 || p.place || stateKind(p) {
		return nil
	}
	return p
}

// stateKind reports whether m names a state by its name, capital or
// demonym.
func stateKind(m *mention) bool {
	return m.kind == "country" || m.kind == "capital" || m.kind == "demonym"
}

// headsFormation reports whether the noun phrase from token k, before
// token i, ends in a formation noun: "Carlos Patiño front", "Masbate
// command".
func (st *sent) headsFormation(k, i int) bool {
	last := -1
	for ; k < i && k < len(st.toks); k++ {
		t := st.toks[k].tag
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "CD" {
			break
		}
		if m := st.mentionAt(k); m != nil && !m.place && !stateKind(m) {
			return false
		}
		last = k
	}
	return last >= 0 && formationNouns.has(st.low[last])
}
