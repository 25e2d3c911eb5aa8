package code

// ACLED rules for the means of violence and for taking people: explosives,
// air and drone strikes, abductions and arrests.

import "strings"

// explosive refines remote violence from the device: a vest or belt worn
// in the bomb's clause is a suicide bomb, a grenade fired from a launcher
// ("fired rocket-propelled grenades at the base") is a shell (an air strike after "a suicide
// bombing sparked …" stays one), a munition dropped from a drone an air strike, and
// destruction done with explosives a remote explosive.
func explosive(x *acx) bool {
	st := x.st
	switch {
	case (x.is(acledRemote, subIED) || x.is(acledRemote, subGrenade)) && x.clauseHas(&suicideWords):
		return x.set(acledRemote, subSuicide)
	case x.is(acledRemote, subGrenade) && x.clauseHas(&launchedGrenades):
		return x.set(acledRemote, subShelling)
	case x.is(acledRemote, subGrenade) || x.is(acledRemote, subIED):
		if st.hasAny(&droneWords) {
			return x.set(acledRemote, subAirDrone)
		}
	case x.is(acledStrategic, subLooting) && x.e.mode == "destroy":
		if st.hasAny(&explosiveWords) {
			return x.set(acledRemote, subIED)
		}
	}
	return false
}

// burnedFromAir: a fire set by drones or an air strike is the strike's,
// not a crowd's arson nor a looter's: "drone attacks that set ablaze two
// oil depots", "an airstrike set fire to the market".
func burnedFromAir(x *acx) bool {
	if x.e.mode != "destroy" || !(x.is(acledRiots, subMob) || x.is(acledStrategic, subLooting)) || !x.airInClause() {
		return false
	}
	return x.set(acledRemote, subAirDrone)
}

// airInClause reports whether the trigger's clause, or the few words just
// before the trigger ("drone attacks that set ablaze"), names a strike
// from the air or drones.
func (x *acx) airInClause() bool {
	for k, w := range x.st.low {
		if x.i >= 0 && x.st.clause[k] != x.st.clause[x.i] && (k >= x.i || k < x.i-4) {
			continue
		}
		if droneWords.has(w) || airStrikeAt(x.st, k) {
			return true
		}
	}
	return false
}

// fromTheAir: killing done by an air or drone strike is an air strike,
// whoever it hits ("was killed in a drone strike on his convoy", "hit back
// with air strikes"). The strike must be told in the trigger's clause, or,
// for a killing that names no weapon, anywhere in the sentence: shells
// fired in one clause stay shelling beside jets in the next, and so do
// shells named before the strike from the air.
func fromTheAir(x *acx) bool {
	shelling := x.is(acledRemote, subShelling)
	if !shelling && !x.is(acledCivilians, subAttack) && !x.is(acledBattles, subClash) {
		return false
	}
	for k := 0; k < len(x.st.low); k++ {
		if !airStrikeAt(x.st, k) {
			continue
		}
		if shelling && (x.i < 0 || k >= x.j) {
			// The weapon named first decides: "artillery and drone
			// strikes" is shelling, "air and artillery strikes" is not.
			return false
		}
		if x.i < 0 || x.st.clause[k] == x.st.clause[x.i] || x.ev.Mode == "" {
			return x.set(acledRemote, subAirDrone)
		}
	}
	return false
}

// aircraftTargeted: fire aimed at an aircraft, named as the object of the
// trigger, is ground fire, not a strike from the air: "rebels shot down an
// army helicopter", "gunmen fired on a transport plane as it took off"
// and "fired on civilian and military planes" are fights; drones brought
// down are weapons use disrupted ("air defences downed two drones over
// the city"), as are missiles.
func aircraftTargeted(x *acx) bool {
	if x.i < 0 || !(x.is(acledBattles, subClash) || x.is(acledCivilians, subAttack) || x.is(acledRemote, subAirDrone)) {
		return false
	}
	st := x.st
	for k := x.i + 1; k < len(st.low) && k < x.j+5; k++ {
		w := st.low[k]
		switch {
		case targetAircraft.has(w):
			if !firedAt(st, x.i, k) {
				return false
			}
			if droneWords.has(w) {
				return x.set(acledStrategic, subDisrupted)
			}
			return x.set(acledBattles, subClash)
		case k >= x.j && !(determiners.has(w) || w == "and" || st.toks[k].tag == "CD" || strings.HasPrefix(st.toks[k].tag, "JJ") ||
			strings.HasPrefix(st.toks[k].tag, "NN") || st.toks[k].tag == "HYPH"):
			return false
		}
	}
	return false
}

