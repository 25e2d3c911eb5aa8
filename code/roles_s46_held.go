package code

import "strings"

// heldSuffixesS46 end a compound of a demonym and a participle of control:
// "Israeli-occupied", "Indian-administered", "Russian-annexed".
var heldSuffixesS46 = []string{"-occupied", "-controlled", "-held", "-administered", "-annexed", "-ruled", "-governed"}

// heldPlaceDemonymsS46 makes the demonym of such a compound a place word,
// as "the Malian border" is, when a named place follows it ("farmers in
// Indian-administered Kashmir marched", "students in Turkish-occupied
// northern Cyprus rallied"): the demonym says who holds the place, not who
// acts in the clause. A compound before a common noun ("rockets hit
// Zemblan-held towns") stays an actor, as the holder is the one hit.
func (st *sent) heldPlaceDemonymsS46() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind != "demonym" || m.actor.Sector != "" || m.j >= len(st.low) || !heldCompoundS46(st.low[m.j-1]) {
			continue
		}
		k := m.j
		if st.placeAt(k) || directions.has(st.low[k]) && k+1 < len(st.low) && st.placeAt(k+1) {
			m.place = true
		}
	}
}

// heldCompoundS46 reports whether w ends in a participle of control.
func heldCompoundS46(w string) bool {
	for _, s := range heldSuffixesS46 {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}
