package code

import "strings"

// A toll whose "when" or "as" clause tells an act of its own, with its
// doer, counts that act, not the attack told before it: "Protesters
// marched on the capital. Four police officers were killed when a van
// driven by protesters ploughed into them" tells a second event, the
// ramming, and "Gunmen seized the town. Five residents were killed as the
// gang went from house to house" a killing of its own. A clause whose verb
// is a trigger of its own is left to tollOfWhenAttack.

// toll45WhenReach is how far after a passive toll verb its "when" or "as"
// may stand ("were killed [on a highway overnight] when …"), and
// toll45ClauseReach how far into the clause its verb may stand.
const (
	toll45WhenReach   = 8
	toll45ClauseReach = 10
)

// toll45TakeWhenDoer reports whether the passive toll verb cd, with no doer
// of its own, has a "when" or "as" clause telling an act by a named actor
// that is none of cd's victims; it makes that actor cd's doer.
func (c *Coder) toll45TakeWhenDoer(st *sent, cd *candidate) bool {
	w := -1
	for k := cd.j; k < len(st.low) && k < cd.j+toll45WhenReach; k++ {
		switch st.low[k] {
		case ";", ",", "said", "says", "and", "but":
			return false
		case "when", "as":
			w = k
		}
		if w >= 0 {
			break
		}
	}
	if w < 0 {
		return false
	}
	var doer *mention
	for k := w + 1; k < len(st.low) && k < w+toll45ClauseReach; k++ {
		switch st.low[k] {
		case ";", ",", "said", "says", "when", "as":
			return false
		}
		// "when their helicopter came down": what the victims own does
		// nothing to them
		if m := st.mentionAt(k); m != nil && doer == nil && !m.place && (m.actor.ID != "" || m.actor.Sector != "") && !toll45Among(cd.tgt, m) && !possessives.has(st.low[k-1]) {
			doer = m
		}
		if !toll45ClauseVerb(st, k) {
			continue
		}
		// the clause's verb: no trigger of its own, not a report
		if es, n := c.lex.match(st.low, k); n > 0 && len(es) > 0 || reportVerbs.has(st.low[k]) || doer == nil {
			return false
		}
		cd.src = append(cd.src, doer)
		return true
	}
	return false
}

// toll45ClauseVerb reports whether token k is the finite verb of a clause:
// a past or present tense, or a past form the tagger read as a participle
// that no auxiliary opens and no "by" follows ("a van driven by protesters
// [ploughed] into them").
func toll45ClauseVerb(st *sent, k int) bool {
	switch st.toks[k].tag {
	case "VBD", "VBZ", "VBP":
		return !auxiliaries.has(st.low[k])
	case "VBN":
		return !auxiliaries.has(st.low[k-1]) && (k+1 >= len(st.low) || st.low[k+1] != "by")
	}
	return false
}

// toll45Among reports whether m names an actor of ms: the same id, or,
// before countries are settled, the same sector or name.
func toll45Among(ms []*mention, m *mention) bool {
	for _, x := range ms {
		a, b := x.actor, m.actor
		if a.ID != "" && a.ID == b.ID || a.Sector != "" && a.Sector == b.Sector || a.Name != "" && strings.EqualFold(a.Name, b.Name) {
			return true
		}
	}
	return false
}
