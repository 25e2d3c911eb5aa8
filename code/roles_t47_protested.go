package code

import "github.com/truce-project/truce"

// Issue 3, round t47: the attack a protest is held against. "Warplanes
// struck the port. Thousands rallied in the capital to denounce the
// strikes": a protest whose stated aim is an attack told before, named
// back by its kind with no maker of its own, is aimed at who made it, not
// at the authorities of the place it is held in. ("to denounce Turkish
// strikes" names the maker itself, which the object finders read.)

// t47ProtestAimVerbs open the aim of a protest: "to denounce", "condemning",
// "in protest at".
var t47ProtestAimVerbs = filtered(wordSet("denounce", "denouncing", "condemn", "condemning", "decry", "decrying",
	"protest", "protesting", "deplore", "deploring", "oppose", "opposing"))

// t47ProtestAimPreps name what a protest is held over: "marched against the
// bombing", "in protest at the raids".
var t47ProtestAimPreps = filtered(wordSet("against", "at", "over"))

// protestedAttackT47 returns, for a protest with no target of its own, the
// makers of the attack its aim names back ("rallied to denounce the
// strikes"): see t47AttackMakers. A gang's crime protested is the
// authorities' failing, and stays theirs: nil then, as when the aim names
// someone itself.
func (c *Coder) protestedAttackT47(d *doc, cd *candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Protest || len(cd.tgt) > 0 {
		return nil
	}
	k := cd.j
	for ; k < len(st.low) && k < cd.j+12; k++ {
		if st.low[k] == ";" {
			return nil
		}
		if t47ProtestAimVerbs.has(st.low[k]) && (st.low[k-1] == "to" || st.toks[k].tag == "VBG" || st.low[k] == "protest" && st.low[k-1] == "in") {
			break
		}
	}
	if k >= len(st.low) || k >= cd.j+12 {
		return nil
	}
	k++
	// "to protest against the raids", "in protest at the raids".
	if k < len(st.low) && t47ProtestAimPreps.has(st.low[k]) {
		k++
	}
	for n := k; n < len(st.low) && n < k+5; n++ {
		if m := st.mentionAt(n); m != nil {
			return nil
		}
		es, _ := c.lex.match(st.low, n)
		for _, e := range es {
			if e.pos == 'N' && e.has(flagViolent) {
				return t47NoGang(t47AttackMakers(d, cd, st.low[n]))
			}
		}
		if !determiners.has(st.low[n]) && !isModifier(st.toks[n]) {
			return nil
		}
	}
	return nil
}

// t47NoGang returns ms unless one of them is a criminal gang.
func t47NoGang(ms []*mention) []*mention {
	for _, m := range ms {
		if m.actor.Sector == "CRM" {
			return nil
		}
	}
	return ms
}

// t47AttackMakers returns the makers of the attack told earlier in the
// article that a definite noun names back: the first one told by the same
// word ("U.S. air strikes killed 74 … rallied to denounce the strikes"),
// else the first one told at all, the story's lead. An attack by the
// protesting side itself is not what it protests (see answerer).
func t47AttackMakers(d *doc, cd *candidate, noun string) []*mention {
	var first *candidate
	for _, p := range d.cands {
		if p.st.s.Index >= cd.st.s.Index {
			break
		}
		if p.folded || !isViolent(p) || len(p.ev.Source) == 0 || makersAt(cd, p, answerer) == nil {
			continue
		}
		if w := p.st.low[p.j-1]; w == noun || w+"s" == noun || w == noun+"s" {
			return makersAt(cd, p, answerer)
		}
		if first == nil {
			first = p
		}
	}
	if first == nil {
		return nil
	}
	return makersAt(cd, first, answerer)
}
