package code

// The ground an attack hit: a post, a unit or a settlement that stands
// for the people who hold or live in it when the text names no one.

import (
	"strings"

	"github.com/truce-project/truce"
)

// groundHit gives an attack that needs a target and found none the
// people of what it hit, when its object is a post, a unit or a place
// whose sector the facilities list tells: "gunmen attacked a checkpoint
// near Kirkuk" hit Iraq's military, "fighters stormed the town of
// Geneina" its people. The country is the place's; with no place known
// the attack ("rebels ambushed a patrol") stands with no target. It
// reports whether the object is such ground. An attack by the place's
// own state forces is left alone: "troops raided a village" is as often
// a search as an attack, and the post they hit may be the rebels'.
func (b *building) groundHit() bool {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	if !e.has(flagViolent) || len(b.tgt) > 0 {
		return false
	}
	for _, a := range b.src {
		own := a.Country == "" || loc == nil || a.Country == loc.Country
		if own && (stateSides.has(a.Sector) || a.Sector == "" && a.Country != "") {
			return false
		}
	}
	sector := groundSector(st, cd, c.lex.facilities)
	// "a drone hit a minibus": the verb folded into the weapon noun
	// tells what was hit.
	if sector == "" && cd.struck != nil {
		sector = groundSector(st, cd.struck, c.lex.facilities)
	}
	switch sector {
	case "MIL", "REF", "CVL":
	case "EDU", "HLH":
		// A school or a clinic hit is its pupils, patients and staff:
		// civilians.
		sector = "CVL"
	default:
		return false
	}
	if loc == nil || loc.Country == "" {
		return true
	}
	if a, ok := c.actors.Lookup(loc.Country+sector, d.date); ok {
		b.tgt = []truce.Actor{a}
	}
	return true
}

// stateSides are the sectors of a state that may search or retake its
// own ground; a country with no sector is its state too.
var stateSides = filtered(map[string]bool{"MIL": true, "COP": true, "GOV": true, "SPY": true})

// groundUnits are the units of forces on the move that an attack hits:
// "ambushed a patrol".
var groundUnits = map[string]string{
	"patrol": "MIL", "patrols": "MIL", "garrison": "MIL", "garrisons": "MIL",
}

// groundSettlements are the places people live in, hit as such: "stormed
// the town of Djibo", "attacked a village".
var groundSettlements = filtered(wordSet("town", "towns", "village", "villages", "settlement", "settlements", "hamlet", "hamlets"))

// groundVehicles are the vehicles whose riders an attack on them hit:
// "a drone hit a minibus near Kherson". They stand for people only as
// what was hit, so they are no facilities: "lorries carrying aid crossed
// the border" names no one. A military vehicle is told by its modifier
// ("an army truck") and the facilities list.
var groundVehicles = filtered(wordSet("car", "cars", "bus", "buses", "minibus", "minibuses", "truck", "trucks", "lorry", "lorries", "van", "vans", "taxi", "taxis"))

// groundSector returns the sector of the head noun of the trigger's
// object, or "": the noun after the trigger, its article and modifiers
// ("a remote border post", "the town of").
func groundSector(st *sent, cd *candidate, facilities map[string]string) string {
	k := cd.j
	if k < len(st.low) && (st.low[k] == "on" || st.low[k] == "at" || st.low[k] == "into") {
		k++
	}
	head := -1
	for ; k < len(st.toks) && k < cd.j+6; k++ {
		tag := st.toks[k].tag
		if m := st.mentionAt(k); m != nil {
			if prec48DemonymCapitalHit(st, m, k) {
				return "CVL"
			}
			return ""
		}
		if strings.HasPrefix(tag, "NN") && tag != "NNP" && tag != "NNPS" {
			head = k
			continue
		}
		if head >= 0 || !(tag == "DT" || tag == "CD" || strings.HasPrefix(tag, "JJ") || tag == "VBN") {
			break
		}
	}
	if head < 0 {
		return ""
	}
	w := st.low[head]
	if head > 0 {
		if s, ok := facilities[st.low[head-1]+" "+w]; ok {
			return s
		}
	}
	if s, ok := groundUnits[w]; ok {
		return s
	}
	if groundSettlements.has(w) || groundVehicles.has(w) {
		return "CVL"
	}
	s, _ := st.facilitySector(w, head, facilities)
	return s
}

