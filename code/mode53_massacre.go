package code

import "github.com/truce-project/truce"

// A mass killing of unarmed people (issue 3, mode): "gunmen killed at
// least 130 villagers in a night raid", "fighters stormed the camp and
// killed more than 100 displaced people", "soldiers executed about 300
// men". When one attack by men on the ground kills scores of civilians,
// the annotators of every batch give the mode massacre (CAMEO 202, mass
// killings) beside or instead of the weapon; a bombing, a strike from the
// air or a shelling keeps its weapon, security forces shooting at people
// keep firearms (CAMEO 175), and a toll told with a noun ("the toll from
// the assault rose to 133", "the bodies found after an ambush") stays
// with the attack it counts. A clash ("herders and farmers fought") is a
// fight between two sides, not a massacre, whatever its toll.

// mode53MassToll is the least toll that makes a killing of civilians by
// gunmen or troops a massacre: scores of dead, not a shooting's dozen.
const mode53MassToll = 45

// mode53GroundModes are the modes of an attack on the ground that a mass
// toll turns into a massacre: a shooting, a beating or hacking, a raid
// with no weapon told.
var mode53GroundModes = map[string]bool{"": true, "-": true, "firearms": true, "beat": true, "targeted": true}

// mode53Massacres recodes the attacks of a sentence that killed scores of
// civilians on the ground as massacres.
func mode53Massacres(st *sent, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || cd.e.has(flagSym) || cd.e.pos != 'V' && !cd.killed && !mode53KillVerbIn(st) || ev.Type != truce.Assault || !mode53GroundModes[ev.Mode] || ev.Fatalities == nil || ev.Fatalities.Min < mode53MassToll {
			continue
		}
		if !mode53CivilianDead(ev.Target) || mode53ProtestFired(st, ev) {
			continue
		}
		ev.CAMEO, ev.Mode = "202", "massacre"
	}
}

// mode53CivilianDead reports whether the target is unarmed people only:
// civilians, refugees, worshippers, and no armed side or protest.
func mode53CivilianDead(tgt []truce.Actor) bool {
	civil := false
	for _, a := range tgt {
		switch a.Sector {
		case "CVL", "REF", "REL":
			civil = true
		default:
			return false
		}
	}
	return civil
}

// mode53ProtestFired reports whether the state's forces shot at people or
// met a crowd or a protest: "troops shot dead 58 people along the border
// fence", "police fired on crowds of mourners". That is force met with its
// weapon; soldiers who executed or slaughtered villagers still massacred
// them.
func mode53ProtestFired(st *sent, ev *truce.Event) bool {
	state := false
	for _, a := range ev.Source {
		if isState(a) && (a.Sector == "MIL" || a.Sector == "COP" || a.Sector == "GOV" || a.Sector == "SPY") {
			state = true
		}
	}
	if !state {
		return false
	}
	for _, w := range st.low {
		if mode53Slaughter.has(w) {
			return false
		}
	}
	if ev.Mode == "firearms" {
		return true
	}
	for _, w := range st.low {
		if marchWords.has(w) || crowdWords.has(w) || w == "rioting" || w == "riots" || w == "unrest" {
			return true
		}
	}
	return false
}

// mode53KillVerbIn reports whether the sentence tells the killing with a
// verb ("killed 132 villagers in a raid"), not only counts its dead.
func mode53KillVerbIn(st *sent) bool {
	for _, w := range st.low {
		if killVerbs.has(w) || w == "executed" || w == "killing" {
			return true
		}
	}
	return false
}

// mode53Slaughter are the verbs of killing people who cannot fight back.
var mode53Slaughter = filtered(wordSet("executed", "executing", "massacred", "massacring", "slaughtered", "slaughtering"))
