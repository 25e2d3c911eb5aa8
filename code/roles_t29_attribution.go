package code

// Who reports an event, at the end of its sentence, and whom they tell:
// "…, police said", "…, residents told reporters by phone". Neither is a
// side of the event.

// inAttribution reports whether m lies in a trailing attribution that a
// comma opens and a verb of saying closes, with only names and their
// appositions between: ", Jan Eliasson, the UN's special envoy, told
// reporters". Who reports the event is neither of its sides.
//
// The one told ("…, residents told reporters by phone") is no side either,
// and speakers may be joined: "…, rescue workers and a monitoring group
// said".
func (st *sent) inAttribution(m *mention) bool {
	c := m.i - 1
	if c > 0 && st.low[c] == "the" {
		c--
	}
	// "…, residents told reporters": the speaker before "told" opens the
	// attribution after a comma.
	// ("…, the army told residents to leave": an order, not a report.)
	if c > 0 && st.low[c] == "told" && (m.j >= len(st.low) || st.low[m.j] != "to") {
		for c--; c >= 0 && st.low[c] != ","; c-- {
			if verbAt(st, c) || st.low[c] == "and" {
				return false
			}
		}
		return c > 0
	}
	c = m.i - 1
	for c >= 0 && st.low[c] != "," {
		if verbAt(st, c) {
			return false
		}
		c--
	}
	if c < 0 {
		return false
	}
	for k := m.j; k < len(st.low) && k < m.j+12; k++ {
		w := st.low[k]
		// ("the monitoring group NetBlocks said": a name the dictionary
		// does not know may close the description.)
		if speechVerbs.has(w) || reportVerbs.has(w) {
			return k > 0 && (st.low[k-1] == "," || st.mentionAt(k-1) != nil || st.toks[k-1].tag == "NNP" || st.toks[k-1].tag == "NN" || st.toks[k-1].tag == "NNS")
		}
		// ("fought the Radaa force, a rival militia, in the capital,
		// residents said": a phrase of place ends the apposition.)
		// ("residents and a monitoring group said": speakers joined.)
		t := st.toks[k].tag
		if w != "," && w != "and" && st.mentionAt(k) == nil && t != "NNP" && t != "NNPS" && t != "JJ" && t != "DT" && t != "POS" && t != "NN" && t != "NNS" && t != "VBG" {
			return false
		}
	}
	return false
}
