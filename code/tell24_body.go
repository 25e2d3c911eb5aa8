package code

import "unicode"

// namedBodies are the heads of the names of national bodies the
// dictionary may not know: "the Transitional Presidential Council said",
// "the State Committee for National Defence said".
var namedBodies = filtered(wordSet("council", "committee"))

// namedBody reports whether the generic speaker g is such a body, written
// with a capital as a name is: it speaks for the state the sentence is
// about. A local one written as a common noun ("the city council said")
// speaks for the place instead.
func namedBody(st *sent, g *mention) bool {
	k := g.j - 1
	if g.j-g.i != 1 || !namedBodies.has(st.low[k]) {
		return false
	}
	for _, r := range st.toks[k].text {
		return unicode.IsUpper(r)
	}
	return false
}
