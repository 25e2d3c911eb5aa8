package code

// ACLED recodings between two real labels (issue 3), read off the
// finished event: acled31Label is the last of acledReaders.

import "github.com/truce-project/truce"

// acled31Label recodes the labels the per-sentence rules confuse.
func acled31Label(cd *candidate) acledRecoding {
	if acled31PairFight(cd) {
		return recordedAs(acledBattles, subClash)
	}
	if acled31TroopsHeld(cd) {
		return recordedAs(acledStrategic, subArrests)
	}
	if acled31BomberBlast(cd) {
		return recordedAs(acledRemote, subSuicide)
	}
	return keepACLED
}

// acled31PairFight: fighting told as two-sided between two named parties
// ("a gunfight between two families", "clashes between herders and
// fishermen", "fighting broke out between rival gangs", "herders and
// farmers fought with rifles", "members of two clans fought with machine
// guns", "gunmen from both sides traded fire") is an armed clash, though
// both parties are civilians: ACLED counts communal and criminal groups
// that fight each other as armed groups. The per-sentence rules make it
// mob violence (a crowd's) or an attack (civilian dead). A crowd, a
// protest or rioters in the sentence leave it to the riot rules, and
// unnamed sides ("the clashes that followed", "young men clashed") or
// whole populations ("residents of two villages") keep the label.
func acled31PairFight(cd *candidate) bool {
	ev := &cd.ev
	if cd.i < 0 || ev.Type != truce.Assault || ev.Mode == "sexual" {
		return false
	}
	if !(ev.ACLEDType == acledRiots && ev.ACLEDSubtype == subMob || ev.ACLEDType == acledCivilians && ev.ACLEDSubtype == subAttack) {
		return false
	}
	st := cd.st
	noun, verb := false, false
	for k := cd.i; k < cd.j; k++ {
		w := st.low[k]
		switch {
		case fightNouns.has(w) || w == "fight" || w == "fights":
			noun = true
		case twoSidedVerbs.has(w):
			verb = true
		case (w == "traded" || w == "exchanged") && k+1 < len(st.low) && acled31FireWords.has(st.low[k+1]):
			verb = true
		}
	}
	if !noun && !verb {
		return false
	}
	if st.hasAny(&streetCrowd) || st.hasAny(&marchWords) || st.hasAny(&rioterWords) || st.hasAny(&acled31Populations) {
		return false
	}
	if noun && acled31BetweenPair(st, cd.j) {
		return true
	}
	return verb && acled31PairSubject(st, cd.i)
}

// acled31Populations name whole populations as the sides ("residents of
// two villages fought", "clashes between the two communities"): their
// fighting is a mob's, as the gold gives it.
var acled31Populations = filtered(wordSet("residents", "villages", "community", "communities", "neighbourhoods", "neighborhoods"))

// acled31FireWords are what two sides trade in a gunfight.
var acled31FireWords = filtered(wordSet("fire", "gunfire", "shots"))

// acled31PairWords tell two parties in one phrase: "rival gangs", "two
// families", "both sides".
var acled31PairWords = filtered(wordSet("rival", "two", "both"))

// acled31BetweenPair reports whether "between" follows the fight noun
// ending at j (across "broke out", "erupted") and names two parties: "X
// and Y", or "rival"/"two" before one plural noun.
func acled31BetweenPair(st *sent, j int) bool {
	b := -1
	for k := j; k < len(st.low) && k < j+4 && st.clause[k] == st.clause[j-1]; k++ {
		if st.low[k] == "between" {
			b = k
			break
		}
	}
	if b < 0 {
		return false
	}
	for k := b + 1; k < len(st.low) && k < b+9; k++ {
		w := st.low[k]
		if w == "and" || acled31PairWords.has(w) {
			return true
		}
		if w == "," || w == ";" || w == "in" || w == "at" || w == "near" || w == "on" {
			return false
		}
	}
	return false
}

