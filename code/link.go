package code

import (
	"github.com/truce-project/truce"
)

// finish links events across the article: claims of responsibility and
// retaliation.
func (c *Coder) finish(d *doc) {
	c.claims(d)
	blamed(d)
	c.truceDetails(d)
	for k, cd := range d.cands {
		if !cd.retal {
			continue
		}
		var pick *candidate
		for n := k - 1; n >= 0; n-- {
			prev := d.cands[n]
			if !prev.e.has(flagViolent) {
				continue
			}
			if answers(cd.ev.Target, prev.ev.Source) {
				pick = prev
				break
			}
			if pick == nil && !answers(cd.ev.Source, prev.ev.Source) {
				pick = prev
			}
		}
		if pick != nil {
			cd.ev.RetaliatesFor = pick.ev.ID
		}
	}
}

// answers reports whether some actor of a is the same as, or of the same
// country as, some actor of b.
func answers(a, b []truce.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) || countryOf(x) != "" && countryOf(x) == countryOf(y) && isState(x) && isState(y) {
				return true
			}
		}
	}
	return false
}

// claims gives an attack whose author the text left unnamed or generic to
// the group that claims it later: "A suicide bomber struck crowds … Islamic
// State Khorasan claimed responsibility."
func (c *Coder) claims(d *doc) {
	for _, st := range d.sents {
		k := -1
		for i := 0; i+1 < len(st.low); i++ {
			if (st.low[i] == "claimed" || st.low[i] == "claims") && st.low[i+1] == "responsibility" {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		var group *mention
		for n := range st.mentions {
			if m := &st.mentions[n]; m.i < k && isArmedGroup(m.actor) {
				group = m
			}
		}
		if group == nil {
			continue
		}
		// The claim names the attacker; an attack others reported stays
		// reported by them, and only one known from the claim alone is
		// "claimed".
		if cd := claimed(d, st, k); cd != nil {
			a := group.actor
			cd.ev.Source = []truce.Actor{a}
			if cd.ev.ReportedBy == nil {
				cd.ev.Status = truce.StatusClaimed
				cd.ev.ReportedBy = &a
			}
		}
	}
}

// claimed finds the attack a claim of responsibility in sentence st (its
// verb at token k) is for: the latest earlier attack named with the same
// word ("claimed responsibility for the ambush"), else the latest whose
// author the text left unnamed or generic ("a suicide bomber", "gunmen") and
// whose victims are not fighters — not an operation of a state's forces,
// nor the militants killed in it.
func claimed(d *doc, st *sent, k int) *candidate {
	noun := ""
	for i := k + 2; i < len(st.low) && i <= k+5; i++ {
		if st.low[i] == "for" && i+1 < len(st.low) {
			n := i + 1
			if st.low[n] == "the" || st.low[n] == "this" || st.low[n] == "that" {
				n++
			}
			if n < len(st.low) {
				noun = st.low[n]
			}
			break
		}
	}
	generic := noun == "" || noun == "attack" || noun == "attacks" || noun == "assault" || noun == "violence"
	var fallback *candidate
	for n := len(d.cands) - 1; n >= 0; n-- {
		cd := d.cands[n]
		if cd.st.s.Index > st.s.Index || !cd.e.has(flagViolent) {
			continue
		}
		if !generic && cd.st.low[cd.j-1] == noun {
			return cd
		}
		if fallback != nil {
			continue
		}
		if len(cd.ev.Source) > 0 && (isArmedGroup(cd.ev.Source[0]) || isState(cd.ev.Source[0]) && cd.ev.Source[0].Sector != "REB") {
			continue
		}
		if hasSector(cd.ev.Target, "REB") {
			continue
		}
		fallback = cd
	}
	return fallback
}

// blamed gives an attack whose author the text left unnamed the actor a
// later accusation names: "A rocket slammed into a football pitch in
// Majdal Shams … Israel blamed Hezbollah." The attack stays as reported;
// only its source comes from the accusation.
func blamed(d *doc) {
	for k, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Accuse || len(cd.ev.Target) == 0 {
			continue
		}
		w := cd.st.low[cd.i]
		if w != "blamed" && w != "blames" && w != "blaming" && w != "accused" && w != "accuses" && w != "accusing" {
			continue
		}
		for n := k - 1; n >= 0; n-- {
			prev := d.cands[n]
			if prev.folded || !prev.e.has(flagViolent) || prev.st.s.Index > cd.st.s.Index || cd.st.s.Index-prev.st.s.Index > 1 {
				continue
			}
			// "Residents blamed the federal army, which has been fighting
			// Fano": an attack told after the accusation describes the
			// accused; the blame is for the attack before.
			if prev.st == cd.st && prev.i > cd.i {
				continue
			}
			// The accused is not the attack's own victim, and a negated or
			// hypothetical attack has no author.
			if len(prev.ev.Source) == 0 && !sameSide(cd.ev.Target, prev.ev.Target) &&
				prev.ev.Status != truce.StatusNegated && prev.ev.Status != truce.StatusHypothetical {
				a := cd.ev.Target[0]
				prev.ev.Source = []truce.Actor{a}
			}
			break
		}
	}
}

// sameSide reports whether some actor of a is one of b or the same sector
// of the same country: the army accused of a strike that killed civilians
// of its own country is not the strike's victim.
func sameSide(a, b []truce.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if sameActor(x, y) || countryOf(x) != "" && countryOf(x) == countryOf(y) && x.Sector == y.Sector {
				return true
			}
		}
	}
	return false
}
