package code

// Ground taken in a fight: an attack, not a seizure.

import "github.com/truce-project/truce"

// takenByForce recodes a seizure of ground the ACLED territory rule has
// labelled regained or overtaken as an attack (CAMEO 190): "rebels overran
// the garrison town", "troops retook the village after heavy fighting"
// win ground by force. Ground left or handed over without a fight
// (labelled a non-violent transfer), goods, weapons and people seized keep
// their own codes, and so do a ship seized ("seized a tanker") and ground
// taken over ("troops took over the abandoned posts"), which tells an
// occupation rather than a fight. Rules that ask whether an event took
// ground read the trigger's territory flag, which this leaves alone.
func (c *Coder) takenByForce(ev *truce.Event, e *entry, st *sent) {
	if !e.has(flagTerritory) || ev.Type != truce.Coerce || ev.Mode != "seize" || ev.ACLEDType != acledBattles ||
		ev.ACLEDSubtype != subRegains && ev.ACLEDSubtype != subOvertakes {
		return
	}
	x := &acx{ev: ev, e: e, st: st}
	x.i, x.j = triggerSpan(e, st)
	if x.i < 0 || x.takenOver() || x.objectIs(x.j, &vesselWords) || x.countedGoods() || !x.groundTaken() {
		return
	}
	c.recode(ev, "190")
}

// countedGoods reports whether the trigger's object opens with a number
// and names no ground: "seized 40 kilos of heroin", "seized three
// trawlers" count goods; "captured two villages" counts places.
func (x *acx) countedGoods() bool {
	k := x.j
	for k < len(x.st.low) && k < x.j+2 && hedgeWords.has(x.st.low[k]) {
		k++
	}
	if k >= len(x.st.low) || x.st.toks[k].tag != "CD" {
		return false
	}
	return !x.objectIs(k+1, &groundWords)
}

// hedgeWords come before a rough figure: "more than 40", "about 300".
var hedgeWords = filtered(wordSet("more", "than", "about", "over", "some", "nearly", "almost", "around"))

// groundTakenWords in a trigger tell by themselves that ground was won:
// "overran", "retook", "drove … out of", "the fall of". "Took control
// of" does not: its object decides ("of the town", not "of the state
// broadcaster").
var groundTakenWords = filtered(wordSet("overran", "overrun", "overrunning", "overruns", "retook", "retake", "retakes", "retaking",
	"retaken", "recaptured", "recapture", "recaptures", "recapturing", "regained", "reclaimed", "liberated",
	"liberation", "dislodged", "drove", "driven", "drive", "drives", "driving", "pushed", "back", "fall", "fell", "fallen",
	"wrested", "cleared"))

// groundTaken reports whether what the trigger took is ground: the
// trigger says so ("retook", "took the town"), or its
// object, or for a passive its subject, is a place or a word for one
// ("captured the army post", "seized Bunagana"). "Seized the newspaper",
// "captured two soldiers" take no ground.
func (x *acx) groundTaken() bool {
	st := x.st
	for k := x.i; k < x.j; k++ {
		if w := st.low[k]; groundTakenWords.has(w) || groundWords.has(w) && w != "control" {
			return true
		}
	}
	from, to := x.j, x.j+6
	if st.isPassive(x.i) {
		from, to = x.i-6, x.i
	}
	for k := max(from, 0); k < to && k < len(st.low); k++ {
		if st.clause[k] != st.clause[x.i] {
			continue
		}
		if groundWords.has(st.low[k]) || moreGroundWords.has(st.low[k]) || lex71StationAt(st.low, k) || st.isPlace(k) || st.appositivePlace(k) {
			return true
		}
	}
	return false
}

// moreGroundWords are places and positions fought over, beside the
// groundWords that can be handed over: "captured the hilltop outpost",
// "seized the bridge", "regained control of the presidential palace".
var moreGroundWords = filtered(wordSet("outpost", "outposts", "checkpoint", "checkpoints", "headquarters", "palace", "bridge",
	"bridges", "hill", "hills", "hilltop", "township", "townships", "capital", "crossing", "crossings", "stronghold",
	"strongholds", "encampment", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "suburb",
	"suburbs", "outskirts", "island", "valley", "highway", "junction", "oilfield", "oilfields", "mine", "mines",
	"garrison", "fort", "fortress", "compound", "ridge", "heights", "villages", "towns", "county"))

// takenOver reports whether the trigger is "take over" ("took over the
// abandoned posts", "took over the town"), which tells an occupation.
func (x *acx) takenOver() bool {
	for k := x.i; k < x.j; k++ {
		if x.st.low[k] == "over" {
			return true
		}
	}
	return false
}

// takenOverByState: state forces that take over ground ("the army took
// over the camp near Timbuktu", "border guards took over four abandoned
// villages") move into what was left or handed to them, a non-violent
// transfer of territory, unless the sentence tells of a fight or of an
// attack ("took over the town after heavy fighting").
func takenOverByState(x *acx) bool {
	if !x.e.has(flagTerritory) || x.i < 0 || !x.takenOver() || len(x.ev.Source) == 0 || !stateForce(x.ev.Source[0]) {
		return false
	}
	if x.st.hasAny(&fightWords) || x.st.hasAny(&battleWords) || x.st.hasAny(&takenWords) {
		return false
	}
	return x.set(acledStrategic, subTransfer)
}