// firedAt reports whether the trigger at token i aims fire at what comes
// after it, up to token k: "fired on", "shot down", "downed", "targeted".
func firedAt(st *sent, i, k int) bool {
	for n := i; n < k; n++ {
		switch st.low[n] {
		case "down", "downed", "downing", "on", "at", "targeted", "targeting", "intercepted":
			return true
		}
	}
	return false
}

// targetAircraft name aircraft that ground fire brings down.
var targetAircraft = filtered(wordSet("helicopter", "helicopters", "gunship", "gunships", "jet", "jets", "warplane", "warplanes",
	"aircraft", "plane", "planes", "bomber", "bombers", "drone", "drones"))

// byAircraft: violence whose doer, named just before the verb, is an
// aircraft comes from the air, whatever the verb ("helicopter gunships
// fired on rebel positions", "drones attacked a depot"); an aircraft named
// elsewhere ("troops backed by jets clashed with rebels") leaves a fight a
// fight. Guns named first beside drones decide, as in fromTheAir:
// "artillery and drones pounded the town" is shelling.
func byAircraft(x *acx) bool {
	if x.i < 0 || !(x.is(acledBattles, subClash) || x.is(acledCivilians, subAttack) || x.is(acledRemote, subShelling)) {
		return false
	}
	for k := x.i - 1; k >= 0 && k >= x.i-2 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		if aircraftWords.has(x.st.low[k]) {
			if x.gunsFirst(k) {
				return x.set(acledRemote, subShelling)
			}
			return x.set(acledRemote, subAirDrone)
		}
	}
	return false
}

// aircraftWords name aircraft that strike.
var aircraftWords = filtered(wordSet("helicopter", "helicopters", "gunship", "gunships", "jet", "jets", "warplane", "warplanes",
	"aircraft", "bomber", "bombers", "drone", "drones"))

// chemicalAgent: violence done with a poison gas or a chemical weapon is a
// chemical attack, whatever carried it ("shells filled with chlorine",
// "a sarin attack", "dropped toxic gas on the town"); tear gas is crowd
// control, not a chemical weapon.
func chemicalAgent(x *acx) bool {
	if !x.violent() || x.is(acledRemote, subChemical) {
		return false
	}
	st := x.st
	for k, w := range st.low {
		if x.i >= 0 && st.clause[k] != st.clause[x.i] {
			continue
		}
		next := ""
		if k+1 < len(st.low) {
			next = st.low[k+1]
		}
		switch {
		case chemicalAgents.has(w):
		case poisonGasWords.has(w) && (next == "gas" || next == "agent" || next == "agents"):
		case w == "chemical" && chemicalArms.has(next):
		case (w == "gas" || w == "smoke") && x.released(k):
		default:
			continue
		}
		return x.set(acledRemote, subChemical)
	}
	return false
}

// released reports whether the gas or smoke at token k is one a weapon
// let out ("bombs that released a yellowish gas") or that chokes
// ("shells giving off a choking smoke"), not tear gas or the smoke of a
// fire.
func (x *acx) released(k int) bool {
	if k > 0 && x.st.low[k-1] == "tear" {
		return false
	}
	for n := k - 1; n >= 0 && n >= k-5 && x.st.clause[n] == x.st.clause[k]; n-- {
		switch x.st.low[n] {
		case "choking", "suffocating", "noxious":
			return true
		case "released", "releasing", "emitted", "emitting":
			// The smoke of a fire is let out too; only a gas is a weapon's.
			return x.st.low[k] == "gas"
		}
	}
	return false
}

// Words that name chemical weapons: agents by name, a poison before "gas"
// or "agent", and "chemical" before a word for arms.
var (
	chemicalAgents = filtered(wordSet("chlorine", "sarin", "tabun", "soman", "chloropicrin", "phosgene"))
	poisonGasWords = filtered(wordSet("toxic", "poison", "poisonous", "mustard", "nerve", "chemical"))
	chemicalArms   = filtered(wordSet("weapon", "weapons", "munition", "munitions", "attack", "attacks", "shells", "bombs", "agent", "agents"))
)

// stateStrike: a strike a state carries out with no weapon named comes
// from the air ("an Israeli strike killed a commander", "the coalition
// launched a wave of strikes on the port"): states strike from jets and
// drones, and name their guns when they shell. Strikes by armed groups,
// and strikes whose clause names shells, rockets or missiles, stay
// shelling.
func stateStrike(x *acx) bool {
	if !x.is(acledRemote, subShelling) || x.ev.Mode != "" || x.i < 0 || len(x.ev.Source) == 0 {
		return false
	}
	if w := x.st.low[x.i]; w != "strike" && w != "strikes" {
		return false
	}
	src := x.ev.Source[0]
	if !isState(src) || src.Sector != "" && src.Sector != "MIL" && src.Sector != "GOV" || x.clauseHas(&groundFireWords) {
		return false
	}
	return x.set(acledRemote, subAirDrone)
}