// acled31PairSubject reports whether the words just before the fight
// verb at i, in its clause, name two parties: "herders and farmers
// fought", "members of two clans fought", "armed men from both sides
// traded fire".
func acled31PairSubject(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7 && st.clause[k] == st.clause[i]; k-- {
		w := st.low[k]
		switch {
		case w == "and" || acled31PairWords.has(w):
			return true
		case w == "," || w == "when" || w == "after" || w == "as" || w == "that" || w == "because":
			return false
		}
	}
	return false
}

// acled31TroopsHeld: people the army, not the police, detained are
// arrests, though the sentence or the story tells of a protest ("the army
// said it had detained nine people", "the National Guard detained an
// organiser of the rallies"): the per-sentence rules make any detention
// near a protest that protest's intervention, but the gold gives detentions
// by soldiers alone ACLED's Arrests in every case.
func acled31TroopsHeld(cd *candidate) bool {
	ev := &cd.ev
	if ev.Mode != "arrest" || ev.ACLEDType != acledProtests || ev.ACLEDSubtype != subIntervened {
		return false
	}
	return hasSector(ev.Source, "MIL") && !hasSector(ev.Source, "COP")
}

// acled31BomberBlast: an explosion the event's mode gives to a bomber
// ("a second blast at the shrine", told after a bomber's first; "a second
// bomber struck a mosque") is a suicide bombing, though the blast's own
// words read as a planted bomb or a strike: the mode was read off the
// whole story, the label off the trigger alone.
func acled31BomberBlast(cd *candidate) bool {
	ev := &cd.ev
	return ev.Mode == "suicide-attack" && ev.ACLEDType == acledRemote && ev.ACLEDSubtype != subSuicide
}

// acled31BlastWeapon: a blast that names no device of its own ("a second
// blast near the market injured several more", "two explosions tore
// through the rally") was set off by the grenades the story names beside
// it: earlier in its sentence, or in the sentence just before or after
// ("… said grenades had been thrown by the attackers"). The per-sentence
// rules give a bare blast a planted bomb's label. It runs over the
// document, after acledReaders.
func acled31BlastWeapon(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.i < 0 || cd.ev.ACLEDType != acledRemote || cd.ev.ACLEDSubtype != subIED {
			continue
		}
		bare := false
		for k := cd.i; k < cd.j; k++ {
			bare = bare || acled31BareBlasts.has(cd.st.low[k])
		}
		if !bare || cd.st.hasAny(&acled31OwnDevices) {
			continue
		}
		if acled31GrenadesIn(cd.st, cd.i) || acled31GrenadesNear(d, cd.st) {
			cd.ev.ACLEDSubtype = subGrenade
		}
	}
}

// acled31BareBlasts name an explosion without its device.
var acled31BareBlasts = filtered(wordSet("blast", "blasts", "explosion", "explosions"))

// acled31OwnDevices name a device other than a grenade that a blast may
// be of.
var acled31OwnDevices = filtered(wordSet("bomb", "bombs", "bomber", "bombers", "mine", "mines", "landmine", "landmines", "ied", "ieds",
	"device", "devices", "explosives", "car-bomb", "rocket", "rockets", "missile", "missiles", "shell", "shells", "drone", "drones",
	"mortar", "mortars", "strike", "strikes", "airstrike", "airstrikes"))

// acled31GrenadesIn reports whether a grenade is named in st before token end.
func acled31GrenadesIn(st *sent, end int) bool {
	for k := 0; k < end && k < len(st.low); k++ {
		if w := st.low[k]; w == "grenade" || w == "grenades" {
			return true
		}
	}
	return false
}

// acled31GrenadesNear reports whether the sentence just before or just
// after st names grenades and no other device.
func acled31GrenadesNear(d *doc, st *sent) bool {
	for _, o := range d.sents {
		if n := o.s.Index - st.s.Index; n != -1 && n != 1 {
			continue
		}
		if acled31GrenadesIn(o, len(o.low)) && !o.hasAny(&acled31OwnDevices) {
			return true
		}
	}
	return false
}
