package code

// An attack told by its noun as the subject of the verb of what it hit,
// with no hand named: "heavy shelling hit the outskirts of the city",
// "overnight shelling damaged dozens of houses", "air strikes destroyed
// several trucks". The attack is the event though no side is named; the
// verb after it is its effect, not a second act.

import (
	"strings"

	"github.com/truce-project/truce"
)

// prec57AttackModifiers are the words that may stand before an attack
// gerund as its modifiers: "heavy shelling", "renewed overnight shelling",
// "indiscriminate artillery shelling".
var prec57AttackModifiers = filtered(wordSet(
	"heavy", "heavier", "intense", "intensive", "fierce", "renewed", "sustained", "overnight",
	"fresh", "indiscriminate", "continued", "continuing", "constant", "relentless", "sporadic",
	"night-time", "nighttime", "daytime", "artillery", "mortar", "rocket", "tank", "cross-border",
	"enemy", "repeated", "further", "new", "more", "deadly", "ongoing",
))

// prec57WreckVerbs tell what an attack did to a thing: "air strikes
// destroyed several trucks", "the shelling damaged a school". The
// lexicon reads them as destruction by a hand ("burned", "razed"), not
// as a hit, so a weapon noun before them would tell no attack.
var prec57WreckVerbs = filtered(wordSet(
	"destroyed", "destroys", "damaged", "damages", "flattened", "flattens", "levelled", "leveled",
	"levels", "razed", "razes", "wrecked", "wrecks", "gutted", "guts", "demolished", "demolishes",
))

// prec57GerundAttackSubject reports whether a violent verb trigger is an
// -ing form standing as a noun, the subject of a verb of hitting or
// wrecking with an object: "Heavy shelling hit the outskirts of El
// Fasher", "after renewed shelling struck a market". A progressive
// ("troops were shelling the town") or a participle clause ("forces,
// shelling the town, …") has a verb or a comma before it and is no noun.
func (c *Coder) prec57GerundAttackSubject(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !cd.e.has(flagViolent) || cd.j != cd.i+1 || cd.j >= len(st.low) || !strings.HasSuffix(st.low[cd.i], "ing") {
		return false
	}
	k := cd.i - 1
	for n := 0; k >= 0 && n < 3 && (strings.HasPrefix(st.toks[k].tag, "JJ") || prec57AttackModifiers.has(st.low[k])); n++ {
		k--
	}
	// A bare gerund opening the sentence ("Shelling hit the port") is
	// read by the verb after it, which the lexicon codes.
	if k < 0 && cd.i == 0 {
		return false
	}
	if k >= 0 {
		tag := st.toks[k].tag
		if !(tag == "DT" || tag == "PRP$" || tag == "POS" || tag == "IN" && st.low[k] != "by") {
			return false
		}
	}
	v := cd.j
	if v < len(st.low) && (st.low[v] == "also" || st.low[v] == "reportedly") {
		v++
	}
	if v >= len(st.low) || !(st.toks[v].tag == "VBD" || st.toks[v].tag == "VBZ" || st.toks[v].tag == "VBN" && prec57WreckVerbs.has(st.low[v])) {
		return false
	}
	n := 1
	if !prec57WreckVerbs.has(st.low[v]) {
		es, m := c.lex.match(st.low, v)
		hit := false
		for _, e := range es {
			if e.pos == 'V' && e.has(flagViolent) {
				hit, n = true, m
				break
			}
		}
		if !hit {
			return false
		}
	}
	return prec57ObjectAt(st, v+n)
}

// prec57ObjectAt reports whether a noun phrase starts at k: the object
// of the verb before it ("hit the outskirts", "struck a market",
// "damaged dozens of houses"), not a passive's agent or the sentence's
// end.
func prec57ObjectAt(st *sent, k int) bool {
	if k < len(st.low) && (st.low[k] == "on" || st.low[k] == "at" || st.low[k] == "into") {
		k++
	}
	if k >= len(st.toks) {
		return false
	}
	tag := st.toks[k].tag
	return tag == "DT" || tag == "CD" || tag == "PRP$" || strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN")
}

// prec57AttackNounHit reports whether a violent noun is the subject of
// a verb telling what it hit or wrecked: "air strikes destroyed several
// trucks", "a drone later destroyed a car near Tyre", "fresh shelling hit
// the outskirts of the city". A verb of wrecking needs a thing or a
// settlement as its object; a verb of hitting needs any object when the
// noun names remote fire, but a bare "strike" may be a walkout ("the
// strike hit businesses across the country") and keeps to things.
func (c *Coder) prec57AttackNounHit(st *sent, cd *candidate) bool {
	k := cd.j
	for n := 0; k < len(st.low) && n < 2 && st.toks[k].tag == "RB"; n++ {
		k++
	}
	if k >= len(st.low) || !strings.HasPrefix(st.toks[k].tag, "VB") {
		return false
	}
	wreck := prec57WreckVerbs.has(st.low[k])
	if wreck && (hitThings[thingHead(st, k+1)] || settlementAt(st, k+1)) {
		return true
	}
	if cd.e.acledType != "Explosions/Remote violence" || cd.j-cd.i == 1 && strings.HasPrefix(st.low[cd.i], "strike") {
		return false
	}
	if wreck {
		return prec57ObjectAt(st, k+1)
	}
	es, n := c.lex.match(st.low, k)
	for _, e := range es {
		if e.pos == 'V' && e.has(flagViolent) {
			return prec57ObjectAt(st, k+n)
		}
	}
	return false
}

// prec57AircraftSides gives an air strike with no hand named the sides of
// the last attack told before it when one of them is a state's forces and
// the other a non-state armed group: only the state flies aircraft
// ("Troops backed by jets retook the town … Air strikes destroyed several
// gun trucks of the militants"), so the strike is the state's, on the
// group. Drones are left alone: armed groups fly them too.
func (b *building) prec57AircraftSides() {
	if len(b.src) > 0 || len(b.tgt) > 0 || b.e.mode != "aerial" {
		return
	}
	prev := lastAttack(b.d)
	if prev == nil {
		return
	}
	state, group := prev.ev.Source, prev.ev.Target
	if !hasArmedGroup(group) {
		state, group = group, state
	}
	if len(state) == 0 || !hasArmedGroup(group) {
		return
	}
	for _, a := range state {
		if !stateForce(a) {
			return
		}
	}
	b.src = append([]truce.Actor{}, state...)
	b.tgt = append([]truce.Actor{}, group...)
}
