package code

import "strings"

// relativeHead returns the speaker of a report verb at k that opens a
// relative clause after a comma, or nil: "met Foreign Minister Wang Yi,
// who said Beijing was ready to establish ties", "according to the
// command, which said air defences had shot down two drones". The
// speaker is the noun phrase the clause hangs from, not the subject of
// the clause before it ("the envoy talked with Lavrov, who said …" is
// Lavrov's word).
func relativeHead(st *sent, k int) *mention {
	if k < 3 || st.low[k-1] != "who" && st.low[k-1] != "which" || st.low[k-2] != "," {
		return nil
	}
	c := k - 2
	if m := st.mentionAt(c - 1); m != nil && m.j == c && !m.place {
		return m
	}
	s := c
	for s > 0 && s > c-8 && st.low[s-1] != "," && !strings.HasPrefix(st.toks[s-1].tag, "VB") && st.toks[s-1].tag != "IN" {
		s--
	}
	return speakerIn(st, s, c)
}
