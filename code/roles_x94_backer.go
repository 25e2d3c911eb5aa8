package code

import "strings"

// roles_x94: the backer of a body is neither a side nor a place. "torched
// the offices of several Iran-backed militias", "struck the positions of
// Russian-backed fighters": the militias and the fighters are the
// target, men of the land where they are; Iran and Russia, who back
// them, were not hit, and the act did not happen there. A leader or a
// broker ("Saudi-led coalition", "US-brokered truce") is left as it is:
// a coalition's leader owns it, and a broker mediates.

// x94BackerSuffixes end a compound that names a backer only.
var x94BackerSuffixes = [...]string{"-backed", "-sponsored", "-funded", "-supplied", "-armed", "-trained"}

// x94DropBackers removes the mentions of a country or people that only
// back the body named right after them ("Iran-backed militias").
func (st *sent) x94DropBackers() {
	keep := st.mentions[:0] // in place: each pass keeps at most the mention it reads
	for n := range st.mentions {
		m := st.mentions[n]
		if !st.x94Backer(&m, n) {
			keep = append(keep, m)
		}
	}
	st.mentions = keep
}

// x94Backer reports whether mention n is a backer compound whose body,
// an actor mention, follows it.
func (st *sent) x94Backer(m *mention, n int) bool {
	if m.kind != "country" && m.kind != "demonym" || m.j-m.i != 1 || n+1 >= len(st.mentions) {
		return false
	}
	if !x94BackerWord(st.low[m.j-1]) {
		return false
	}
	h := &st.mentions[n+1]
	return !h.place && h.i == m.j && h.kind == "sector"
}

// x94BackerWord reports whether a word is a backer compound: "iran-backed".
func x94BackerWord(w string) bool {
	for _, suf := range x94BackerSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
