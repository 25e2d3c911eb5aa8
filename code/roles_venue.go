package code

// summitVenue reports whether m names the body whose gathering hosts a
// meeting, after "on the sidelines of" or "on the margins of": "met on the
// sidelines of the G20 summit", "talks on the margins of an ASEAN
// meeting".
func (st *sent) summitVenue(m *mention) bool {
	k := m.i - 1
	if k >= len(st.low) {
		return false // a mention carried from another sentence
	}
	for k >= 0 && determiners.has(st.low[k]) {
		k--
	}
	return k >= 1 && st.low[k] == "of" && venueEdges.has(st.low[k-1])
}

// venueEdges are the nouns of the edge of a gathering a meeting is held at.
var venueEdges = filtered(map[string]bool{"sidelines": true, "margins": true, "sideline": true, "margin": true})
