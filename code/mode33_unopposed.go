package code

import "github.com/truce-project/truce"

// mode33ShotNotFired reports whether the firing verb at token i is the
// shot denied in "without a shot (being) fired", "without a single shot
// fired" or "without firing a shot": no fire is told, only that ground
// changed hands without it.
func mode33ShotNotFired(st *sent, i int) bool {
	switch st.low[i] {
	case "fired":
		// "without a (single) shot (being) fired"
		k := i - 1
		if k >= 0 && st.low[k] == "being" {
			k--
		}
		if k < 0 || st.low[k] != "shot" && st.low[k] != "shots" && st.low[k] != "bullet" {
			return false
		}
		k--
		if k >= 0 && st.low[k] == "single" {
			k--
		}
		if k >= 0 && (st.low[k] == "a" || st.low[k] == "any") {
			k--
		}
		return k >= 0 && st.low[k] == "without"
	case "firing":
		// "without firing a shot"
		return i > 0 && st.low[i-1] == "without"
	}
	return false
}

// mode33Unopposed recodes a move of forces into ground told as met by no
// fight as ground taken over without a battle (COERCE seize, CAMEO 192):
// "rebel fighters moved into the camp without firing a shot", "police
// marched into the compound unopposed", "the militia entered the empty
// barracks". Armed men "marching" in are read so too, not as a protest
// march. A move into ground the other side left is a seizure, not a
// deployment (MOBILIZE) nor an attack (see the snippets README, "taking a
// place by force").
func (c *Coder) mode33Unopposed(ev *truce.Event, st *sent, i, j int) {
	if ev.Type != truce.Mobilize && !(ev.Type == truce.Protest && mode33ArmedSource(ev.Source)) || i < 0 || j > len(st.low) || !mode33MoveVerb(st, i, j) {
		return
	}
	if !mode33NoFightAfter(st, j) && !mode33EmptyGround(st, j) {
		return
	}
	if !c.recode(ev, "192") {
		return
	}
	ev.Mode = "seize"
	ev.ACLEDType, ev.ACLEDSubtype = acledStrategic, subTransfer
}

// mode33ArmedSource reports whether src is not empty and all armed men:
// "federal troops marched into the town unopposed" is no protest march.
func mode33ArmedSource(src []truce.Actor) bool {
	for _, a := range src {
		if !armedSector.has(a.Sector) && !isArmedGroup(a) {
			return false
		}
	}
	return len(src) > 0
}

// mode33MoveVerbs are the verbs of forces going into a place.
var mode33MoveVerbs = filtered(wordSet("moved", "move", "moves", "moving", "entered", "enter", "enters", "entering",
	"marched", "march", "marches", "marching", "rolled", "walked", "swept", "drove", "advanced", "took", "take", "takes", "taking"))

// mode33MoveVerb reports whether the trigger [i, j) holds a verb of going
// into a place.
func mode33MoveVerb(st *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if mode33MoveVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}

// mode33NoFightAfter reports whether the clause from token k, before its
// next comma or clause, says no fight was met: "without a shot (being)
// fired", "without firing a shot", "without a fight", "without (meeting
// any) resistance", "unopposed".
func mode33NoFightAfter(st *sent, k int) bool {
	for m := k; m < len(st.low) && m < k+14; m++ {
		switch w := st.low[m]; w {
		case ",", ";", "after", "as", "while", "when", "but", "before":
			return false
		case "unopposed", "uncontested", "unchallenged":
			return true
		case "without":
			for n := m + 1; n < len(st.low) && n <= m+4; n++ {
				switch st.low[n] {
				case "shot", "shots", "fight", "fighting", "resistance", "opposition", "battle", "bloodshed", "firing", "clashes":
					return true
				}
			}
		}
	}
	return false
}

// mode33EmptyGround reports whether the ground gone into, right after the
// trigger, is told as left: "moved into the empty camp", "entered the
// abandoned base", "took up the vacated positions".
func mode33EmptyGround(st *sent, k int) bool {
	for m := k; m < len(st.low) && m < k+4; m++ {
		switch st.low[m] {
		case "empty", "abandoned", "deserted":
			return true
		case "the", "a", "an", "its", "their", "now", "newly", "hastily", "largely", "two", "three", "four", "five", "several":
		default:
			return false
		}
	}
	return false
}

// mode33SeizedFrom gives ground taken over without a battle (CAMEO 192)
// the side that had just left it as its target: "the army abandoned the
// district centre, and rebel fighters moved in without a shot being
// fired", "the militia handed the town back. Troops moved into the barracks
// unopposed." The withdrawal must be told earlier in the sentence or in the
// one before, by a side other than the takers.
func mode33SeizedFrom(d *doc, st *sent, cd *candidate) {
	ev := &cd.ev
	if ev.CAMEO != "192" || ev.Mode != "seize" || len(ev.Source) == 0 {
		return
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.st.s.Index < st.s.Index-1 {
			return
		}
		if p.folded || p.ev.Type != truce.Retreat || p.ev.Mode != "withdraw" || len(p.ev.Source) == 0 || sameSide(p.ev.Source, ev.Source) {
			continue
		}
		ev.Target = p.ev.Source[:1:1]
		ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, ev.Source, ev.Target, cd.i)
		return
	}
}
