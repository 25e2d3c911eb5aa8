package code

// Generic forces and bodies that belong to the state acting on them: the
// forces its leader orders about, the body it bows to.

import "github.com/truce-project/truce"

// actedOnOwn returns the country of the state whose generic forces or
// body m is, from what the state does with it: "Serbia's president
// ordered the army to full alert", "resigned under pressure from the
// army". Else "".
func actedOnOwn(st *sent, m *mention, other []truce.Actor) string {
	if cc := orderedForces(st, m, other); cc != "" {
		return cc
	}
	return pressedByOwn(st, m, other)
}

// orderVerbs set forces to a task: "ordered the army to", "told the police
// to", "placed the troops on alert".
var orderVerbs = filtered(wordSet("ordered", "orders", "order", "told", "instructed", "directed", "commanded", "placed", "put"))

// orderedForces returns the country of the state actor that orders
// generic forces about, or "": in "Serbia's president ordered the army to
// full alert as Serbs kept up barricades in Kosovo" the army is Serbia's,
// not that of the place the sentence goes on to. The forces must be the
// verb's object, with at most a determiner between. When the orderer is
// itself on the other side of the event ("Russia's president ordered
// troops into Ukraine", the troops its target), the forces are left to
// where they are sent.
func orderedForces(st *sent, m *mention, other []truce.Actor) string {
	if m.actor.Sector != "MIL" && m.actor.Sector != "COP" {
		return ""
	}
	k := m.i - 1
	for n := 0; n < 2 && k >= 0 && determiners.has(st.low[k]); n++ {
		k--
	}
	if k < 1 || !orderVerbs.has(st.low[k]) || !verbAt(st, k) {
		return ""
	}
	sub := st.subject(k)
	if len(sub) == 0 || sub[0].place || !isState(sub[0].actor) {
		return ""
	}
	for _, o := range other {
		if o.ID == sub[0].actor.ID || o.Country == sub[0].actor.Country && o.Sector == "GOV" {
			return ""
		}
	}
	return sub[0].actor.Country
}

// pressedByOwn returns the country of the state on the other side when
// the generic actor m is who it bows to, after "pressure from": in "the
// Bolivian leader resigned under pressure from the armed forces chief" the
// armed forces are Bolivia's, not a state named earlier in the sentence.
// Pressure from a body left unnamed is pressure at home.
func pressedByOwn(st *sent, m *mention, other []truce.Actor) string {
	k := m.i - 1
	for n := 0; n < 2 && k >= 0 && (determiners.has(st.low[k]) || isModifier(st.toks[k])); n++ {
		k--
	}
	if k < 1 || st.low[k] != "from" || st.low[k-1] != "pressure" {
		return ""
	}
	for _, o := range other {
		if isState(o) {
			return o.Country
		}
	}
	return ""
}
