package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// ACLED event types and the sub-event types the refinement rules set.
const (
	acledBattles   = "Battles"
	acledRemote    = "Explosions/Remote violence"
	acledCivilians = "Violence against civilians"
	acledProtests  = "Protests"
	acledRiots     = "Riots"
	acledStrategic = "Strategic developments"

	subClash      = "Armed clash"
	subRegains    = "Government regains territory"
	subOvertakes  = "Non-state actor overtakes territory"
	subAttack     = "Attack"
	subAbduction  = "Abduction/forced disappearance"
	subPeaceful   = "Peaceful protest"
	subIntervened = "Protest with intervention"
	subExcessive  = "Excessive force against protesters"
	subViolentDem = "Violent demonstration"
	subMob        = "Mob violence"
	subAgreement  = "Agreement"
	subArrests    = "Arrests"
	subChange     = "Change to group/activity"
	subLooting    = "Looting/property destruction"
	subTransfer   = "Non-violent transfer of territory"
	subOther      = "Other"
	subAirDrone   = "Air/drone strike"
	subSuicide    = "Suicide bomb"
	subIED        = "Remote explosive/landmine/IED"
	subGrenade    = "Grenade"
	subHQ         = "Headquarters or base established"
	subDisrupted  = "Disrupted weapons use"
	subShelling   = "Shelling/artillery/missile attack"
)

// civilianSector are sectors ACLED counts as civilians: unarmed people.
var civilianSector = map[string]bool{
	"CVL": true, "REF": true, "MED": true, "HLH": true, "AID": true, "EDU": true,
	"REL": true, "LAB": true, "BUS": true, "PRO": true, "OPP": true, "JUD": true, "LEG": true,
}

// armedSector are sectors that fight.
var armedSector = map[string]bool{"MIL": true, "COP": true, "REB": true, "MLT": true, "SPY": true, "CRM": true}

// acx is what the ACLED rules read: the event built so far, its trigger
// entry, the sentence and the trigger's tokens [i, j) (-1 when the entry's
// words are not found again, as for a demand read from "must").
type acx struct {
	ev   *truce.Event
	e    *entry
	st   *sent
	i, j int
}

// acledRules refine the label the trigger (or the weapon named with it)
// gave. They run in order and the first that applies decides.
var acledRules = []func(x *acx) bool{
	unrecorded,
	disappearance,
	byProtesters,
	riotersMet,
	againstProtesters,
	byCivilianCrowd,
	arsonByOrganised,
	territory,
	explosive,
	fromTheAir,
	detention,
	otherDevelopment,
	troopMovement,
	handover,
	truceAccepted,
	agreement,
	withdrawal,
	retaken,
	overrun,
	bySides,
}

// refineACLED sets the ACLED sub-event type from who did what to whom where
// the trigger alone cannot tell: an attack on civilians is violence against
// civilians, a killing of fighters a battle; ground taken by the state is
// regained; force against protesters is an intervention, lethal force
// excessive; what ACLED does not record (a deal to restore relations, a
// strike that did not happen) has no label.
func refineACLED(ev *truce.Event, e *entry, st *sent) {
	x := &acx{ev: ev, e: e, st: st}
	x.i, x.j = triggerSpan(e, st)
	for _, rule := range acledRules {
		if rule(x) {
			return
		}
	}
}

// set gives the event an ACLED label and reports true, so that a rule can
// end with "return x.set(…)".
func (x *acx) set(typ, sub string) bool {
	x.ev.ACLEDType, x.ev.ACLEDSubtype = typ, sub
	return true
}

// is reports whether the event's current label is typ (and sub, unless
// sub is empty).
func (x *acx) is(typ, sub string) bool {
	return x.ev.ACLEDType == typ && (sub == "" || x.ev.ACLEDSubtype == sub)
}

// violent reports whether the label is one of ACLED's violent types.
func (x *acx) violent() bool {
	switch x.ev.ACLEDType {
	case acledBattles, acledRemote, acledCivilians:
		return true
	}
	return x.is(acledStrategic, subLooting)
}

// triggerSpan finds the tokens of entry e in the sentence: the first place
// its words match. It returns -1, -1 when they are not found.
func triggerSpan(e *entry, st *sent) (int, int) {
	if len(e.words) == 0 {
		return -1, -1
	}
	for i, w := range st.low {
		if w != e.words[0] {
			continue
		}
		if n, ok := matchFrom(st.low, i+1, e.words[1:]); ok {
			return i, i + 1 + n
		}
	}
	return -1, -1
}

