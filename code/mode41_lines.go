package code

// Lines of communication cut (issue 3, mode): "police imposed a curfew,
// and internet access was curtailed". A line cut in the passive with no
// agent is a blackout the state imposed on the people of the place (see
// blackout), whoever the clause before it named.

import "github.com/truce-project/truce"

// mode41PassiveBlackout gives a line of communication cut in the passive
// with no agent of its own the state of the place as its source and the
// people of the place as its target, whatever the clause before it named:
// in "police imposed a curfew, and internet access was sharply curtailed"
// and "police detained dozens, and mobile internet was cut" the police of
// the first clause, or the crowd it names, did not cut the line; a
// blackout no one is named for is the government's. A cut with its agent
// ("was cut by the army") keeps it.
func (b *building) mode41PassiveBlackout() {
	cd := b.cd
	if cd.ev.Mode != "censor" || !lex41PassiveCut(cd) && !mode41PassiveSpan(b.st, cd) || !blackout(b.st, cd) || b.st.agentAfter(cd.j) != nil {
		return
	}
	if len(b.src) == 1 && b.src[0].Sector == "GOV" {
		return
	}
	a, cc, ok := b.placeGovernment()
	if !ok {
		return
	}
	b.src = []truce.Actor{a}
	if v, ok := b.c.actors.Lookup(cc+"CVL", b.d.date); ok {
		b.tgt = []truce.Actor{v}
	}
}

// mode41PassiveSpan reports whether a trigger's own words are a passive
// ("internet was cut", "access to TikTok had been blocked").
func mode41PassiveSpan(st *sent, cd *candidate) bool {
	for _, w := range st.low[cd.i:cd.j] {
		if takenAux.has(w) {
			return true
		}
	}
	return false
}
