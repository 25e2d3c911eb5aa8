package code

import "github.com/truce-project/truce"

// blamedOn gives the acts of violence a relative clause or participle of
// blame hangs on the actor it blames: "a wave of car bombs and attacks on
// police stations that the government blamed on gangs", "six soldiers
// died in the raid, which Niamey blamed on foreign troops", "killings
// blamed on rival gangs". The clause names the doer of the acts it
// describes, though another sentence or none names who reported them.
func (c *Coder) blamedOn(d *doc) {
	for _, st := range d.sents {
		for i := 0; i+2 < len(st.low); i++ {
			if w := st.low[i]; w != "blamed" && w != "attributed" || st.low[i+1] != "on" && st.low[i+1] != "to" {
				continue
			}
			end := blameHead(st, i)
			m := st.blamedActor(i + 2)
			if end < 0 || m == nil {
				continue
			}
			var accuser, named []truce.Actor
			for _, cd := range d.cands {
				if cd.st == st && cd.i == i && cd.ev.Type == truce.Accuse {
					accuser, named = cd.ev.Source, cd.ev.Target
				}
			}
			for _, act := range blamedActs(d, st, end) {
				// "gangs" is a country's gangs: the country of the act.
				accused := m.actor
				if accused.ID == "" {
					if r := c.resolveGeneric(d, st, []*mention{m}, act.ev.Location, nil); len(r) > 0 {
						accused = r[0]
					} else if len(named) > 0 {
						accused = named[0]
					}
				}
				if accused.ID == "" {
					continue
				}
				if len(act.ev.Source) > 0 && !ownSideOf(act.ev.Source, accuser, accused) && !stateOther(act.ev.Source, accused) {
					continue
				}
				if len(act.ev.Target) == 0 && ownSideOf(act.ev.Source, accuser, accused) {
					act.ev.Target = act.ev.Source
				}
				act.ev.Target = without(act.ev.Target, accused)
				act.ev.Source = []truce.Actor{accused}
			}
		}
	}
}

// blamedActor returns the first actor named from token k on, before the
// clause ends: "blamed on [extortion gangs]".
func (st *sent) blamedActor(k int) *mention {
	for n := k; n < len(st.low) && n < k+6; n++ {
		if clauseBreaks.has(st.low[n]) {
			return nil
		}
		if m := st.mentionAt(n); m != nil && !m.place {
			return m
		}
	}
	return nil
}

// stateOther reports whether the source given to an act is a state's
// while the clause of blame names a group that is not: "shootings that
// the government blamed on gangs" read the government as the doer.
func stateOther(src []truce.Actor, accused truce.Actor) bool {
	if stateForce(accused) {
		return false
	}
	for _, s := range src {
		if !stateForce(s) || sameActor(s, accused) {
			return false
		}
	}
	return len(src) > 0
}

// without returns as less the actors that are a.
func without(as []truce.Actor, a truce.Actor) []truce.Actor {
	var out []truce.Actor
	for _, x := range as {
		if !sameActor(x, a) {
			out = append(out, x)
		}
	}
	return out
}

// blameHead returns where the phrase naming the blamed acts ends before
// the verb of blame at i: before the relative pronoun of "attacks, which
// police blamed on …" or "attacks that it blamed on …", or right before a
// participle ("killings blamed on gangs"); -1 when the verb heads a clause
// of its own ("Police blamed the attacks on gangs").
func blameHead(st *sent, i int) int {
	if i > 0 && st.toks[i-1].tag == "NNS" || i > 0 && st.toks[i-1].tag == "NN" {
		if st.mentionAt(i-1) == nil {
			return i
		}
	}
	for r := i - 1; r >= 0 && r >= i-5; r-- {
		switch st.low[r] {
		case "which", "that":
			e := r
			if e > 0 && st.low[e-1] == "," {
				e--
			}
			return e
		case ",", ";", ".":
			return -1
		}
	}
	return -1
}

// blamedActs returns the acts of violence of st whose phrase ends just
// before token end, with those listed before them ("car bombs and
// attacks on police stations").
func blamedActs(d *doc, st *sent, end int) []*candidate {
	var acts []*candidate
	next := end
	for n := len(d.cands) - 1; n >= 0; n-- {
		c := d.cands[n]
		if c.st != st || c.i >= next {
			continue
		}
		if !c.e.has(flagViolent) || !listLink(st, c.j, next, next == end) {
			break
		}
		// An act folded into another is told by it: "arson attacks"
		// beside "shootings" still carries the list on.
		if !c.folded {
			acts = append(acts, c)
		}
		next = c.i
	}
	return acts
}

// listLink reports whether only the words of one noun phrase stand
// between the end of an act's trigger at from and to: the act's own
// object ("attacks on police stations") when it is the last act, else a
// list's "and" or comma.
func listLink(st *sent, from, to int, last bool) bool {
	if last {
		if to-from > 6 {
			return false
		}
		for k := from; k < to; k++ {
			if verbAt(st, k) && st.toks[k].tag != "VBN" && st.mentionAt(k) == nil || clauseBreaks.has(st.low[k]) {
				return false
			}
		}
		return true
	}
	for k := from; k < to; k++ {
		switch st.low[k] {
		case "and", ",", "or", "of", "a", "the":
		default:
			if !isModifier(st.toks[k]) {
				return false
			}
		}
	}
	return true
}

// ownSideOf reports whether the source given to an act is the accuser's
// own country while the accused is another's: "Six Chadian soldiers died
// in the raid, which N'Djamena blamed on Central African troops" read the
// victims as the doers.
func ownSideOf(src, accuser []truce.Actor, accused truce.Actor) bool {
	for _, s := range src {
		for _, a := range accuser {
			c := countryOf(s)
			if c != "" && c == countryOf(a) && c != countryOf(accused) {
				return true
			}
		}
	}
	return false
}
