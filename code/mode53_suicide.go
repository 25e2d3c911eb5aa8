package code

import "github.com/truce-project/truce"

// A bombing the article elsewhere tells was a suicide attack is one
// (issue 3, mode): "two bombings killed 84 people at the ceremony … The
// group said two of its members had set off explosive belts among the
// crowd", "two explosions tore through crowds outside the airport … the
// group said one of its suicide bombers had carried out the attack", "a
// suicide bomber blew himself up at a procession … hours later a second
// bomber struck a mosque". Every batch of the gold codes each telling of
// such a bombing suicide-attack. A device left behind (a roadside bomb, a
// mine, a bomb planted or parked) is another attack, and keeps explosives.

// mode53SuicideWords follow "suicide" when it names the attack or the
// attacker: "suicide bomber", "suicide attack", "suicide vest".
var mode53SuicideWords = filtered(wordSet("bomber", "bombers", "bombing", "bombings", "attack", "attacks", "attacker",
	"attackers", "blast", "blasts", "vest", "vests", "belt", "belts", "car", "truck", "explosion", "explosions", "squad"))

// mode53BlastWords name a blast or its bomber, in the sentence of an
// attack that names no weapon: "a second bomber struck".
var mode53BlastWords = filtered(wordSet("bomber", "bombers", "bombing", "bombings", "blast", "blasts", "explosion",
	"explosions", "bomb", "bombs", "explosives"))

// mode53LeftDevice name a bomb left behind rather than carried.
var mode53LeftDevice = filtered(wordSet("roadside", "planted", "parked", "hidden", "mine", "mines", "landmine", "landmines",
	"ied", "ieds", "magnetic", "remotely", "timer", "booby-trapped", "unexploded", "drone", "drones", "missile", "missiles",
	"rocket", "rockets", "shell", "shells", "grenade", "grenades"))

// mode53SuicideBombings recodes the bombings of an article that tells a
// suicide attack as suicide attacks (CAMEO 1831).
func mode53SuicideBombings(d *doc) {
	if !mode53TellsSuicide(d) {
		return
	}
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || cd.st == nil {
			continue
		}
		switch ev.Mode {
		case "explosives":
		case "", "-":
			if !mode53Any(cd.st, mode53BlastWords) {
				continue
			}
		default:
			continue
		}
		if mode53Any(cd.st, mode53LeftDevice) {
			continue
		}
		ev.CAMEO, ev.Mode = "1831", "suicide-attack"
	}
}

// mode53TellsSuicide reports whether a sentence of the article tells a
// suicide attack: "a suicide bomber", "blew himself up", "set off
// explosive belts".
func mode53TellsSuicide(d *doc) bool {
	for _, st := range d.sents {
		for k, w := range st.low {
			next := ""
			if k+1 < len(st.low) {
				next = st.low[k+1]
			}
			switch w {
			case "suicide":
				if mode53SuicideWords.has(next) {
					return true
				}
			case "himself", "herself", "themselves":
				if next == "up" && k > 0 && st.low[k-1] == "blew" {
					return true
				}
			case "explosive", "explosives":
				if next == "belt" || next == "belts" || next == "vest" || next == "vests" {
					return true
				}
			}
		}
	}
	return false
}

// mode53Any reports whether a word of set stands in the sentence.
func mode53Any(st *sent, set wordFilter) bool {
	for _, w := range st.low {
		if set.has(w) {
			return true
		}
	}
	return false
}
