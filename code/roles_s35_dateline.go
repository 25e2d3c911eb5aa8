package code

// The names in a wire dateline say where a story is filed from, never who
// acts in it.

// datelineNames marks the states named in the dateline opening st as
// places, so that no finder of a missing subject takes them for the actor:
// in "SAN CARLOS, Venezuela - Armed men broke into a shop and shot the
// owner", the armed men shot him, not Venezuela.
func (st *sent) datelineNames() {
	end := datelineEnd(st)
	if end < 0 {
		return
	}
	for n := range st.mentions {
		if m := &st.mentions[n]; m.j <= end && stateKind(m) {
			m.place = true
		}
	}
}
