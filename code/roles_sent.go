package code

import "github.com/truce-project/truce"

// sentForces drops a target that is only the force an international
// body sends, which are its members' forces: "the African Union will
// deploy monitors, including Kenyan police officers" does not act on the
// Kenyan police, nor "NATO will send peacekeepers" on the peacekeepers.
// Where they go, after "to" or "into", is the target instead: "ECOWAS
// deployed Nigerian soldiers to Gambia" aims at Gambia. A state's own
// forces are left to ownForces.
func (st *sent) sentForces(cd *candidate) []*mention {
	if len(cd.src) == 0 || len(cd.tgt) == 0 || cd.j == 0 {
		return cd.tgt
	}
	for _, s := range cd.src {
		if s.actor.Country != "" || s.actor.Sector != "IGO" {
			return cd.tgt
		}
	}
	for _, m := range cd.tgt {
		if m.place || m.i < cd.i || m.i > cd.j+8 || !forceNoun(m) {
			return cd.tgt
		}
	}
	return st.destination(cd)
}

// forceNoun reports whether m names armed forces or police, of a state
// ("Kenyan police officers") or of no one yet ("peacekeepers").
func forceNoun(m *mention) bool {
	if m.actor.Sector != "MIL" && m.actor.Sector != "COP" {
		return false
	}
	if m.actor.Country == "" {
		return m.actor.ID == ""
	}
	return m.actor.ID == m.actor.Country+m.actor.Sector
}

// destination returns the state forces are sent to, named after "to" or
// "into" after the trigger, past a parenthetical between commas ("…,
// including Italian troops, to Kosovo"), or nil.
func (st *sent) destination(cd *candidate) []*mention {
	for k := cd.j; k+1 < len(st.low) && k < cd.j+14; k++ {
		if st.low[k] == "including" && k > 0 && st.low[k-1] == "," {
			for k+1 < len(st.low) && st.low[k] != "," {
				k++
			}
			continue
		}
		if clauseBreaks.has(st.low[k]) {
			return nil
		}
		if st.low[k] != "to" && st.low[k] != "into" {
			continue
		}
		m := st.mentionAt(k + 1)
		if m == nil || m.i > k+3 || m.kind != "country" && m.kind != "capital" {
			continue
		}
		v := *m
		v.place = false
		return []*mention{&v}
	}
	return nil
}

// requester returns who asked for the help a body now sends, when the
// deployment names no one it goes to: "Lebanon asked the Arab League for
// help … The League said it would dispatch observers" sends them to
// Lebanon. The request must be aimed at the sender and told earlier in
// the document, within three sentences. The result stands over the
// trigger.
func (c *Coder) requester(d *doc, cd *candidate, earlier []*candidate) []*mention {
	if cd.tgt != nil || len(cd.src) == 0 || c.lex.cameo[cd.e.cameo].plover != truce.Mobilize {
		return nil
	}
	told := append(append([]*candidate{}, d.cands...), earlier...)
	for n := len(told) - 1; n >= 0; n-- {
		p := told[n]
		if p.st.s.Index < cd.st.s.Index-3 {
			return nil
		}
		if c.lex.cameo[p.e.cameo].plover != truce.Request || len(p.src) == 0 || !sameActors(p.tgt, cd.src) {
			continue
		}
		var out []*mention
		for _, m := range p.src {
			a := *m
			a.i, a.j, a.place, a.peers, a.partner, a.others = cd.i, cd.j, false, nil, nil, nil
			out = append(out, &a)
		}
		return out
	}
	return nil
}

// sameActors reports whether a and b, mentions of any sentences, share an
// actor with an id.
func sameActors(a, b []*mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.actor.ID != "" && x.actor.ID == y.actor.ID {
				return true
			}
		}
	}
	return false
}