// missileWords are the words missilesAndDrones asks the clause for.
var missileWords = filtered(wordSet("missile", "missiles"))

// missilesAndDrones: a barrage of missiles and drones together is an air
// attack ("missiles and drones hit a village", "Russian missiles and
// Shahed drones rained down on the city"); with guns named beside them
// ("missile, drone and artillery exchanges") it stays shelling.
func missilesAndDrones(x *acx) bool {
	if !x.is(acledRemote, subShelling) || !x.clauseHas(&droneWords) || !x.clauseHas(&missileWords) {
		return false
	}
	if x.clauseHas(&gunWords) {
		return false
	}
	return x.set(acledRemote, subAirDrone)
}

// gunWords name guns that shell from the ground.
var gunWords = filtered(wordSet("artillery", "shell", "shells", "shelling", "mortar", "mortars", "howitzer", "howitzers", "rocket", "rockets", "tank", "tanks"))

// groundFireWords name weapons fired from the ground.
var groundFireWords = filtered(wordSet("artillery", "shell", "shells", "shelling", "rocket", "rockets", "missile", "missiles",
	"mortar", "mortars", "howitzer", "howitzers", "tank", "tanks"))

// airStrikeAt reports whether token k names a strike from the air:
// "airstrikes", "a drone strike", "air and artillery strikes".
func airStrikeAt(st *sent, k int) bool {
	w := st.low[k]
	if airStrikeWords.has(w) {
		return true
	}
	if w != "air" && w != "drone" && w != "aerial" {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		switch st.low[n] {
		case "strike", "strikes", "raid", "raids", "attack", "attacks", "bombardment", "bombing":
			return true
		}
	}
	return false
}

// airStrikeWords are single words for strikes from the air.
var airStrikeWords = filtered(wordSet("airstrike", "airstrikes", "air-strike", "air-strikes", "warplanes", "warplane"))

// Word sets the rules look for.
var (
	droneWords     = filtered(wordSet("drone", "drones"))
	explosiveWords = filtered(wordSet("explosives", "bomb", "bombs", "ied", "ieds", "mine", "mines", "landmine", "landmines"))
	detainedWords  = filtered(wordSet("detained", "arrested"))
	exhumeWords    = filtered(wordSet("exhumed", "exhume", "exhuming", "exhumation"))
	baseWords      = filtered(wordSet("base", "bases", "airbase", "airbases", "camp", "barracks", "garrison", "headquarters", "outpost"))
	underDeal      = filtered(wordSet("deal", "agreement"))
)

// launchedGrenades name grenades fired from a launcher, not thrown.
var launchedGrenades = filtered(wordSet("rocket-propelled", "rpg", "rpgs", "launcher", "launchers"))

// suicideWords tell of a bomber who died with the bomb: "detonated
// explosive belts", "blew himself up".
var suicideWords = filtered(wordSet("vest", "vests", "belt", "belts", "himself", "herself", "themselves", "suicide"))

// disappearance: people detained and taken to no known place are made to
// disappear, whoever they are ("drove the activist to an unknown
// location").
func disappearance(x *acx) bool {
	if x.is(acledStrategic, subArrests) && disappeared(x.st) {
		return x.set(acledCivilians, subAbduction)
	}
	return false
}

// detention: a police raid that detains someone is an arrest ("detained
// the mayor in a dawn raid", "raided his home and detained him").
func detention(x *acx) bool {
	st := x.st
	switch {
	case (x.is(acledBattles, subClash) || x.is(acledCivilians, subAttack)) && x.ev.Mode == "" &&
		hasSector(x.ev.Source, "COP") && !hasArmed(x.ev.Target) && st.hasAny(&detainedWords):
		return x.set(acledStrategic, subArrests)
	}
	return false
}

// vesselHeld: a ship detained or impounded is seized, not arrested
// ("coastguards detained a fishing vessel").
func vesselHeld(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || x.i < 0 || x.j < 1 || !x.objectIs(x.j, &vesselWords) {
		return false
	}
	return x.set("", "")
}

