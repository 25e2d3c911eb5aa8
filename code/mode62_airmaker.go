package code

import "strings"

// An aircraft or a drone that is the subject of a verb of wrecking makes
// the act an air or drone strike: "A Russian airstrike on Wednesday
// destroyed the theatre", "U.S. aircraft destroyed two missile launchers",
// "the drone attacks that set ablaze two oil plants". The verb's own mode
// (destroy, CAMEO 1712) says only what became of the target; gold in every
// batch gives the means, aerial (drone for a drone), CAMEO 195. A craft
// that is the verb's object ("destroyed 30 drones"), or one named in
// another clause, leaves the act as the verb codes it.

// mode62AirMaker returns the air or drone weapon that is the subject of
// cd's verb of wrecking, when cd is one.
func (c *Coder) mode62AirMaker(cd *candidate, mode string) (weapon, bool) {
	if mode != "destroy" || cd.e.pos != 'V' {
		return weapon{}, false
	}
	return c.mode62CraftSubject(cd)
}

// mode62CraftSubject returns the air or drone weapon that is the subject
// of cd's verb: "U.S. aircraft destroyed", "warplanes pounded" (mode86).
func (c *Coder) mode62CraftSubject(cd *candidate) (weapon, bool) {
	st := cd.st
	v := cd.i
	// "Drones hit the oil field, setting a tank ablaze": a participle
	// after a comma shares the subject of the verb before it.
	if st.toks[v].tag == "VBG" && v > 1 && st.low[v-1] == "," {
		v -= 2
		for n := 0; v >= 0 && n < 16 && !mode62MainVerb(st, v); n++ {
			v--
		}
		if v < 0 || !mode62MainVerb(st, v) {
			return weapon{}, false
		}
	}
	cl := st.clause[v]
	// The words between the subject and its verb: "that", an adverb, an
	// auxiliary, a time ("on Wednesday", "overnight").
	k := v - 1
	for n := 0; k >= 0 && n < 6 && st.clause[k] == cl && mode62Between(st, k); n++ {
		k--
	}
	if k < 0 || st.clause[k] != cl {
		return weapon{}, false
	}
	// A participle phrase after the head: "drones carrying explosives",
	// "jets laden with bombs".
	for n := k - 1; n >= 0 && n >= k-4 && st.clause[n] == cl; n-- {
		if t := st.toks[n].tag; t == "VBG" || t == "VBN" || st.low[n] == "laden" {
			if n > 0 {
				k = n - 1
			}
			break
		}
	}
	w, ok := c.mode62CraftAt(st, k)
	if !ok {
		return weapon{}, false
	}
	// The craft must open its clause's predicate, not stand as the object
	// of a verb before it ("shot down two drones and destroyed ...").
	for n := k - 1; n >= 0 && st.clause[n] == cl; n-- {
		if finiteVerb(st.toks[n].tag) {
			return weapon{}, false
		}
	}
	return w, true
}

// mode62CraftAt returns the air or drone weapon the subject's head at k
// names, or the strike noun after it: "drone attacks", "air strikes",
// "an airstrike".
func (c *Coder) mode62CraftAt(st *sent, k int) (weapon, bool) {
	if st.low[k] == "airstrike" || st.low[k] == "airstrikes" {
		return c.mode62AirWeapon("aircraft")
	}
	if mode62StrikeNouns.has(st.low[k]) && k > 0 {
		k--
	}
	w, ok := c.lex.weapons[st.low[k]]
	if !ok && (st.low[k] == "air" || mode62Craft.has(st.low[k])) {
		w, ok = c.mode62AirWeapon("aircraft")
	}
	return w, ok && (w.mode == "aerial" || w.mode == "drone")
}

// mode62AirWeapon returns the weapon row of an air word.
func (c *Coder) mode62AirWeapon(word string) (weapon, bool) {
	w, ok := c.lex.weapons[word]
	return w, ok && w.mode == "aerial"
}

// mode62Between reports whether token k may stand between a subject and
// its verb: a relative pronoun, an adverb, an auxiliary, or a word of a
// time phrase ("on Wednesday", "late on Tuesday", "overnight").
func mode62Between(st *sent, k int) bool {
	if mode62Gap.has(st.low[k]) || st.toks[k].tag == "RB" {
		return true
	}
	return weekdaysAndMonths.has(st.low[k])
}

// mode62Gap are the function words of mode62Between.
var mode62Gap = filtered(wordSet("that", "which", "had", "have", "has", "also", "then", "later",
	"on", "overnight", "late", "early", "reportedly", "allegedly"))

// mode62StrikeNouns are the nouns a craft's strike is told by: "drone
// attacks", "air strikes", "an airstrike".
var mode62StrikeNouns = filtered(wordSet("strike", "strikes", "attack", "attacks", "raid", "raids", "airstrike", "airstrikes"))

// mode62Craft are aircraft the weapon rows name only in the plural: "an
// army helicopter torched the market".
var mode62Craft = filtered(wordSet("helicopter", "jet", "plane", "planes", "bomber", "bombers"))

// mode62MainVerb reports whether token k is the verb of a main clause: a
// finite verb, or a past form the tagger read as a participle ("drones
// hit the field", hit/VBN) right after a noun.
func mode62MainVerb(st *sent, k int) bool {
	t := st.toks[k].tag
	return finiteVerb(t) || t == "VBN" && k > 0 && strings.HasPrefix(st.toks[k-1].tag, "NN")
}
