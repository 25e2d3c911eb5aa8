package code

import "github.com/truce-project/truce"

// mediatedTypes are the categories whose events talks or a deal stand
// behind, and so may have a third party that brokered them.
var mediatedTypes = map[string]bool{
	truce.Agree: true, truce.Consult: true, truce.Retreat: true, truce.Concede: true,
}

// mediation records on a talks or deal event the third parties its
// sentence says brokered, mediated or hosted it: "the two sides signed a
// pledge after talks hosted by Saudi Arabia and the United States". A side
// of the event is not its own mediator.
func (b *building) mediation() {
	ev := &b.cd.ev
	if !mediatedTypes[ev.Type] {
		return
	}
	for _, m := range mediators(b.st) {
		if m.actor.ID == "" || m.place || hasSame(ev.Source, m.actor) || hasSame(ev.Target, m.actor) {
			continue
		}
		ev.Mediators = appendActor(ev.Mediators, m.actor)
	}
}
