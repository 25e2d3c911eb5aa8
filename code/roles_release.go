package code

// A demand to free someone is aimed at whoever holds them. When the
// captive is named before only by a pronoun ("Venezuela detained two
// Colombian soldiers, and Colombia demanded their release"), the holder is
// the doer of the detention told just before in the same sentence, or in
// the sentence before.

import "github.com/truce-project/truce"

// captureModes are the modes of acts that leave someone held.
var captureModes = filtered(map[string]bool{"arrest": true, "abduct": true})

// captivePronouns stand for the captives of a release demand: "his
// immediate release", "their release".
var captivePronouns = filtered(map[string]bool{"his": true, "her": true, "their": true})

// captor returns the doer of the detention told earlier in cd's sentence,
// or else in the sentence just before, whose captives a release demand
// names by a pronoun or a possessive noun, or nil: the demand's target.
// "Rebels seized four engineers. Ankara demanded their release" is aimed
// at the rebels, and so is "… demanded the engineers' release".
func (c *Coder) captor(d *doc, cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	if len(cd.src) == 0 || cd.e.mode != "yield" {
		return nil
	}
	// "demanded the release of the hostages held by Hamas": the holder
	// the demand names.
	if m := st.heldBy(cd); m != nil {
		return m
	}
	// "… of its members held in Ngozi prison": the state that keeps them.
	if m := c.heldInCustody(d, cd); m != nil {
		return m
	}
	// A noun ("the journalists' release") names the captives surely
	// enough to look two sentences back; a pronoun only one.
	back := 1
	if possessedRelease(st, cd) {
		back = 2
	} else if cd.tgt != nil || !captiveNamed(st, cd.i, cd.j) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.st != st || !captureModes.has(p.e.mode) || len(p.src) == 0 {
			continue
		}
		if sharesMention(p.src, cd.src) || sameCountryAny(p.src, cd.src) {
			return nil
		}
		return p.src
	}
	return priorCaptor(d, cd, back)
}

// priorCaptor returns, as mentions at cd's trigger, the doers of the last
// arrest or abduction told in the back sentences just before cd's, or nil
// when there is none: an arrest the demanding side is said to have made
// ("a wave of arrests, the UN said") is passed over.
func priorCaptor(d *doc, cd *candidate, back int) []*mention {
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if ix := p.st.s.Index; ix >= cd.st.s.Index || ix < cd.st.s.Index-back || p.folded || !captureModes.has(p.ev.Mode) || len(p.ev.Source) == 0 {
			continue
		}
		var out []*mention
		for _, a := range p.ev.Source {
			if a.ID != "" && !demander(cd, a) {
				a.Text = ""
				out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
			}
		}
		if out != nil {
			return out
		}
	}
	return nil
}

// demander reports whether a is on the side of cd's source: the very
// actor, or the same state when both are the state or its government.
// "Ankara welcomed the move" after the PKK laid down arms answers the PKK,
// though both are Turkey's.
func demander(cd *candidate, a truce.Actor) bool {
	return answerer(cd, a)
}

// captiveNamed reports whether a pronoun in tokens [i, j) names the
// captives of a release demand.
func captiveNamed(st *sent, i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if captivePronouns.has(st.low[k]) {
			return true
		}
	}
	return false
}

// possessedRelease reports whether a release demand names its captives
// by a possessor inside the trigger, who are then its only target: in
// "demanded the reporters' release" and "called for the aid workers'
// immediate release" the reporters and aid workers are held, and the
// demand is aimed at whoever holds them. A state as possessor ("urged
// Iran's release of the tanker") or a release "of" someone is another
// matter: there the possessor frees.
func possessedRelease(st *sent, cd *candidate) bool {
	r := cd.j - 1
	if r < 1 || r >= len(st.low) || st.low[r] != "release" || cd.j < len(st.low) && st.low[cd.j] == "of" || len(cd.tgt) == 0 {
		return false
	}
	k := r - 1
	for k > cd.i && st.toks[k].tag == "JJ" {
		k-- // "immediate", "unconditional"
	}
	if !st.isPossessive(k) {
		return false
	}
	for _, t := range cd.tgt {
		if t.i < cd.i || t.j > k || t.kind == "country" || t.kind == "capital" || isState(t.actor) && t.actor.Sector == "GOV" {
			return false
		}
	}
	return true
}

// holdingVerbs tell that someone is held by the actor after "by":
// "the hostages held by Hamas", "sailors seized by the Houthis".
var holdingVerbs = filtered(wordSet("held", "detained", "kidnapped", "abducted", "seized", "captured", "jailed", "imprisoned"))

// heldBy returns the holder a release demand names in its clause after the
// trigger, an actor after "held by" or a like verb: "called for the
// release of the aid workers held by the rebels" is aimed at the rebels,
// not at the aid workers' country.
func (st *sent) heldBy(cd *candidate) []*mention {
	for k := cd.j; k+2 < len(st.low) && k < cd.j+14; k++ {
		if clauseBreaks.has(st.low[k]) || st.low[k] == ";" {
			return nil
		}
		if !holdingVerbs.has(st.low[k]) || st.low[k+1] != "by" {
			continue
		}
		if m := st.object(k+2, nil); len(m) > 0 && !m[0].place && m[0].i <= k+4 && !sharesMention(m, cd.src) {
			return m
		}
		return nil
	}
	return nil
}
