package code

// A diplomatic sanction that names no one it is aimed at takes its target
// from the sanction told just before: "Thailand recalled its ambassador
// from Phnom Penh … Phnom Penh downgraded ties" answers Thailand; "Bahrain
// expelled Lebanese envoys, while the Emirates withdrew its diplomats"
// joins the act against Lebanon.

import "github.com/truce-project/truce"

// answeredSanction returns, for a sanction by a state that names no
// target, the state the nearest sanction before it (earlier in the
// sentence or in the two sentences before) links it to, as mentions at
// cd's trigger, or nil. A sanction aimed at the same state answers its
// doer; one by the same state goes on against its target; one between
// two other states is joined, against the same target.
func (c *Coder) answeredSanction(d *doc, cd *candidate, earlier []*candidate) []*mention {
	if cd.tgt != nil || len(cd.src) == 0 || c.lex.cameo[cd.e.cameo].plover != truce.Sanction {
		return nil
	}
	own := stateSources(cd)
	if own == nil {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if c.lex.cameo[p.e.cameo].plover != truce.Sanction {
			continue
		}
		switch sanctionSide(own, mentionActors(p.src), mentionActors(p.tgt)) {
		case 's':
			return p.src
		case 't':
			return p.tgt
		}
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= cd.st.s.Index || idx < cd.st.s.Index-2 || p.folded || p.ev.Type != truce.Sanction {
			continue
		}
		pick := p.ev.Target
		switch sanctionSide(own, p.ev.Source, p.ev.Target) {
		case 0:
			continue
		case 's':
			pick = p.ev.Source
		}
		var out []*mention
		for _, a := range pick {
			a.Text = ""
			out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
		}
		return out
	}
	return nil
}

// sanctionSide tells which side of the sanction before, from src to
// tgt, a sanction by own is aimed at: 's' its doer, when it was aimed at
// own's state; 't' its target, when own's state did it or neither side
// is own's; 0 when a side names no state.
func sanctionSide(own, src, tgt []truce.Actor) byte {
	ss, ts := stateActors(src), stateActors(tgt)
	if len(ss) == 0 || len(ts) == 0 {
		return 0
	}
	ownSrc, ownTgt := sameStates(own, ss), sameStates(own, ts)
	switch {
	case ownTgt && !ownSrc:
		return 's'
	case ownSrc && ownTgt:
		return 0
	}
	return 't'
}

// stateSide reports whether an actor is a state or its government,
// military or police: who can recall an envoy or close an embassy.
func stateSide(a truce.Actor) bool {
	if a.Country == "" || len(a.ID) < 3 || a.ID[:3] != a.Country {
		return false
	}
	switch a.Sector {
	case "", "GOV", "MIL", "COP", "LEG":
		return true
	}
	return false
}

// stateActors returns the actors of as that are states.
func stateActors(as []truce.Actor) []truce.Actor {
	var out []truce.Actor
	for _, a := range as {
		if stateSide(a) {
			out = append(out, a)
		}
	}
	return out
}

// sameStates reports whether some actor of a shares a country with some
// actor of b.
func sameStates(a, b []truce.Actor) bool {
	for _, x := range a {
		if hasCountry(b, x.Country) {
			return true
		}
	}
	return false
}

// mentionActors returns the actors of ms.
func mentionActors(ms []*mention) []truce.Actor {
	out := make([]truce.Actor, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.actor)
	}
	return out
}

// answeredState returns, for a rejection or a criticism by a state that
// names no one it answers but its own side or a bare state, the government of the
// state whose sanction, charge or threat against it was told in the two
// sentences before, as mentions at cd's trigger; nil otherwise. "Albania
// cut ties with Iran, accusing Tehran of a cyberattack. Iran rejected the
// accusation": the answer is aimed at Albania's government, which made the
// charge, not at the country.
func (c *Coder) answeredState(d *doc, cd *candidate) []*mention {
	switch c.lex.cameo[cd.e.cameo].plover {
	case truce.Reject, truce.Accuse:
	default:
		return nil
	}
	if len(cd.src) == 0 {
		return nil
	}
	own := stateSources(cd)
	if own == nil {
		return nil
	}
	// A target of the answerer's own side is no one it answers.
	var named []*mention
	for _, m := range cd.tgt {
		if hasCountry(own, m.actor.Country) {
			continue
		}
		if m.actor.ID == "" || m.actor.ID != m.actor.Country {
			return nil
		}
		named = append(named, m)
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= cd.st.s.Index || idx < cd.st.s.Index-2 || p.folded || !answerable.has(p.ev.Type) {
			continue
		}
		src := stateActors(p.ev.Source)
		if len(src) == 0 || sameStates(own, src) || !sameStates(own, stateActors(p.ev.Target)) {
			continue
		}
		for _, m := range named {
			if !hasCountry(src, m.actor.Country) {
				return nil
			}
		}
		var out []*mention
		for _, a := range src {
			if a.ID == a.Country {
				a.ID, a.Sector = a.Country+"GOV", "GOV"
			}
			a.Text = ""
			out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
		}
		return out
	}
	return nil
}

// answerable are the acts a state answers by rejecting or criticising
// them: a sanction, a charge, a threat.
var answerable = filtered(map[string]bool{truce.Sanction: true, truce.Accuse: true, truce.Threaten: true})

// stateSources returns the actors of the candidate's sources when every
// one is a state's side, or nil.
func stateSources(cd *candidate) []truce.Actor {
	var own []truce.Actor
	for _, m := range cd.src {
		if !stateSide(m.actor) {
			return nil
		}
		own = append(own, m.actor)
	}
	return own
}