// weaponSubject reports whether the subject just before a violent verb,
// or before a participle phrase that describes it, is a weapon of war,
// which tells an attack though no one is named as its doer: "a bomb
// killed two soldiers", "a stray shell hit the school", "a bomb hidden
// in a car killed four". A quake, a storm or a price that "hit" is no
// weapon; nor is a tank or a gun, whose words name a fight, not a device
// that struck.
func (c *Coder) weaponSubject(st *sent, cd *candidate) bool {
	k := cd.i - 1
	for k >= 0 && (st.toks[k].tag == "RB" || st.low[k] == "had" || st.low[k] == "has" || st.low[k] == "have") {
		k--
	}
	if k < 0 {
		return false
	}
	if c.remoteWeaponAt(st, k) {
		return true
	}
	// "explosives planted on a motorbike killed three", "a bomb hidden in
	// a parked car wounded five": a participle phrase between the weapon
	// and the verb describes the weapon.
	for p := k; p > 0 && p > k-8; p-- {
		tag := st.toks[p].tag
		w := st.low[p]
		participle := tag == "VBN" || tag == "VBD" || tag == "JJ" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
		if participle && c.remoteWeaponAt(st, p-1) {
			return true
		}
		if !(tag == "IN" || tag == "TO" || tag == "VBN" || tag == "VBD" && p < k || tag == "DT" || tag == "CD" || tag == "PRP$" || strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN")) {
			return false
		}
	}
	return false
}

// remoteWeaponAt reports whether the word at k, alone or with the one
// before it, names a weapon of remote violence: "bomb", "mortar shell".
// A singular whose plural the lexicon lists is that weapon too: "a shell
// hit a village", "a rocket struck the port"; an aircraft is not.
func (c *Coder) remoteWeaponAt(st *sent, k int) bool {
	w, ok := c.lex.weapons[st.low[k]]
	if !ok && strings.HasPrefix(st.toks[k].tag, "NN") && !strings.HasSuffix(st.low[k], "s") {
		// ("A helicopter struck a power line" may be a crash: an
		// aircraft is a weapon only as the lexicon spells it.)
		if p, okp := c.lex.weapons[st.low[k]+"s"]; okp && p.mode != "aerial" {
			w, ok = p, true
		}
	}
	if k > 0 {
		if w2, ok2 := c.lex.weapons[st.low[k-1]+" "+st.low[k]]; ok2 {
			w, ok = w2, true
		}
	}
	return ok && w.acledType == "Explosions/Remote violence"
}

// impactVerbs tell a thing flying or driven into what it hit: "missiles
// slammed into a hospital", "a shell crashed into a school".
var impactVerbs = filtered(wordSet("slammed", "slams", "crashed", "crashes", "smashed", "smashes", "ploughed", "plowed"))

// throughVerbs tell a blast going through what it hit: "an explosion tore
// through a mosque", "a car bomb ripped through the market".
var throughVerbs = filtered(wordSet("tore", "tears", "ripped", "rips", "blasted", "blasts", "swept", "sweeps"))

// impactStrike returns the reading of "struck" for a verb of impact whose
// subject is a weapon ("two missiles slammed into a clinic"), which the
// lexicon reads as blame ("slammed the decision") or not at all, and the
// one word it spans; nil otherwise. A blast that "tore through" a
// place is read the same way.
func (c *Coder) impactStrike(st *sent, i int) (*entry, int) {
	if i+1 >= len(st.low) || !(impactVerbs.has(st.low[i]) && st.low[i+1] == "into" || throughVerbs.has(st.low[i]) && st.low[i+1] == "through") {
		return nil, 0
	}
	if !c.weaponSubject(st, &candidate{st: st, i: i, j: i + 1}) && !c.blastSubject(st, i) {
		return nil, 0
	}
	es, n := c.lex.match([]string{"struck"}, 0)
	for _, e := range es {
		if n == 1 && e.pos == 'V' && e.has(flagViolent) {
			return e, 1
		}
	}
	return nil, 0
}

// accidentSources are what blows up by accident: "a gas blast", "a boiler
// explosion" tear through a building with no one behind them.
var accidentSources = filtered(wordSet("gas", "boiler", "cylinder", "methane", "firework", "fireworks",
	"transformer", "fuel", "dust", "chemical", "industrial"))

// blastSubject reports whether the word right before the verb at i ends a
// violent noun trigger of the lexicon, the blast that "tore through" what
// it hit: "an explosion tore through a police station", "a bomb blast
// ripped through the bazaar".
func (c *Coder) blastSubject(st *sent, i int) bool {
	if !throughVerbs.has(st.low[i]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		es, n := c.lex.match(st.low, k)
		for _, e := range es {
			if k+n == i && e.pos == 'N' && e.has(flagViolent) {
				return k == 0 || !accidentSources.has(st.low[k-1])
			}
		}
	}
	return false
}
