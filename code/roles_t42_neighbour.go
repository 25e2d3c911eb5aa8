package code

import "github.com/truce-project/truce"

// "Its neighbour" in the object of a state's act names the other state of
// the article's pair: in a story of Japan and South Korea, "Tokyo would
// lift curbs on exports to its neighbour" is aimed at South Korea, and
// "Greece agreed to lift its veto on its neighbour's bid to join NATO" at
// the neighbour, not at the bloc it would join.

// neighbourStateWords name a state by its border with the possessor.
var neighbourStateWords = filtered(wordSet("neighbour", "neighbor", "neighbour's", "neighbor's", "neighbours", "neighbors"))

// neighbourTarget returns the state paired with cd's source's own (see
// otherStateOf) when the object of cd, within eight words of its trigger
// and before any other actor, is "its neighbour" (or "its neighbour's …")
// with no name after it; nil otherwise.
func neighbourTarget(d *doc, cd *candidate) []*mention {
	st := cd.st
	if len(cd.src) != 1 || cd.src[0].actor.Country == "" {
		return nil
	}
	own := cd.src[0].actor.Country
	for k := cd.j; k+1 < len(st.low) && k < cd.j+8; k++ {
		w := st.low[k]
		if w == "," || clauseBreaks.has(w) {
			return nil
		}
		if m := st.mentionAt(k); m != nil && !m.place {
			return nil
		}
		if w != "its" || !neighbourStateWords.has(st.low[k+1]) {
			continue
		}
		// "its neighbours": more than one state, which the pair does not
		// tell.
		if n := st.low[k+1]; n == "neighbours" || n == "neighbors" {
			return nil
		}
		// "to its neighbour Ukraine": the neighbour is named.
		if st.mentionAt(k+2) != nil {
			return nil
		}
		a, ok := otherStateOf(d, cd, own)
		if !ok {
			return nil
		}
		a.Text = ""
		return []*mention{{i: k + 1, j: k + 2, actor: a, kind: "implied"}}
	}
	return nil
}

// otherStateOf returns the state paired with own: the other of the
// article's two main states, or else the only other state named in cd's
// sentence before its trigger or in the two sentences before.
func otherStateOf(d *doc, cd *candidate, own string) (truce.Actor, bool) {
	if len(d.dyad) == 2 {
		switch own {
		case d.dyad[0].Country:
			return d.dyad[1], true
		case d.dyad[1].Country:
			return d.dyad[0], true
		}
		return truce.Actor{}, false
	}
	var found truce.Actor
	idx := cd.st.s.Index
	for _, st := range d.sents {
		if st.s.Index > idx || st.s.Index < idx-2 {
			continue
		}
		for n := range st.mentions {
			m := &st.mentions[n]
			if st == cd.st && m.i >= cd.i || m.kind != "country" && m.kind != "capital" || m.actor.Country == "" || m.actor.Country == own {
				continue
			}
			if found.Country != "" && found.Country != m.actor.Country {
				return truce.Actor{}, false
			}
			found = stateGovernment(m).actor
		}
	}
	return found, found.Country != ""
}
