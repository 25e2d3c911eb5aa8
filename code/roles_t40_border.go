package code

import "github.com/truce-project/truce"

// Forces massed or drilled by a border are aimed at the state across it:
// "Iran began military drills near its border with Azerbaijan", "the army
// staged exercises along the frontier with Estonia", "troops were deployed
// on the border with Guyana". The state the border is shared with is the
// target of the show of force when the clause names no one else.

// t40BorderNouns are the words for a line a state shares with another.
var t40BorderNouns = filtered(wordSet("border", "borders", "frontier", "frontiers", "boundary", "boundaries"))

// t40BorderTarget returns, for a mobilisation that names no target, the
// state of the actor or place named right after "border with" in the
// trigger's clause after it, when that is not the mobilising side's own
// state; nil otherwise.
func (c *Coder) t40BorderTarget(d *doc, cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	if !t40OwnGroundOnly(cd) || len(cd.src) == 0 || c.lex.cameo[cd.e.cameo].plover != truce.Mobilize {
		return nil
	}
	// "…, moving armoured units into the province": a later movement of
	// the same side's forces in the sentence of a mobilisation at a
	// border is part of it, at the same state.
	for _, p := range earlier {
		if p.st == st && len(p.tgt) == 1 && p.tgt[0].kind == t40BorderMention && c.lex.cameo[p.e.cameo].plover == truce.Mobilize && t40SameSide(p, cd) {
			return p.tgt
		}
	}
	for k := cd.j; k+2 < len(st.low) && k < cd.j+16; k++ {
		w := st.low[k]
		if w == ";" || w == "said" || w == "while" || w == "but" || w == "which" || w == "who" || st.clause[k] != st.clause[cd.j-1] {
			return nil
		}
		if !t40BorderNouns.has(w) || st.low[k+1] != "with" {
			continue
		}
		n := k + 2
		for n < len(st.low) && n < k+4 && determiners.has(st.low[n]) {
			n++
		}
		m := st.mentionAt(n)
		if m == nil || m.i != n || m.actor.Country == "" {
			return nil
		}
		for _, s := range cd.src {
			if s.actor.Country == m.actor.Country {
				return nil
			}
		}
		out := c.impliedAt(d, cd, m.actor.Country)
		for _, x := range out {
			x.kind = t40BorderMention
		}
		return out
	}
	return nil
}

// t40BorderMention marks the state t40BorderTarget gives.
const t40BorderMention = "border-state"

// t40SameSide reports whether the first sources of p and cd are of one
// state, or cd is a participle after p whose doer is not yet placed:
// "Iran began drills …, moving armoured units".
func t40SameSide(p, cd *candidate) bool {
	if len(p.src) == 0 || len(cd.src) == 0 {
		return false
	}
	a, b := p.src[0].actor, cd.src[0].actor
	if a.ID != "" && a.ID == b.ID || a.Country != "" && a.Country == b.Country {
		return true
	}
	// "military drills …, moving armoured units": a force not yet placed
	// shares its doer with the participle after it.
	return a.Country == "" && p.i < cd.i && cd.st.toks[cd.i].tag == "VBG"
}

// t40OwnGroundOnly reports whether cd's targets, if any, are all places,
// forces no state is given for, or of its first source's own state:
// "moving units into its own provinces" is aimed at no one yet.
func t40OwnGroundOnly(cd *candidate) bool {
	if len(cd.tgt) == 0 {
		return true
	}
	cc := ""
	if len(cd.src) > 0 {
		cc = cd.src[0].actor.Country
	}
	for _, m := range cd.tgt {
		// ("moving armoured units": the forces moved, unplaced, are no
		// target either.)
		if m.actor.ID == "" && m.actor.Country == "" && (m.actor.Sector == "MIL" || m.actor.Sector == "COP") {
			continue
		}
		if !m.place && (cc == "" || m.actor.Country != cc) {
			return false
		}
	}
	return true
}