// unrecorded drops the label of what did not happen: "did not reach any
// deal", "could strike", "will send troops". A deal still to be signed is
// the one planned act ACLED records ("will sign a deal on the evacuation").
func unrecorded(x *acx) bool {
	if x.ev.ACLEDType == "" || x.i < 0 {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical:
		return x.set("", "")
	case truce.StatusPlanned:
		if !x.is(acledStrategic, subAgreement) {
			return x.set("", "")
		}
	}
	return false
}

// byProtesters: violence or ground taken by protesters is a violent
// demonstration ("protesters overran the residence").
func byProtesters(x *acx) bool {
	if !hasSector(x.ev.Source, "PRO") || !(x.violent() || x.e.has(flagTerritory)) {
		return false
	}
	return x.set(acledRiots, subViolentDem)
}

// riotersMet: a crowd that burns, loots, throws stones or storms a
// building is a violent demonstration even when the police meet it, with
// tear gas or with live fire ("police fired tear gas at youths who
// burned tyres"): ACLED records the riot, not the dispersal.
func riotersMet(x *acx) bool {
	if x.ev.ACLEDType != acledProtests || !rioting(x.st, x.j) {
		return false
	}
	return x.set(acledRiots, subViolentDem)
}

// rioting reports whether the sentence tells of a crowd's violence, up to
// a clause joined with ", and" after the trigger's end j (a verb follows,
// not the last name of a list): that tells what
// came next ("police fired tear gas at students who jumped the barriers,
// and by nightfall crowds had set fire to stations" met a protest, not the
// riot that followed).
func rioting(st *sent, j int) bool {
	end := len(st.low)
	for k := max(j, 1); k+1 < len(st.low); k++ {
		if st.low[k] == "," && st.low[k+1] == "and" && hasVerb(st, k+2, nextComma(st, k+2)) {
			end = k
			break
		}
	}
	return riotingIn(st, 0, end)
}

// nextComma returns the first comma at or after token k, or the sentence's
// end.
func nextComma(st *sent, k int) int {
	for ; k < len(st.low); k++ {
		if st.low[k] == "," {
			return k
		}
	}
	return len(st.low)
}

// riotingFrom reports whether the sentence from token k on tells of a
// crowd's violence. Force used before the crowd's violence is told ("shot
// two men when a crowd tried to storm the post") met a riot; force told
// after it ("protesters stormed parliament and police opened fire,
// killing 23") is the state's excess.
func riotingFrom(st *sent, from int) bool {
	return riotingIn(st, from, len(st.low))
}

// riotingIn reports whether tokens from to end-1 tell of a crowd's
// violence.
func riotingIn(st *sent, from, end int) bool {
	for k := from; k < end; k++ {
		w := st.low[k]
		switch w {
		case "stones", "rocks", "torched", "torching", "looted", "looting", "ransacked", "vandalised", "vandalized",
			"stormed", "storm", "toppled", "rioters", "rioting", "molotov", "ablaze", "clashed":
			return true
		case "set":
			if k+1 < len(st.low) && st.low[k+1] == "fire" {
				return true
			}
		case "burned", "burnt", "burning":
			if k+1 < len(st.low) && st.low[k+1] != "to" {
				return true
			}
		case "forced":
			if k+2 < len(st.low) && st.low[k+2] == "way" {
				return true
			}
		}
	}
	return false
}

// againstProtesters: force used on protesters is a protest event. Arrests
// of demonstrators are an intervention ("police detained dozens of
// marchers"); shooting or beating them is excessive force; a peaceful
// protest the sentence tells of being dispersed was intervened in.
func againstProtesters(x *acx) bool {
	ev, st := x.ev, x.st
	switch {
	case x.is(acledStrategic, subArrests) && hasSector(ev.Target, "PRO"):
		if lethal(st) {
			return x.set(acledProtests, subExcessive)
		}
		return x.set(acledProtests, subIntervened)
	case (ev.ACLEDType == acledCivilians || ev.ACLEDType == acledBattles) && hasSector(ev.Target, "PRO"):
		if x.i >= 0 && (x.spanHasPrefix("clash") || riotingFrom(st, x.j)) {
			return x.set(acledRiots, subViolentDem)
		}
		return x.set(acledProtests, subExcessive)
	case (ev.ACLEDType == acledCivilians || x.is(acledBattles, subClash)) && civilOnly(ev.Target) && stateOnMarchers(ev, st):
		return x.set(acledProtests, subExcessive)
	case x.is(acledProtests, subIntervened) && lethal(st):
		return x.set(acledProtests, subExcessive)
	case x.is(acledProtests, subPeaceful) && intervened(st):
		if lethal(st) {
			return x.set(acledProtests, subExcessive)
		}
		return x.set(acledProtests, subIntervened)
	}
	return false
}

