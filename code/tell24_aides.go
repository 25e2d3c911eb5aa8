package code

// aideNouns are those who speak for the person a possessive pronoun
// points back to, in that person's own right: "Police arrested the
// opposition leader at his home, his aides said" is the opposition's word.
var aideNouns = filtered(wordSet("aides", "aide", "entourage", "organisation", "organization", "camp", "allies"))

// forceSectors are the sectors of those who act on a person rather than
// speak for him: the police who arrest him have no "his aides".
var forceSectors = filtered(map[string]bool{"COP": true, "MIL": true, "SPY": true})

// aidesOf returns, for a speaker phrase "his aides" or "her organisation"
// in [s, e), the side of the person named before it: the nearest earlier
// actor with a sector that is not a security force. It returns nil when
// there is none.
func aidesOf(st *sent, s, e int) *mention {
	if e-s != 2 || !ownerPronoun.has(st.low[s]) || !aideNouns.has(st.low[s+1]) {
		return nil
	}
	var found *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > s || m.place || m.actor.ID == "" || m.actor.Sector == "" || forceSectors.has(m.actor.Sector) ||
			m.kind == "pronoun" {
			continue
		}
		found = m
	}
	if found == nil {
		return nil
	}
	r := *found
	r.i, r.j = s, e
	r.actor.Text = st.toks[s].text + " " + st.toks[s+1].text
	r.peers, r.partner, r.others = nil, nil, nil
	return &r
}
