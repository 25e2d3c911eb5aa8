package code

import "strings"

// prec48DemonymCapitalHit reports whether the mention m, met where an
// attack's object starts, is the demonym of "the Malian capital" that
// demonymCapitals has read as that capital: "rebels attacked the Malian
// capital", "drones struck the Ukrainian capital" hit the city and so
// its people, like "stormed the town of Djibo".
func prec48DemonymCapitalHit(st *sent, m *mention, k int) bool {
	return m.place && m.kind == "demonym" && m.i == k && m.j < len(st.low) && capitalWords.has(st.low[m.j])
}

// prec48CapitalAsModifier reports whether "capital" at k modifies the
// noun after it ("the Kenyan capital markets regulator"). A word of time
// after it is no such noun: "struck the Ukrainian capital overnight",
// "shelled the Sudanese capital Monday".
func prec48CapitalAsModifier(st *sent, k int) bool {
	return k+1 < len(st.low) && strings.HasPrefix(st.toks[k+1].tag, "NN") && !sinceWeekdays.has(st.low[k+1])
}