// stateOnMarchers reports whether state forces used force on civilians the
// sentence shows marching or mourning: "soldiers opened fire on opposition
// supporters marching through the capital".
func stateOnMarchers(ev *truce.Event, st *sent) bool {
	if ev.Mode == "sexual" || len(ev.Source) == 0 || !stateForce(ev.Source[0]) || !hasArmed(ev.Source) && ev.Source[0].Sector != "" {
		return false
	}
	return st.hasAny(marchWords)
}

// civilOnly reports whether the actors are civilians and none is armed.
func civilOnly(as []truce.Actor) bool {
	civil, armed := sides(as)
	return civil && !armed
}

// marchWords tell of a protest under way.
var marchWords = wordSet("protest", "protests", "protesters", "protestors", "demonstrators", "demonstration", "demonstrations",
	"marching", "marchers", "rally", "rallies", "mourners", "sit-in")

// byCivilianCrowd: violence by unorganised civilians is mob violence
// ("villagers lynched three men", "residents dragged two women from their
// homes and killed them").
func byCivilianCrowd(x *acx) bool {
	if x.e.mode == "destroy" || x.ev.Mode == "sexual" || !(x.ev.ACLEDType == acledCivilians || x.ev.ACLEDType == acledBattles) {
		return false
	}
	if x.i >= 0 && strings.HasPrefix(x.st.low[x.i], "lynch") || x.crowdDoes() {
		return x.set(acledRiots, subMob)
	}
	if len(x.ev.Source) == 0 || x.st.hasAny(organisedCivilians) {
		return false
	}
	for _, a := range x.ev.Source {
		switch a.Sector {
		case "CVL", "EDU", "REL", "BUS", "LAB":
		default:
			return false
		}
	}
	return x.set(acledRiots, subMob)
}

// mobWords name an unorganised crowd.
var mobWords = wordSet("mob", "mobs", "crowd", "crowds", "vigilantes")

// organisedCivilians are civilians ACLED counts as an organised armed
// group, whose violence is an attack, not a mob's: "settlers attacked
// farmers".
var organisedCivilians = wordSet("settler", "settlers")

