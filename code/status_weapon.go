package code

import "strings"

// weaponOf reads how a violent event was carried out from the words of its
// clause, when its trigger does not say ("Pakistani aircraft struck"), or
// says less than the weapon named ("an Israeli tank fired at the tower").
func (c *Coder) weaponOf(cd *candidate) (weapon, bool) {
	if !cd.e.has(flagViolent) {
		return weapon{}, false
	}
	own := cd.e.mode
	if own == "-" || own == "" {
		own = c.lex.cameo[cd.e.cameo].mode // "wearing an explosives vest": 1831
	}
	if own != "" && refines[own] == nil {
		return weapon{}, false
	}
	fits := func(w weapon) bool { return own == "" || refines[own][w.mode] }
	if own == "crowd-control" {
		// "fired tear gas and live rounds at the marchers": guns among the
		// means of crowd control name the means; the act is still force
		// used on a crowd (CAMEO 175), as the trigger codes it.
		w, ok := c.weaponIn(cd, fits)
		if ok {
			w.cameo, w.acledType, w.acledSub = cd.e.cameo, cd.e.acledType, cd.e.acledSub
		}
		return w, ok
	}
	return c.weaponIn(cd, fits)
}

// weaponIn finds the first weapon word in a violent event's clause, or
// among its attacker's words, that fits the mode its trigger sets.
func (c *Coder) weaponIn(cd *candidate, fits func(weapon) bool) (weapon, bool) {
	own := cd.e.mode
	if own == "-" || own == "" {
		own = c.lex.cameo[cd.e.cameo].mode
	}
	st := cd.st
	// A trigger that is itself a weapon word names the act's means
	// before any other weapon of its clause: the guns of "gunfire" before
	// the knives its victims carried.
	if w, ok := c.weaponAt(st, cd.i, cd.j, func(_ int, w weapon) bool { return fits(w) }); ok {
		return c.mode39BomberRefines(cd, w), true
	}
	lo, hi := cd.prev, cd.next
	if cd.j > hi {
		hi = cd.j
	}
	if w, ok := c.weaponAt(st, lo, hi, func(k int, w weapon) bool { return fits(w) && !firedOnPlatform(cd, k) }); ok {
		return w, true
	}
	// "Gunmen on motorbikes … killed 30 in a raid": the attacker's own
	// words, wherever they stand.
	for _, m := range cd.src {
		for k := m.i; k < m.j && k < len(st.low); k++ {
			if w, ok := c.lex.weapons[st.low[k]]; ok && fits(w) {
				return w, true
			}
		}
	}
	if own == "" && airStrike(cd) {
		return weapon{mode: "aerial", cameo: "195", acledType: "Explosions/Remote violence", acledSub: "Air/drone strike"}, true
	}
	if own == "" && (cd.e.has(flagKill) || killedIn(cd)) {
		return killerMeans(cd)
	}
	if own == "" && c.attackerTells(cd) {
		// The attacker tells the means of an attack told bare; what
		// kind of violence it was is left to the trigger and the ACLED
		// rules ("a crowd attacked marchers" is a riot, not a mob).
		w, ok := killerMeans(cd)
		w.cameo, w.acledType, w.acledSub = cd.e.cameo, cd.e.acledType, cd.e.acledSub
		return w, ok
	}
	return weapon{}, false
}

