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
	lo, hi := cd.prev, cd.next
	if cd.j > hi {
		hi = cd.j
	}
	for k := lo; k < hi && k < len(st.low); k++ {
		if k+1 < len(st.low) {
			if w, ok := c.lex.weapons[st.low[k]+" "+st.low[k+1]]; ok && fits(w) {
				return w, true
			}
		}
		if w, ok := c.lex.weapons[st.low[k]]; ok && fits(w) {
			return w, true
		}
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
	if own == "" && cd.e.has(flagKill) {
		return killerMeans(cd)
	}
	return weapon{}, false
}

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
		case mobSectors[a.Sector] || a.Sector == "" && crowdWords[strings.ToLower(lastWord(a.Text))]:
		case armedSector[a.Sector] || isArmedGroup(a):
			civil, armedBy = false, true
		default:
			civil = false
		}
	}
	switch {
	case civil && !cd.st.hasAny(organisedCivilians):
		return weapon{mode: "beat", cameo: cd.e.cameo, acledType: acledRiots, acledSub: subMob}, true
	case armedBy:
		return weapon{mode: "firearms", cameo: cd.e.cameo, acledType: cd.e.acledType, acledSub: cd.e.acledSub}, true
	}
	return weapon{}, false
}

// mobSectors are the sectors of people who, killing together, are a mob:
// villagers, students, worshippers, traders.
var mobSectors = map[string]bool{"CVL": true, "EDU": true, "REL": true, "BUS": true, "LAB": true}

// refines lists, for the mode a trigger sets itself, the weapon modes that
// say more about the same act: "an Israeli tank fired at the tower" is
// tank fire, not small arms; "a bomb hidden in a suicide vest" a suicide
// attack; "tear gas and live rounds" gunfire on a crowd. Other trigger
// modes ("abduct", "sexual") are never overridden.
var refines = map[string]map[string]bool{
	"firearms":      {"heavy-weapons": true, "aerial": true, "drone": true},
	"explosives":    {"suicide-attack": true},
	"crowd-control": {"firearms": true},
}