// crowdDoes reports whether a crowd is the one acting: named before the
// trigger in its clause ("a mob dragged the man out") or as its agent
// ("beaten to death by a crowd"); "shells hit a crowd" is no mob.
func (x *acx) crowdDoes() bool {
	if x.i < 0 {
		return false
	}
	for k := x.i - 1; k >= 0 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		if mobWords[x.st.low[k]] {
			return true
		}
	}
	for k := x.j; k < len(x.st.low) && k < x.j+6 && x.st.clause[k] == x.st.clause[x.i]; k++ {
		if x.st.low[k] == "by" {
			for n := k + 1; n < len(x.st.low) && n < k+4; n++ {
				if mobWords[x.st.low[n]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// arsonByOrganised: setting fire to buildings is mob violence when a crowd
// does it, but property destruction when an armed or organised actor does
// ("suspected separatists set fire to a school").
func arsonByOrganised(x *acx) bool {
	if !x.is(acledRiots, subMob) || x.e.mode != "destroy" || len(x.ev.Source) == 0 {
		return false
	}
	if x.st.hasAny(organisedCivilians) {
		return x.set(acledStrategic, subLooting)
	}
	for _, a := range x.ev.Source {
		switch a.Sector {
		case "CVL", "PRO", "EDU", "REL", "BUS", "LAB":
			return false
		}
	}
	return x.set(acledStrategic, subLooting)
}

// territory: ground that changes hands. People seized are abducted
// ("refugees seized from a camp"), goods seized are looted ("seized
// vehicles and weapons"), ground left by the other side changes hands
// without a fight; otherwise the taker decides between regained and
// overtaken.
func territory(x *acx) bool {
	if !x.e.has(flagTerritory) {
		return false
	}
	switch {
	case x.takes(seizedPeople):
		return x.set(acledCivilians, subAbduction)
	case x.seizesArms():
		return x.set(acledStrategic, subDisrupted)
	case x.takes(seizedGoods):
		return x.set(acledStrategic, subLooting)
	case peacefulHandover(x.st, x.i):
		return x.set(acledStrategic, subTransfer)
	case len(x.ev.Source) > 0 && stateForce(x.ev.Source[0]) || x.saysState():
		return x.set(acledBattles, subRegains)
	}
	return x.set(acledBattles, subOvertakes)
}

// saysState reports whether the trigger itself names the state as the one
// holding the ground: "back under state control", "returned to government
// control".
func (x *acx) saysState() bool {
	for k := x.i; k >= 0 && k < x.j; k++ {
		switch x.st.low[k] {
		case "state", "government", "army", "federal":
			return true
		}
	}
	return false
}

// seizedPeople are nouns for people taken, not ground.
var seizedPeople = wordSet("refugees", "civilians", "villagers", "people", "passengers", "students",
	"pupils", "schoolgirls", "schoolchildren", "children", "women", "men", "workers", "residents", "journalists",
	"worshippers", "farmers", "migrants", "hostages", "girls", "boys", "travellers", "fishermen")

// seizedGoods are nouns for property taken.
var seizedGoods = wordSet("vehicles", "weapons", "equipment", "ammunition", "cash", "money", "goods",
	"supplies", "livestock", "cattle", "fuel", "cars", "trucks", "property")

// armsWords are weapons and their parts: what the state seizes to stop
// their use.
var armsWords = wordSet("weapons", "arms", "ammunition", "munitions", "explosive", "explosives", "devices",
	"missiles", "missile", "rockets", "drones", "grenades", "rifles", "guns", "firearms", "mines", "bombs", "ieds", "components")

// seizesArms reports whether state forces seize weapons: "soldiers seized
// 200 rifles and a tonne of explosives" stops their use. The first noun
// taken decides, so "seized vehicles and weapons left behind" is looting.
func (x *acx) seizesArms() bool {
	if x.i < 0 || len(x.ev.Source) == 0 || !stateForce(x.ev.Source[0]) {
		return false
	}
	for k := x.j; k < len(x.st.low) && k < x.j+7; k++ {
		w := x.st.low[k]
		if armsWords[w] {
			return true
		}
		if seizedGoods[w] || seizedPeople[w] || w == "," || x.st.clause[k] != x.st.clause[x.i] {
			return false
		}
	}
	return false
}

// takes reports whether the trigger's object (the few words after it) or,
// for a passive ("refugees seized from"), the word before it is one of
// nouns.
func (x *acx) takes(nouns map[string]bool) bool {
	if x.i < 0 {
		return false
	}
	if x.i > 0 && nouns[x.st.low[x.i-1]] {
		return true
	}
	for k := x.j; k < len(x.st.low) && k < x.j+4; k++ {
		if nouns[x.st.low[k]] {
			return true
		}
		if x.st.clause[k] != x.st.clause[x.i] || x.st.low[k] == "," {
			break
		}
	}
	return false
}

// peacefulHandover reports whether the clause of token i tells of ground
// left or handed over without a fight: "rebels pulled out … and militiamen
// took over", "moved in unopposed". A withdrawal in another clause is
// background ("since the withdrawal of foreign troops began").
func peacefulHandover(st *sent, i int) bool {
	if i < 0 {
		return false
	}
	for k, w := range st.low {
		if st.clause[k] != st.clause[i] {
			continue
		}
		switch w {
		case "withdrew", "withdrawn", "withdrawal", "abandoned", "unopposed", "invited", "evacuated", "vacated":
			return true
		case "pulled", "handed":
			if k+1 < len(st.low) && (st.low[k+1] == "out" || st.low[k+1] == "over") {
				return true
			}
		case "without":
			if k+2 < len(st.low) && st.low[k+2] == "fight" {
				return true
			}
		}
	}
	return false
}

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

// otherDevelopment: acts ACLED records as other strategic developments:
// a mass grave found, a broadcaster silenced, a cyberattack.
func otherDevelopment(x *acx) bool {
	st := x.st
	switch {
	case x.e.mode == "investigate" && (st.hasAny(exhumeWords) || st.hasPhrase("mass", "grave") || st.hasPhrase("mass", "graves")):
		return x.set(acledStrategic, subOther)
	case x.e.mode == "censor":
		return x.set(acledStrategic, subOther)
	case x.ev.ACLEDType == acledBattles && st.hasPrefix("cyber"):
		return x.set(acledStrategic, subOther)
	}
	return false
}

// troopMovement: forces moved into a base set it up as theirs ("moved a
// battalion into the former French base"); moved into ground the other
// side left, they take it without a fight; moved into a place, they
// change their activity ("ordered troops into the breakaway regions").
// A mobilisation changes what the forces do ("declared a general
// mobilisation"). Forces sent to a border or deployed at home are posture
// ACLED does not record, and so are police deployments.
func troopMovement(x *acx) bool {
	if x.e.mode == "police" && x.is(acledStrategic, subChange) {
		if x.abroad() {
			return true
		}
		return x.set("", "")
	}
	if x.e.mode != "troops" || !x.is(acledStrategic, subChange) || x.i < 0 {
		return false
	}
	into := -1
	for k := x.i; k < x.j; k++ {
		if x.st.low[k] == "into" {
			into = k
		}
	}
	switch {
	case into < 0 && x.spanHasPrefix("mobili"):
		return true
	case into < 0 && x.abroad():
		return true
	case into < 0:
		return x.set("", "")
	case x.objectIs(into+1, baseWords):
		return x.set(acledStrategic, subHQ)
	case peacefulHandover(x.st, x.i) || x.st.hasAny(underDeal):
		return x.set(acledStrategic, subTransfer)
	}
	return false
}

// abroad reports whether forces are sent to operate in another country:
// "the bloc began sending troops to eastern Congo", "soldiers were moved
// to Russia's Kursk region". Ships and jets sent to a sea or a coast, and
// forces sent to a border, are a show of force ACLED does not record.
func (x *acx) abroad() bool {
	if len(x.ev.Source) == 0 || x.clauseHas(postureWords) {
		return false
	}
	dest := x.destination()
	if dest == "" {
		return false
	}
	src := x.ev.Source[0]
	if src.Country == "" {
		return src.Sector == "IGO"
	}
	return src.Country != dest
}

// destination is the country of the first place named after the trigger
// in its clause ("sending troops to eastern Congo"), or "" when none is.
func (x *acx) destination() string {
	if x.i < 0 {
		return ""
	}
	for _, p := range x.st.places {
		if p.i >= x.j && p.i < x.j+8 && x.st.clause[p.i] == x.st.clause[x.i] {
			return p.place.Country
		}
	}
	return ""
}

// postureWords tell of a show of force rather than forces sent to fight:
// naval and air assets, borders, alerts.
var postureWords = wordSet("warships", "warship", "destroyers", "destroyer", "frigates", "frigate", "carrier", "carriers",
	"jets", "warplanes", "aircraft", "ships", "vessels", "submarine", "submarines", "border", "borders", "frontier",
	"coast", "sea", "alert", "readiness", "standby", "exercises", "drills")

// spanHasPrefix reports whether a word of the trigger starts with p.
func (x *acx) spanHasPrefix(p string) bool {
	for k := x.i; k >= 0 && k < x.j; k++ {
		if strings.HasPrefix(x.st.low[k], p) {
			return true
		}
	}
	return false
}

// objectIs reports whether one of nouns comes in the few words from k, in
// the same clause: "into the former French base".
func (x *acx) objectIs(k int, nouns map[string]bool) bool {
	for n := k; n < len(x.st.low) && n < k+5; n++ {
		if nouns[x.st.low[n]] {
			return true
		}
		if x.st.low[n] == "," || x.st.clause[n] != x.st.clause[k-1] {
			break
		}
	}
	return false
}

// agreement: ACLED records the deals that settle or pause violence —
// ceasefires, peace deals, prisoner and hostage exchanges, evacuations,
// surrenders — not diplomatic agreements ("agreed to restore relations",
// "signed a memorandum"). A ceasefire named as broken or kept is no new
// agreement ("in violation of the ceasefire", "observed a ceasefire").
func agreement(x *acx) bool {
	if !x.is(acledStrategic, subAgreement) {
		return false
	}
	if x.e.has(flagCease) {
		if x.i >= 0 && ceasefireNamedOnly(x.st, x.i) {
			return x.set("", "")
		}
		return true
	}
	// A release is an agreement when it is part of a deal or an exchange;
	// "Nicaragua freed 222 political prisoners" alone is not.
	if x.e.mode == "release" {
		if x.st.hasAny(exchangeWords) {
			return true
		}
		return x.set("", "")
	}
	if x.clauseHas(settlementWords) || x.st.hasPhrase("took", "effect") ||
		hasArmedGroup(x.ev.Source) || hasArmedGroup(x.ev.Target) {
		return true
	}
	return x.set("", "")
}

// truceAccepted: a ceasefire that parties accept or back is a deal ACLED
// records even when the verb carries no label of its own ("the warring
// parties accepted a two-month truce"); one still to be accepted is not.
func truceAccepted(x *acx) bool {
	if x.ev.ACLEDType != "" || x.ev.Type != "AGREE" || x.i < 0 || !x.clauseHas(truceWords) {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical, truce.StatusPlanned:
		return false
	}
	if x.i > 0 && x.st.low[x.i-1] == "to" || !x.newTruce() {
		return false
	}
	return x.set(acledStrategic, subAgreement)
}

// newTruce reports whether the first truce word after the trigger, in its
// clause, names a new pause ("accepted a two-month truce"), not one that
// already exists ("remained committed to the ceasefire").
func (x *acx) newTruce() bool {
	for k := x.j; k < len(x.st.low) && x.st.clause[k] == x.st.clause[x.i]; k++ {
		if !truceWords[x.st.low[k]] {
			continue
		}
		for n := k - 1; n >= x.j && n >= k-3; n-- {
			switch x.st.low[n] {
			case "the", "its", "their", "this", "that":
				return false
			}
		}
		return true
	}
	return false
}

// truceWords name a pause in fighting.
var truceWords = wordSet("ceasefire", "cease-fire", "truce", "armistice", "cessation")

// exchangeWords tell that a release is one side of a deal.
var exchangeWords = wordSet("exchange", "swap", "deal", "agreement", "truce", "ceasefire", "under", "brokered", "mediated", "return")

// settlementWords tell that a deal is about ending or pausing violence.
var settlementWords = wordSet("ceasefire", "cease-fire", "truce", "armistice", "cessation", "hostilities", "peace", "prisoner", "prisoners",
	"hostage", "hostages", "evacuation", "evacuate", "exchange", "swap", "surrender", "disarmament", "war", "fighting")

// ceasefireNamedOnly reports whether the ceasefire word at i names a
// ceasefire that exists rather than one agreed: "in violation of the
// ceasefire", "despite the truce", "observed a ceasefire", "will observe a
// unilateral truce" (a pause one side keeps, not a deal).
func ceasefireNamedOnly(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.low[k]
		if strings.HasPrefix(w, "violat") || strings.HasPrefix(w, "breach") || strings.HasPrefix(w, "broke") ||
			w == "despite" || w == "observed" || w == "observing" || w == "observe" || w == "respected" || w == "held" {
			return true
		}
	}
	return false
}

// withdrawal: forces leaving ground hand it over without a fight, and only
// armed forces hold ground: a state withdrawing a person's asylum or its
// support has no ACLED label, nor has a withdrawal promised ("commits its
// forces to withdraw within 60 days").
func withdrawal(x *acx) bool {
	if !x.is(acledStrategic, subTransfer) || x.e.mode != "withdraw" {
		return false
	}
	if !x.forcesLeave() || x.intended() {
		return x.set("", "")
	}
	if x.leavesLand() {
		return x.set(acledStrategic, subChange)
	}
	return true
}

// leavesLand reports whether forces leave a whole country or region
// rather than a town or a base: "the last foreign soldiers left the
// country's north" changes what they do; "troops withdrew from the town"
// hands the town over.
func (x *acx) leavesLand() bool {
	if x.clauseHas(wordSet("handed", "handing", "hand")) {
		return false
	}
	for _, p := range x.st.places {
		if p.i < x.j || p.i >= x.j+6 || x.st.clause[p.i] != x.st.clause[x.i] {
			continue
		}
		for k := x.j; k < p.i; k++ {
			if groundWords[x.st.low[k]] && !regionWords[x.st.low[k]] {
				return false
			}
		}
		return p.place.Precision == "country" || p.place.Precision == "admin1"
	}
	return x.countryLeft()
}

// countryLeft reports whether the trigger's clause names a country just
// after a verb of leaving: "the last soldiers left Chad, completing a
// withdrawal" ends a deployment; no town changes hands.
func (x *acx) countryLeft() bool {
	if x.i < 0 {
		return false
	}
	for _, p := range x.st.places {
		if p.i == 0 || p.place.Precision != "country" || x.st.clause[p.i] != x.st.clause[x.i] {
			continue
		}
		switch x.st.low[p.i-1] {
		case "left", "leave", "leaves", "leaving", "quit", "quits":
			return true
		}
	}
	return false
}

// regionWords are ground too wide to hand over.
var regionWords = wordSet("province", "region", "district", "territory", "area")

// forcesLeave reports whether the ones withdrawing are armed forces: an
// armed sector or group, or a country whose troops or ground the clause
// names ("Russia withdrew its forces", "Russia withdrew from Kherson").
func (x *acx) forcesLeave() bool {
	if hasArmed(x.ev.Source) || hasArmedGroup(x.ev.Source) {
		return true
	}
	if x.i < 0 || len(x.ev.Source) == 0 {
		return false
	}
	if x.ev.Source[0].Sector == "IGO" && x.clauseHas(peacekeepWords) {
		return true
	}
	if !isState(x.ev.Source[0]) || x.ev.Source[0].Sector != "" {
		return false
	}
	if x.clauseHas(troopWords) {
		return true
	}
	for _, p := range x.st.places {
		if p.i >= x.j && p.i < x.j+6 && x.st.clause[p.i] == x.st.clause[x.i] {
			return true
		}
	}
	return false
}

// peacekeepWords tell that an international body's forces leave: "the UN
// mission handed over its last base".
var peacekeepWords = wordSet("peacekeepers", "peacekeeping", "mission", "base", "camp", "troops")

// troopWords name armed forces.
var troopWords = wordSet("troops", "forces", "soldiers", "army", "fighters", "units", "battalion", "battalions", "brigade")

// intended reports whether the trigger is an infinitive of what someone
// means or is bound to do ("agreed to withdraw", "commits … to withdraw"),
// not of what has begun ("began to withdraw").
func (x *acx) intended() bool {
	if x.i < 2 || x.st.low[x.i-1] != "to" {
		return false
	}
	return !begunWords[x.st.low[x.i-2]]
}

// begunWords before "to" tell that the act is under way.
var begunWords = wordSet("began", "begun", "begins", "begin", "started", "starts", "start", "continued", "continues", "continue")

// handover: a base, a town or ground handed over changes hands without a
// fight ("handed over its last installation"); prisoners handed over
// remain an exchange.
func handover(x *acx) bool {
	if x.e.mode != "release" || x.i < 0 || x.st.low[x.i] != "handed" {
		return false
	}
	if x.objectIs(x.j, groundWords) {
		return x.set(acledStrategic, subTransfer)
	}
	return false
}

// groundWords are places and positions that can be handed over.
var groundWords = wordSet("base", "bases", "installation", "installations", "camp", "post", "posts", "town", "city", "village",
	"territory", "positions", "position", "control", "area", "airport", "port", "province", "district", "region")

// retaken: state forces in a fight that ends with ground back in their
// hands regain it ("troops wrested back control of the town", "drove the
// rebels out of the district"), also when the fight is told after the
// taking ("troops retook the town after a two-day battle").
func retaken(x *acx) bool {
	if !x.is(acledBattles, subClash) || x.i < 0 {
		return false
	}
	for _, c := range x.groundClauses() {
		if !stateTaker(x, c) {
			continue
		}
		if x.inClause(c, retakeWords) || x.inClause(c, wordSet("back")) && x.inClause(c, wordSet("control")) ||
			x.inClause(c, wordSet("drove", "driven", "pushed")) && x.inClause(c, wordSet("out")) {
			return x.set(acledBattles, subRegains)
		}
	}
	return false
}

// overrun: a fight whose clause tells that a place was overrun or fell
// ends with ground in the attacker's hands: "fighters stormed the town,
// overrunning a camp", "the fall of the city to the insurgents", "rebels
// overran the district after days of fighting". The state taking it
// regains it; anyone else overtakes it.
func overrun(x *acx) bool {
	if !x.is(acledBattles, subClash) || x.i < 0 {
		return false
	}
	for _, c := range x.groundClauses() {
		if !x.inClause(c, overrunWords) && (c != x.st.clause[x.i] || !x.fellTo()) {
			continue
		}
		if stateTaker(x, c) {
			return x.set(acledBattles, subRegains)
		}
		return x.set(acledBattles, subOvertakes)
	}
	return false
}

// groundClauses are the clauses that can tell who took ground in the
// trigger's fight: its own, and the one before it when the fight is told
// after the taking ("captured the town after a two-day battle").
func (x *acx) groundClauses() []int {
	c := x.st.clause[x.i]
	first := x.i
	for first > 0 && x.st.clause[first-1] == c {
		first--
	}
	if first > 0 && (x.st.low[first] == "after" || x.st.low[first] == "following") {
		return []int{c, x.st.clause[first-1]}
	}
	return []int{c}
}

// stateTaker reports whether the state took the ground clause c tells of:
// the event's source when it has one, else the first actor named in the
// clause before the fight ("Nigerian troops retook the town after a
// battle").
func stateTaker(x *acx, c int) bool {
	if len(x.ev.Source) > 0 || c == x.st.clause[x.i] {
		return len(x.ev.Source) > 0 && stateForce(x.ev.Source[0])
	}
	for k, w := range x.st.low {
		if x.st.clause[k] != c || w == "," {
			continue
		}
		if m := x.st.mentionAt(k); m != nil {
			return stateForce(m.actor)
		}
	}
	return false
}

// inClause reports whether clause c has one of the words.
func (x *acx) inClause(c int, set map[string]bool) bool {
	for k, w := range x.st.low {
		if set[w] && x.st.clause[k] == c {
			return true
		}
	}
	return false
}

// fellTo reports whether the trigger's clause tells of a place falling to
// someone: "the fall of Kunduz to the Taliban".
func (x *acx) fellTo() bool {
	for k, w := range x.st.low {
		if (w == "fall" || w == "fell") && x.st.clause[k] == x.st.clause[x.i] {
			for n := k + 1; n < len(x.st.low) && n <= k+5; n++ {
				if x.st.low[n] == "to" {
					return true
				}
			}
		}
	}
	return false
}

// overrunWords tell of ground overrun.
var overrunWords = wordSet("overran", "overrun", "overrunning", "overruns")

// retakeWords tell of ground taken back.
var retakeWords = wordSet("recaptured", "recapture", "retook", "retaken", "regained", "reclaimed", "liberated")

// bySides: an armed clash with only civilians on the other side is an
// attack on civilians, and an attack on civilians whose two sides both
// fight is an armed clash. A battle word names two armed sides itself:
// "a gun battle near the village" is no attack on the villagers unless an
// armed attacker is named.
func bySides(x *acx) bool {
	tgtCivil, tgtArmed := sides(x.ev.Target)
	_, srcArmed := sides(x.ev.Source)
	switch {
	case x.is(acledBattles, subClash) && tgtCivil && !tgtArmed && (srcArmed || !x.twoSided()):
		return x.set(acledCivilians, subAttack)
	case x.is(acledCivilians, subAttack) && tgtArmed && srcArmed:
		return x.set(acledBattles, subClash)
	case x.is(acledCivilians, subAttack) && len(x.ev.Source) == 0 && !tgtCivil && hasArmed(x.ev.Target) && x.ev.Mode != "sexual":
		// "Twenty soldiers were killed in an ambush": soldiers and police
		// fall in fighting, whoever the text leaves unnamed.
		return x.set(acledBattles, subClash)
	}
	return false
}

// twoSided reports whether the trigger names a fight between two sides:
// "clashed", "a gun battle", "exchanged fire".
func (x *acx) twoSided() bool {
	if x.e.has(flagSym) {
		return true
	}
	for _, w := range x.e.words {
		if battleWords[w] {
			return true
		}
	}
	return false
}

// battleWords are the words of two-sided fighting.
var battleWords = wordSet("clash", "clashes", "clashed", "battle", "battles", "fighting", "firefight",
	"gunfight", "skirmish", "skirmishes", "fire", "gunfire")

// sides reports whether some actor is civilian and whether some is armed.
func sides(as []truce.Actor) (civil, armed bool) {
	for _, a := range as {
		civil = civil || civilianSector[a.Sector]
		armed = armed || armedSector[a.Sector] || isState(a) && a.Sector == ""
	}
	return civil, armed
}

// hasArmed reports whether some actor is of an armed sector.
func hasArmed(as []truce.Actor) bool {
	for _, a := range as {
		if armedSector[a.Sector] {
			return true
		}
	}
	return false
}

// stateForce reports whether an actor is a state or one of its organs, not
// a group of its country: "CODREB" carries Congo's code but is no state.
func stateForce(a truce.Actor) bool {
	if !isState(a) {
		return false
	}
	switch a.Sector {
	case "", "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// hasArmedGroup reports whether some actor is a non-state armed group.
func hasArmedGroup(as []truce.Actor) bool {
	for _, a := range as {
		if !isState(a) && (a.Sector == "REB" || a.Sector == "MLT") {
			return true
		}
	}
	return false
}

func hasSector(as []truce.Actor, sector string) bool {
	for _, a := range as {
		if a.Sector == sector {
			return true
		}
	}
	return false
}

// wordSet makes a set of words.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// clauseHas reports whether the trigger's clause has one of the words (the
// whole sentence when the trigger was not found): "agreed …, though he made
// no commitment to free the prisoners" is no prisoner deal.
func (x *acx) clauseHas(set map[string]bool) bool {
	for k, w := range x.st.low {
		if set[w] && (x.i < 0 || x.st.clause[k] == x.st.clause[x.i]) {
			return true
		}
	}
	return false
}

// hasAny reports whether the sentence has one of the words.
func (st *sent) hasAny(set map[string]bool) bool {
	for _, w := range st.low {
		if set[w] {
			return true
		}
	}
	return false
}

// hasPhrase reports whether the sentence has the two words in a row.
func (st *sent) hasPhrase(a, b string) bool {
	for k := 0; k+1 < len(st.low); k++ {
		if st.low[k] == a && st.low[k+1] == b {
			return true
		}
	}
	return false
}

// hasPrefix reports whether some word of the sentence starts with p.
func (st *sent) hasPrefix(p string) bool {
	for _, w := range st.low {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lethal reports whether the sentence tells of deaths or live fire:
// "were shot dead", "beaten to death".
func lethal(st *sent) bool {
	for _, w := range st.low {
		switch w {
		case "killed", "killing", "dead", "shot", "live", "died", "fatally":
			return true
		}
	}
	return st.hasPhrase("to", "death")
}

// intervened reports whether the sentence tells of the authorities acting
// against a protest.
func intervened(st *sent) bool {
	for i, w := range st.low {
		switch w {
		case "dispersed", "disperse", "tear", "teargas", "arrested", "detained", "batons", "cannon", "cannons", "rubber", "beaten":
			return true
		case "fired", "opened", "charged":
			if i+1 < len(st.low) && (st.low[i+1] == "on" || st.low[i+1] == "at" || st.low[i+1] == "fire" || st.low[i+1] == "into") {
				return true
			}
		}
	}
	return false
}
