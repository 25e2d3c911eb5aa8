package code

import "github.com/truce-project/truce"

// mediatedTypes are the categories whose events talks or a deal stand
// behind, and so may have a third party that brokered them.
var mediatedTypes = filtered(map[string]bool{
	truce.Agree: true, truce.Consult: true, truce.Retreat: true, truce.Concede: true,
})

// mediation records on a talks or deal event the third parties its
// sentence says brokered, mediated or hosted it: "the two sides signed a
// pledge after talks hosted by Saudi Arabia and the United States". A side
// of the event is not its own mediator, and a broker the sentence names
// as one is no side. A deal is placed where its talks were held.
func (b *building) mediation() {
	ev := &b.cd.ev
	if !mediatedTypes.has(ev.Type) {
		return
	}
	if retoldBrokerage(b.st, b.cd) {
		b.cd.folded = true
		return
	}
	b.brokeredTruce()
	b.talksPlace()
	for _, m := range mediators(b.st) {
		if m.actor.ID == "" || m.place && !namedBroker(b.st, m) || hasSame(ev.Source, m.actor) {
			continue
		}
		if hasSame(ev.Target, m.actor) && !b.brokerNoSide(m.actor) && !b.dropNamedBroker(m) {
			continue
		}
		ev.Mediators = appendActor(ev.Mediators, m.actor)
	}
	b.t49OnlookerBrokers()
	b.tellingBroker()
}

// brokerNoSide takes a go-between the sentence names out of the event's
// target when two sides remain without it: in "Sudan and Chad agreed on a
// border force, Qatari mediators said" Qatar is the broker, not Chad's
// partner. It reports whether it did; a lone partner stays the target
// ("Peru signed a deal with Ecuador, which hosted the talks").
func (b *building) brokerNoSide(m truce.Actor) bool {
	ev := &b.cd.ev
	rest := removeActors(append([]truce.Actor(nil), ev.Target...), []truce.Actor{m})
	switch {
	case len(rest) > 0:
		ev.Target = rest
	case len(ev.Source) > 1:
		ev.Source, ev.Target = ev.Source[:len(ev.Source)-1], ev.Source[len(ev.Source)-1:]
	default:
		return false
	}
	ev.ID = eventID(b.d.a.ID, b.st.s.Index, ev.Type, ev.Source, ev.Target, b.cd.i)
	return true
}

// mediatingGovernments names a state that brokers talks or a deal by its
// government: "in a swap mediated by Oman" is Oman's government at work,
// as "Omani mediators" already are. It runs once the article's parties
// are settled, so that a party is still told from its go-between by
// country.
func (c *Coder) mediatingGovernments(d *doc) {
	for _, cd := range d.cands {
		if len(cd.ev.Mediators) > 0 {
			cd.ev.Mediators = c.asGovernments(d, cd.ev.Mediators)
		}
	}
	for _, cf := range d.ceasefires {
		cf.Mediators = c.asGovernments(d, cf.Mediators)
	}
}

// asGovernments returns as with each bare state turned into its
// government, once each.
func (c *Coder) asGovernments(d *doc, as []truce.Actor) []truce.Actor {
	out := make([]truce.Actor, 0, len(as))
	for _, a := range as {
		if a.Country != "" && a.ID == a.Country && a.Sector == "" {
			if g, ok := c.actors.Lookup(a.Country+"GOV", d.date); ok {
				g.Text = a.Text
				a = g
			}
		}
		out = appendActor(out, a)
	}
	return out
}
