package code

// Whom a seizure of weapons is aimed at: "troops found and seized 150
// kilograms of explosives hidden in a farmhouse" takes them from the
// armed group the story is about, named in the sentence or the ones
// around it, not from no one.

import "github.com/truce-project/truce"

// holderSectors are the sectors of non-state armed actors whose weapons
// state forces seize: rebels, criminal gangs, militias.
var holderSectors = filtered(wordSet("REB", "CRM", "MLT"))

// seizerSectors are the sectors of the state forces and offices that
// seize weapons.
var seizerSectors = filtered(wordSet("MIL", "COP", "SPY", "GOV", ""))

// takeWords tell that weapons were taken or found, not stopped in flight
// ("downed two drones", whose target is who launched them) nor made
// safe ("defused a second bomb", taken from no one).
var takeWords = filtered(wordSet("seized", "seize", "seizes", "seizing", "confiscated", "confiscate", "confiscating",
	"recovered", "recover", "found", "discovered", "uncovered", "unearthed", "cache", "caches"))

// cacheWords name what is seized from an armed group: "150 kilograms of
// explosives", "rifles and ammunition", "a weapons cache".
var cacheWords = filtered(wordSet("weapons", "weapon", "arms", "explosives", "ammunition", "rifles", "rifle", "guns",
	"pistols", "grenades", "mortars", "launchers", "bombs", "devices", "detonators", "munitions", "rounds", "cache"))

// weaponsOwner returns the armed group whose weapons state forces seize,
// when the seizure names no one: the group named last before the trigger
// in its sentence ("police stopped the gang's minibus and seized rifles"),
// else in the two sentences before ("A car bomb … blamed the FARC
// dissidents. Hours later, soldiers seized 150 kilograms of
// explosives"), else the one named first in the sentence after ("Soldiers
// seized 300 explosive devices at a ranch. It blamed the cartel"), else,
// for bombs, mines or explosives, the seizing country's insurgents
// (unnamedInsurgents). It returns nil for any other event, or when none
// of these is found.
func (c *Coder) weaponsOwner(d *doc, cd *candidate) []*mention {
	st := cd.st
	if cd.e.cameo != "171" || cd.e.mode != "seize" || len(cd.src) == 0 {
		return nil
	}
	take, cache, defuse := false, false, false
	for k := cd.i; k < cd.j+6 && k < len(st.low); k++ {
		take = take || k < cd.j && takeWords.has(st.low[k])
		defuse = defuse || k < cd.j && defuseWords.has(st.low[k])
		cache = cache || cacheWords.has(st.low[k]) || defuse && bombWords.has(st.low[k])
	}
	if !take && !defuse || !cache || cd.tgt != nil && !(defuse && placedPeopleOnly(cd.tgt)) && !seizedFromNoOne(st, cd.src, cd.tgt) {
		return nil
	}
	// "troops", "police": a state's forces, named or not yet placed.
	for _, m := range cd.src {
		if !seizerSectors.has(m.actor.Sector) || m.actor.ID != "" && !isState(m.actor) {
			return nil
		}
	}
	// "suspected gang members": a group not yet placed in a country is
	// placed later, as any unnamed group is.
	armed := func(m *mention) bool {
		return !m.place && holderSectors.has(m.actor.Sector) && (m.actor.ID == "" || !isState(m.actor) || m.actor.ID == m.actor.Country+m.actor.Sector) &&
			!sharesMention([]*mention{m}, cd.src) && (!defuse || unnamedGroup(m.actor))
	}
	implied := func(a truce.Actor) []*mention {
		a.Text = ""
		return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
	}
	var found *mention
	for n := range st.mentions {
		if m := &st.mentions[n]; m.j <= cd.i && armed(m) {
			found = m
		}
	}
	// "defused a bomb near a market, a device the army blamed on the
	// Maute group": a bomb's planter may be named after it.
	for n := range st.mentions {
		if m := &st.mentions[n]; found == nil && defuse && m.i >= cd.j && armed(m) {
			found = m
		}
	}
	if found != nil {
		return []*mention{found}
	}
	ix := st.s.Index
	for back := 1; back <= 2; back++ {
		for _, x := range d.sents {
			if x.s.Index != ix-back {
				continue
			}
			for n := len(x.mentions) - 1; n >= 0; n-- {
				if m := &x.mentions[n]; armed(m) {
					return implied(m.actor)
				}
			}
		}
	}
	for _, x := range d.sents {
		if x.s.Index != ix+1 {
			continue
		}
		for n := range x.mentions {
			if m := &x.mentions[n]; armed(m) {
				return implied(m.actor)
			}
		}
	}
	// "Soldiers found homemade mines in a cave": no group named.
	return c.unnamedInsurgents(d, cd)
}
