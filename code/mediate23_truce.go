package code

import "github.com/truce-project/truce"

// brokeredTruceNouns name a truce a go-between may broker.
var brokeredTruceNouns = filtered(wordSet("ceasefire", "cease-fire", "truce", "armistice"))

// brokeredTruce turns the go-between's work told with the truce as its
// object into the truce itself: in "Russia said it had brokered a
// ceasefire by Tuesday morning" the two armies fighting agreed to stop,
// and Russia was their broker, not a side meeting no one. The sides are
// those the trigger names ("brokered a truce between the army and the
// rebels"), else those of the last fighting told up to this sentence,
// else the article's two main states. With no such sides the event stays
// the broker's.
func (b *building) brokeredTruce() {
	cd, st, d := b.cd, b.st, b.d
	ev := &cd.ev
	if ev.Type != truce.Consult || b.e.cameo != "045" || len(ev.Source) == 0 {
		return
	}
	// Only a truce brokered is one: "trying to broker a truce", "failed
	// to broker a ceasefire" and "offered to mediate a truce" tell none.
	if w := st.low[cd.i]; w != "brokered" && w != "mediated" || ev.Status != truce.StatusReported && ev.Status != truce.StatusClaimed {
		return
	}
	// "Russia brokered the truce" tells again one declared before.
	if k := truceNounIn(st, cd.i, cd.j); k < 0 || refersBack(st, k, k+1) {
		return
	}
	broker := ev.Source
	var src, tgt []truce.Actor
	switch {
	case len(ev.Target) >= 2:
		src, tgt = ev.Target[:1:1], ev.Target[1:]
	case len(ev.Target) == 1 && mode72PluralSides(st, cd.i):
		src, tgt = ev.Target[:1:1], ev.Target[:1:1]
	default:
		src, tgt = lastFighting(d, st)
		if src == nil && len(d.dyad) == 2 {
			src, tgt = d.dyad[:1:1], d.dyad[1:2:2]
		}
	}
	if src == nil || tgt == nil || mode72BrokerIsSide(broker, src) || mode72BrokerIsSide(broker, tgt) {
		return
	}
	row := b.c.lex.cameo["0871"]
	ev.Type, ev.Mode, ev.CAMEO = truce.Agree, "ceasefire", "0871"
	ev.Context, ev.Goldstein, ev.Quad = row.context, row.goldstein, quadOf(truce.Agree)
	if ev.Context == nil {
		ev.Context = []string{}
	}
	ev.ACLEDType, ev.ACLEDSubtype = "Strategic developments", "Agreement"
	ev.Source, ev.Target = append([]truce.Actor(nil), src...), append([]truce.Actor(nil), tgt...)
	for _, a := range broker {
		ev.Mediators = appendActor(ev.Mediators, a)
	}
	// The broker's home is not where the truce holds.
	if l := ev.Location; l != nil && l.Precision == "country" && brokerCountry(broker, l.Country) {
		ev.Location = b.c.countryLocation(d.focus, ev.Source, ev.Target)
	}
	ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, ev.Source, ev.Target, cd.i)
	b.c.declareCeasefire(d, cd)
}

// truceNounIn returns where a truce noun stands among the words [i, j),
// or -1.
func truceNounIn(st *sent, i, j int) int {
	for k := i; k < j && k < len(st.low); k++ {
		if brokeredTruceNouns.has(st.low[k]) {
			return k
		}
	}
	return -1
}

// lastFighting returns the sides of the last violent act the article
// tells up to sentence st that names both.
func lastFighting(d *doc, st *sent) (src, tgt []truce.Actor) {
	for _, x := range d.cands {
		if x.st.s.Index > st.s.Index || x.folded || !x.e.has(flagViolent) && x.ev.Type != truce.Assault {
			continue
		}
		if len(x.ev.Source) > 0 && len(x.ev.Target) > 0 {
			src, tgt = x.ev.Source, x.ev.Target
		}
	}
	return src, tgt
}

// brokerCountry reports whether some actor of as belongs to country cc.
func brokerCountry(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if cc != "" && a.Country == cc {
			return true
		}
	}
	return false
}

// truceCommitments are the words by which a signed text commits its
// signers to a truce: "signed a declaration, committing to a permanent
// ceasefire", "a charter in which they pledged to a truce".
var truceCommitments = filtered(wordSet("committing", "committed", "commit", "commits", "pledging", "pledged"))

// committedTruce links to the truce just declared by cd the agreement told
// before it in its sentence whose text commits the signers to it, and
// returns the ids it linked: in "Kinshasa and the rebels signed a
// declaration in Doha, committing to a permanent ceasefire" the signing
// opens the truce. Only the nearest agreement before the commitment word
// is linked, with no ";" between.
func committedTruce(d *doc, cd *candidate, cfID string) []string {
	st := cd.st
	k := cd.i - 1
	for k >= 0 && (st.low[k] == "a" || st.low[k] == "an" || st.low[k] == "the" || isModifier(st.toks[k])) {
		k--
	}
	if k < 1 || st.low[k] != "to" || !truceCommitments.has(st.low[k-1]) {
		return nil
	}
	k--
	var pick *candidate
	for _, x := range d.cands {
		if x == cd || x.st != st || x.folded || x.ev.Type != truce.Agree || x.ev.CeasefireID != "" || x.j > k {
			continue
		}
		pick = x
	}
	if pick == nil {
		return nil
	}
	for n := pick.j; n < k; n++ {
		if st.low[n] == ";" {
			return nil
		}
	}
	pick.ev.CeasefireID = cfID
	return []string{pick.ev.ID}
}