// suspectsHeld: the arrest of suspects in a crime is police work ACLED
// does not record ("two suspects were arrested", "a man was detained at
// the scene", "six men were arrested over the murder"), and so is the
// round-up of migrants for lacking papers ("police rounded up hundreds of
// undocumented migrants ahead of deportation flights"); the arrest of an
// opponent, a journalist or a suspected militant is political and keeps
// its label. Students or clerics held over a killing are suspects too; an
// opponent held over one is still a political figure. Suspects held in a
// sentence that tells of a bombing or of gunmen's attack are held in the
// conflict ("a grenade hit the rally and police arrested nine suspects").
func suspectsHeld(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || hasArmed(x.ev.Target) {
		return false
	}
	if x.overCrime() && !hasAnySector(x.ev.Target, figureSector.m) {
		return x.set("", "")
	}
	if hasAnySector(x.ev.Target, politicalSector.m) {
		return false
	}
	st := x.st
	if st.hasAny(&migrationWords) || st.hasPhrase("without", "papers") {
		return x.set("", "")
	}
	for k, w := range st.low {
		if x.i >= 0 && st.clause[k] != st.clause[x.i] {
			continue
		}
		switch {
		case (w == "suspect" || w == "suspects") && !st.hasAny(&politicalViolence):
			return x.set("", "")
		case w == "scene" && k >= 2 && st.low[k-1] == "the" && st.low[k-2] == "at":
			return x.set("", "")
		}
	}
	return false
}

// politicalViolence are words for the armed attacks of a conflict, not of
// ordinary crime: who carries them out and with what.
var politicalViolence = filtered(wordSet("gunmen", "militants", "insurgents", "jihadists", "rebels", "militiamen", "bomb", "bombs",
	"bombing", "grenade", "grenades", "explosives", "explosion", "blast", "bomber", "ied", "ieds"))

// overCrime reports whether the trigger's clause tells of an arrest "over"
// or "for" a crime, or of people "suspected of" one: "were arrested over
// the killing", "held for stealing cattle", "detained for allegedly
// robbing a bank", "arrested two men suspected of burgling a shop". A
// drug raid is police work too.
func (x *acx) overCrime() bool {
	st := x.st
	for k, w := range st.low {
		if x.i >= 0 && st.clause[k] != st.clause[x.i] || !crimeWords.has(w) {
			continue
		}
		if k+1 < len(st.low) && crimeOpWords.has(st.low[k+1]) {
			// "in a drug raid", "a smuggling bust"
			return true
		}
		n := k - 1
		for n >= 0 && n >= k-2 && (st.low[n] == "the" || st.low[n] == "allegedly" || st.low[n] == "a") {
			n--
		}
		if n >= 0 && n < k && (st.low[n] == "over" || st.low[n] == "for") {
			return true
		}
		if n >= 1 && n < k && st.low[n] == "of" && (st.low[n-1] == "suspected" || st.low[n-1] == "accused") {
			return true
		}
	}
	return false
}

// politicalSector are the sectors whose arrest is political.
var politicalSector = filtered(wordSet("OPP", "PRO", "MED", "LEG", "JUD", "GOV", "REL", "EDU"))

// figureSector are the sectors of public figures, whose arrest is
// political whatever the charge.
var figureSector = filtered(wordSet("OPP", "PRO", "MED", "LEG", "JUD", "GOV"))

// crimeWords name a crime an arrest is "over" or "for".
var crimeWords = filtered(wordSet("killing", "killings", "murder", "murders", "lynching", "stabbing", "robbery", "theft",
	"stealing", "robbing", "murdering", "smuggling", "burglary", "fraud", "burgling", "burglaries", "robberies",
	"thefts", "rape", "raping", "trafficking", "drug", "drugs", "narcotics", "poaching", "extortion", "carjacking"))

// crimeOpWords, after a crime, name the police operation against it.
var crimeOpWords = filtered(wordSet("raid", "raids", "bust", "busts", "sweep", "crackdown", "operation", "ring", "gang", "gangs"))

// migrationWords tell that the people held are migrants held for their
// papers, not for politics.
var migrationWords = filtered(wordSet("undocumented", "deportation", "deportations", "deported", "migrants", "immigrants", "immigration"))

// vesselWords name ships.
var vesselWords = filtered(wordSet("ship", "ships", "vessel", "vessels", "tanker", "tankers", "supertanker", "boat", "boats", "trawler", "freighter"))

// disappeared reports whether the sentence tells that no one knows where
// the person taken is.
func disappeared(st *sent) bool {
	for k, w := range st.low {
		switch w {
		case "whereabouts", "disappearance", "disappeared", "vanished":
			return true
		case "unknown":
			if k+1 < len(st.low) && (st.low[k+1] == "location" || st.low[k+1] == "destination") {
				return true
			}
		}
	}
	return false
}
