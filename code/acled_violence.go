package code

// ACLED rules for the means of violence and for taking people: explosives,
// air and drone strikes, abductions and arrests.

// explosive refines remote violence from the device: a vest or belt worn
// in the bomb's clause is a suicide bomb (an air strike after "a suicide
// bombing sparked …" stays one), a munition dropped from a drone an air strike, and
// destruction done with explosives a remote explosive.
func explosive(x *acx) bool {
	st := x.st
	switch {
	case (x.is(acledRemote, subIED) || x.is(acledRemote, subGrenade)) && x.clauseHas(suicideWords):
		return x.set(acledRemote, subSuicide)
	case x.is(acledRemote, subGrenade) || x.is(acledRemote, subIED):
		if st.hasAny(droneWords) {
			return x.set(acledRemote, subAirDrone)
		}
	case x.is(acledStrategic, subLooting) && x.e.mode == "destroy":
		if st.hasAny(explosiveWords) {
			return x.set(acledRemote, subIED)
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
	if !isState(src) || src.Sector != "" && src.Sector != "MIL" && src.Sector != "GOV" || x.clauseHas(groundFireWords) {
		return false
	}
	return x.set(acledRemote, subAirDrone)
}

// missilesAndDrones: a barrage of missiles and drones together is an air
// attack ("missiles and drones hit a village", "Russian missiles and
// Shahed drones rained down on the city"); with guns named beside them
// ("missile, drone and artillery exchanges") it stays shelling.
func missilesAndDrones(x *acx) bool {
	if !x.is(acledRemote, subShelling) || !x.clauseHas(droneWords) || !x.clauseHas(wordSet("missile", "missiles")) {
		return false
	}
	if x.clauseHas(gunWords) {
		return false
	}
	return x.set(acledRemote, subAirDrone)
}

// gunWords name guns that shell from the ground.
var gunWords = wordSet("artillery", "shell", "shells", "shelling", "mortar", "mortars", "howitzer", "howitzers", "rocket", "rockets", "tank", "tanks")

// groundFireWords name weapons fired from the ground.
var groundFireWords = wordSet("artillery", "shell", "shells", "shelling", "rocket", "rockets", "missile", "missiles",
	"mortar", "mortars", "howitzer", "howitzers", "tank", "tanks")

// airStrikeAt reports whether token k names a strike from the air:
// "airstrikes", "a drone strike", "air and artillery strikes".
func airStrikeAt(st *sent, k int) bool {
	w := st.low[k]
	if airStrikeWords[w] {
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
var airStrikeWords = wordSet("airstrike", "airstrikes", "air-strike", "air-strikes", "warplanes", "warplane")

// Word sets the rules look for.
var (
	droneWords     = wordSet("drone", "drones")
	explosiveWords = wordSet("explosives", "bomb", "bombs", "ied", "ieds", "mine", "mines", "landmine", "landmines")
	detainedWords  = wordSet("detained", "arrested")
	exhumeWords    = wordSet("exhumed", "exhume", "exhuming", "exhumation")
	baseWords      = wordSet("base", "bases", "camp", "barracks", "garrison", "headquarters", "outpost")
	underDeal      = wordSet("deal", "agreement")
)

// suicideWords tell of a bomber who died with the bomb: "detonated
// explosive belts", "blew himself up".
var suicideWords = wordSet("vest", "vests", "belt", "belts", "himself", "herself", "themselves", "suicide")

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
		hasSector(x.ev.Source, "COP") && !hasArmed(x.ev.Target) && st.hasAny(detainedWords):
		return x.set(acledStrategic, subArrests)
	}
	return false
}

// vesselHeld: a ship detained or impounded is seized, not arrested
// ("coastguards detained a fishing vessel").
func vesselHeld(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || x.i < 0 || x.j < 1 || !x.objectIs(x.j, vesselWords) {
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
// opponent held over one is still a political figure.
func suspectsHeld(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || hasArmed(x.ev.Target) {
		return false
	}
	if x.overCrime() && !hasAnySector(x.ev.Target, figureSector) {
		return x.set("", "")
	}
	if hasAnySector(x.ev.Target, politicalSector) {
		return false
	}
	st := x.st
	if st.hasAny(migrationWords) || st.hasPhrase("without", "papers") {
		return x.set("", "")
	}
	for k, w := range st.low {
		if x.i >= 0 && st.clause[k] != st.clause[x.i] {
			continue
		}
		switch {
		case w == "suspect" || w == "suspects":
			return x.set("", "")
		case w == "scene" && k >= 2 && st.low[k-1] == "the" && st.low[k-2] == "at":
			return x.set("", "")
		}
	}
	return false
}

// overCrime reports whether the trigger's clause tells of an arrest "over"
// or "for" a crime: "were arrested over the killing".
func (x *acx) overCrime() bool {
	st := x.st
	for k, w := range st.low {
		if x.i >= 0 && st.clause[k] != st.clause[x.i] {
			continue
		}
		if crimeWords[w] && k >= 2 && st.low[k-1] == "the" && (st.low[k-2] == "over" || st.low[k-2] == "for") {
			return true
		}
	}
	return false
}

// politicalSector are the sectors whose arrest is political.
var politicalSector = wordSet("OPP", "PRO", "MED", "LEG", "JUD", "GOV", "REL", "EDU")

// figureSector are the sectors of public figures, whose arrest is
// political whatever the charge.
var figureSector = wordSet("OPP", "PRO", "MED", "LEG", "JUD", "GOV")

// crimeWords name a crime an arrest is "over" or "for".
var crimeWords = wordSet("killing", "killings", "murder", "murders", "lynching", "stabbing", "robbery", "theft")

// migrationWords tell that the people held are migrants held for their
// papers, not for politics.
var migrationWords = wordSet("undocumented", "deportation", "deportations", "deported", "migrants", "immigrants", "immigration")

// vesselWords name ships.
var vesselWords = wordSet("ship", "ships", "vessel", "vessels", "tanker", "tankers", "supertanker", "boat", "boats", "trawler", "freighter")

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
