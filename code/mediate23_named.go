package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// namedBrokerCues are the participles whose "by" phrase, or whose
// hyphened doer, names a go-between as such: "a swap mediated by Qatar",
// "AU-facilitated talks". A host is not among them, for a host may also be
// a side ("a deal with Ecuador, which hosted the talks").
var namedBrokerCues = filtered(wordSet("mediated", "brokered", "facilitated", "sponsored"))

// namedBroker reports whether the sentence names m's actor as the
// go-between by one of namedBrokerCues, so that it is no side of the
// deal or talks even when no other side is named: in "the rival
// councils agreed at UN-facilitated talks" the UN is not the councils'
// partner.
func namedBroker(st *sent, m *mention) bool {
	last := st.low[m.j-1]
	for cue := range namedBrokerCues.m {
		if strings.HasSuffix(last, "-"+cue) {
			return true
		}
	}
	for k := m.i - 1; k >= 1 && k >= m.i-2; k-- {
		if st.low[k] == "by" {
			return namedBrokerCues.has(st.low[k-1])
		}
		if st.low[k] != "the" {
			return false
		}
	}
	return false
}

// dropNamedBroker takes the go-between the sentence names as such out of
// the event's target, and reports whether it did.
func (b *building) dropNamedBroker(m *mention) bool {
	ev := &b.cd.ev
	if !hasSame(ev.Target, m.actor) || !namedBroker(b.st, m) {
		return false
	}
	ev.Target = removeActors(ev.Target, []truce.Actor{m.actor})
	ev.ID = eventID(b.d.a.ID, b.st.s.Index, ev.Type, ev.Source, ev.Target, b.cd.i)
	return true
}

// brokerTellers are the sectors of a teller that may speak as the
// go-between of a deal or talks between others: a state, its government,
// an international body. Media and witnesses only report.
var brokerTellers = filtered(wordSet("", "GOV", "IGO"))

// tellingBroker makes a state or international body that tells of a deal
// or talks between others its go-between: in "Sudan's rival generals
// signed a truce in Jeddah, the African Union's envoy announced", "the
// two sides agreed to swap prisoners, UN officials said" and "Chile and
// Bolivia agreed to reopen their border, the Brazilian government said",
// the teller speaks as the one that brought them together. A teller of
// the same country as a side, or a side itself, is no broker.
func (b *building) tellingBroker() {
	ev := &b.cd.ev
	t := ev.ReportedBy
	if ev.Type != truce.Agree && ev.Type != truce.Consult || t == nil || t.ID == "" || !brokerTellers.has(t.Sector) || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	for _, side := range [][]truce.Actor{ev.Source, ev.Target} {
		if hasSame(side, *t) || brokerCountry(side, t.Country) || hasSector(side, "IGO") {
			return
		}
	}
	ev.Mediators = appendActor(ev.Mediators, *t)
}
