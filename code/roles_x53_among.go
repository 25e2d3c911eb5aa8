package code

import "github.com/truce-project/truce"

// Issue 3, round x53: those named among the people an act befell. "Two
// Colombian women were among the hundreds of activists detained on the
// boats", "Senior leaders of the party were among 105 people arrested",
// "Two embassy staff were among at least six people killed when a bomber
// struck": the participle after "among" is a passive whose victims the
// subject of "were among" names, and whose doer, if any, is the agent or
// the attacker of the "when" clause after it, not a noun of the phrase.

// amongCopulasX53 join the named ones to the crowd they were among.
var amongCopulasX53 = filtered(wordSet("was", "were", "is", "are"))

// amongVictimsX53 gives a participle trigger told of the people the
// subject of "were among" belongs to that subject for its target, and
// the agent after it, or for an attack the attacker of its "when"
// clause, for its source; with neither, the state force that acted on
// them in the sentence before (see forceBeforeX53).
func amongVictimsX53(d *doc, cd *candidate) {
	st := cd.st
	if cd.e.pos != 'V' || st.toks[cd.i].tag != "VBN" {
		return
	}
	k := -1
	for n := cd.i - 1; n >= 1 && n >= cd.i-7; n-- {
		if st.low[n] == "among" {
			k = n
			break
		}
		// "the hundreds of activists", "at least six people": a count
		// of people and its nouns.
		if w := st.low[n]; w != "of" && w != "at" && w != "least" && w != "those" && !isModifier(st.toks[n]) && !determiners.has(w) && st.toks[n].tag != "JJS" {
			return
		}
	}
	if k < 1 || !amongCopulasX53.has(st.low[k-1]) {
		return
	}
	// The subject: the last actor named, not as a place, between the
	// clause's start and the copula.
	s := 0
	for n := k - 2; n >= 0; n-- {
		if st.low[n] == "," || st.low[n] == ";" {
			s = n + 1
			break
		}
	}
	var subj *mention
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i >= s && m.j <= k-1 && !m.place {
			subj = m
		}
	}
	if subj == nil {
		return
	}
	cd.tgt = st.coordinated(subj)
	src := st.agentAfter(cd.j)
	if src == nil && cd.e.has(flagViolent) {
		src = st.whenAgent(cd.j)
	}
	if src == nil {
		src = forceBeforeX53(d, cd)
	}
	cd.src = src
}

// forceBeforeX53 returns, as mentions at cd's trigger, the state force
// that made the latest act of force told in the sentence before cd's:
// "The navy intercepted the flotilla. Two women were among the activists
// detained" were detained by the navy.
func forceBeforeX53(d *doc, cd *candidate) []*mention {
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if idx := p.st.s.Index; idx >= cd.st.s.Index || idx < cd.st.s.Index-1 {
			continue
		}
		if p.folded || p.ev.Type != truce.Coerce && p.ev.Type != truce.Assault || len(p.ev.Source) == 0 || !stateForce(p.ev.Source[0]) {
			continue
		}
		return makersAt(cd, p, answerer)
	}
	return nil
}