// killedIn tells whether an attack noun is what a killing told before it
// in its clause was done in: "RSF fighters killed 200 people during an
// assault on villages" is a killing, and its killers tell the means.
func killedIn(cd *candidate) bool {
	st := cd.st
	if cd.e.pos != 'N' {
		return false
	}
	for k := cd.i - 1; k >= 0 && st.clause[k] == st.clause[cd.i]; k-- {
		if killVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}

// killVerbs are the active verbs of killing that an attack noun after them
// in the clause may frame ("killed 15 herders in a raid").
var killVerbs = filtered(map[string]bool{"killed": true, "massacred": true, "murdered": true, "slaughtered": true})

// airStrike tells whether a violent event is a bare "strike" carried out by
// a state's forces and naming no weapon: "Israeli strikes killed 13", "a
// coalition strike on a prison". A state's strike is one from the air, as
// the ACLED rule stateStrike reads it too; a rebel group's "strike on a
// base" says no more than attack.
func airStrike(cd *candidate) bool {
	if cd.e.pos != 'N' || cd.j-cd.i != 1 || !bareStrikes.has(cd.st.low[cd.i]) || len(cd.src) == 0 {
		return false
	}
	for _, m := range cd.src {
		a := m.actor
		if !isState(a) || !(a.Sector == "" || a.Sector == "MIL" || a.Sector == "GOV") {
			return false
		}
	}
	return true
}

// bareStrikes are the nouns of a strike without a weapon word.
var bareStrikes = filtered(map[string]bool{"strike": true, "strikes": true})

// weaponAt finds the weapon words among tokens lo..hi that fit; of several,
// the one that outranks the others, else the first: "killed 14 with
// machetes and guns" is gunfire, "helicopters dropped bombs filled with
// chlorine" a chemical attack.
func (c *Coder) weaponAt(st *sent, lo, hi int, fits func(int, weapon) bool) (weapon, bool) {
	var best weapon
	found := false
	for k := lo; k < hi && k < len(st.low); k++ {
		at := k
		w, ok := weapon{}, false
		if k+1 < len(st.low) {
			// A pair is read whole: the "gas" of "tear gas canisters"
			// is no poison gas.
			if w, ok = c.lex.weapons[st.low[k]+" "+st.low[k+1]]; ok {
				k++
			}
		}
		if !ok {
			w, ok = c.lex.weapons[st.low[k]]
		}
		if ok && fits(at, w) && (!found || weaponRank[w.mode] > weaponRank[best.mode]) {
			best, found = w, true
		}
	}
	return best, found
}

// firedOnPlatform tells whether the weapon word at k is a craft the attack
// was aimed at, the head of its trigger's object: "fired on the last
// transport aircraft" is gunfire at a plane, not an air strike; "fired on
// the village from helicopters" still names the helicopters as the means.
func firedOnPlatform(cd *candidate, k int) bool {
	st := cd.st
	if k < cd.j || !platforms.has(st.low[k]) {
		return false
	}
	for n := cd.j; n < k; n++ {
		t := st.toks[n]
		if !(determiners.has(t.low) || t.tag == "CD" || strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN")) {
			return false
		}
	}
	return true
}

// platforms are the weapon words that name a craft, which an attack may
// strike as well as be carried out from.
var platforms = filtered(map[string]bool{
	"aircraft": true, "jets": true, "warplanes": true, "warplane": true, "planes": true,
	"helicopters": true, "gunship": true, "gunships": true, "tank": true, "tanks": true,
})

// weaponRank orders the means named together in one clause: guns kill
// where blades also cut ("armed with knives and guns"), and a poison
// outranks the aircraft or bomb that carried it. Modes left out rank
// alike, and the first named of them wins.
var weaponRank = map[string]int{"beat": -1, "unconventional": 1}

// killerMeans reads how people were killed, when no weapon is named, from
// who killed them: a crowd kills with its hands and what it finds
// ("villagers dragged two men from their homes and killed them", beat, a
// mob's violence); soldiers, police, rebels and gangs kill with guns
// ("police killed 17 people during the protests", firearms).
func killerMeans(cd *candidate) (weapon, bool) {
	if len(cd.src) == 0 {
		return weapon{}, false
	}
	civil, armedBy := true, false
	for _, m := range cd.src {
		a := m.actor
		switch {
		case mobSectors.has(a.Sector) || a.Sector == "" && crowdWords.has(strings.ToLower(lastWord(a.Text))):
		case armedSector.has(a.Sector) || isArmedGroup(a):
			civil, armedBy = false, true
		default:
			civil = false
		}
	}
	switch {
	case civil && !cd.st.hasAny(&organisedCivilians):
		return weapon{mode: "beat", cameo: cd.e.cameo, acledType: acledRiots, acledSub: subMob}, true
	case armedBy:
		return weapon{mode: "firearms", cameo: cd.e.cameo, acledType: cd.e.acledType, acledSub: cd.e.acledSub}, true
	}
	return weapon{}, false
}

// mobSectors are the sectors of people who, killing together, are a mob:
// villagers, students, worshippers, traders.
var mobSectors = filtered(map[string]bool{"CVL": true, "EDU": true, "REL": true, "BUS": true, "LAB": true})

// refines lists, for the mode a trigger sets itself, the weapon modes that
// say more about the same act: "an Israeli tank fired at the tower" is
// tank fire, not small arms; "a bomb hidden in a suicide vest" a suicide
// attack; "tear gas and live rounds" gunfire on a crowd. Other trigger
// modes ("abduct", "sexual") are never overridden.
var refines = map[string]map[string]bool{
	"firearms":      {"heavy-weapons": true, "aerial": true, "drone": true},
	"explosives":    {"suicide-attack": true, "unconventional": true},
	"crowd-control": {"firearms": true},
	// "helicopters dropped a barrel bomb filled with toxic gas", "shells
	// loaded with chlorine": a poison outranks what carried it.
	"aerial":        {"unconventional": true},
	"heavy-weapons": {"unconventional": true},
}

// complementOf reads what a request, rejection or threat is about from the
// words after its trigger in its clause, passing over the words of actors'
// names: "urged the Rapid Support Forces to halt the offensive" asks a halt,
// not support.
func (c *Coder) complementOf(cd *candidate) (complement, bool) {
	cs := c.lex.complements[c.lex.cameo[cd.e.cameo].plover]
	if len(cs) == 0 {
		return complement{}, false
	}
	st := cd.st
	ix := c.lex.complementIx[c.lex.cameo[cd.e.cameo].plover]
	var buf [32]int
	for k := cd.j; k < len(st.low) && k < cd.j+14 && st.clause[k] == st.clause[cd.i]; k++ {
		if inName(st, k) {
			continue
		}
		for _, p := range ix.candidates(st.low, k, buf[:0]) {
			if _, ok := matchFrom(st.low, k, cs[p].words); ok {
				return cs[p], true
			}
		}
	}
	if kind := c.lex.cameo[cd.e.cameo]; kind.plover == "REQUEST" && kind.mode == "" {
		return requestFallback(cd)
	}
	return complement{}, false
}

// inName tells whether token k is a capitalised word inside an actor's
// name ("Support" in "the Rapid Support Forces"); a lower-case actor noun
// ("appealed to donors") may still be what is asked.
func inName(st *sent, k int) bool {
	t := st.toks[k].text
	if t == "" || t == st.low[k] {
		return false
	}
	for _, m := range st.mentions {
		if k >= m.i && k < m.j && !m.place {
			return true
		}
	}
	return false
}
