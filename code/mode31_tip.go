package code

import "github.com/truce-project/truce"

// agentEnds reports whether a passive trigger form ends in the word that
// names its maker, so that the actor right after it is the source:
// "after a tip-off from the intelligence service", "acting on information
// supplied by the police", "taken away by gunmen".
func agentEnds(cd *candidate) bool {
	if !cd.e.has(flagPassive) || len(cd.e.words) < 2 {
		return false
	}
	w := cd.e.words[len(cd.e.words)-1]
	return w == "from" || w == "by"
}

// tipTarget gives intelligence passed on a tip the force that acted on
// it as its target: in "the pair were arrested in Aflao after a tip-off
// from Togo's intelligence service" it is the police who made the arrest
// told just before in the sentence, not the pair. With no such act told
// before, a target that is no force ("two men") is dropped.
func (b *building) tipTarget() {
	cd := b.cd
	if cd.e.cameo != "064" || !agentEnds(cd) {
		return
	}
	for n := len(b.d.cands) - 1; n >= 0; n-- {
		prev := b.d.cands[n]
		if prev.st != cd.st {
			break
		}
		if (prev.ev.Type == truce.Coerce || prev.ev.Type == truce.Assault) && len(prev.ev.Source) > 0 && (len(b.src) == 0 || !sameActor(prev.ev.Source[0], b.src[0])) {
			b.tgt = prev.ev.Source[:1]
			return
		}
	}
	for _, a := range b.tgt {
		if !tipForces.has(a.Sector) {
			b.tgt = nil
			return
		}
	}
}

// tipForces are the sectors of those who act on a tip.
var tipForces = filtered(wordSet("COP", "MIL", "SPY", "GOV"))

// tipFromOfficials returns why a tip codes no event when whoever passed it
// is no state body: "police, acting on a tip-off from residents, arrested
// two men" is police work, not two states' services cooperating.
func (b *building) tipFromOfficials() string {
	cd := b.cd
	if cd.e.cameo != "064" || !agentEnds(cd) {
		return ""
	}
	for _, a := range cd.ev.Source {
		if tipForces.has(a.Sector) || a.Sector == "JUD" || a.Sector == "IGO" || a.Sector == "" && isState(a) {
			return ""
		}
	}
	return "a tip from someone who is no state body (\"on a tip from residents\"): police work"
}
