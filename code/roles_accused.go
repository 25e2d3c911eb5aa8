package code

// accusedBefore returns the accused of an accusation told just before the
// subject pronoun at k that opens a clause of time or cause, or nil: in
// "accusing Lome of bad faith after it closed the border", "it" is Lome,
// whose deed the charge is about.
func (st *sent) accusedBefore(k int) *mention {
	if k < 4 || !causeOpeners.has(st.low[k-1]) {
		return nil
	}
	for n := k - 2; n >= 1 && n >= k-12; n-- {
		if st.low[n] != "of" {
			continue
		}
		m := st.mentionAt(n - 1)
		if m == nil || m.place || m.j != n {
			return nil
		}
		if c := st.coordinated(m)[0]; c.i >= 1 && accuseWords.has(st.low[c.i-1]) {
			return c
		}
		return nil
	}
	return nil
}

// causeOpeners open a clause of time or cause: "after it closed …".
var causeOpeners = filtered(map[string]bool{"after": true, "because": true, "when": true, "since": true})

// accuseWords lay a charge on the object that follows them.
var accuseWords = filtered(map[string]bool{"accusing": true, "accused": true, "accuses": true, "accuse": true, "blaming": true, "blamed": true})
