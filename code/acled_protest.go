package code

// ACLED rules for protests and riots: who protested, who rioted, and the
// force used on them.

import (
	"strings"

	"github.com/truce-project/truce"
)

// byTheState: a government, a parliament or an international body that
// stays away or boycotts does not protest in ACLED's sense — that is
// diplomacy ("Canada and Australia boycotted the session", "the
// delegations of two states stayed away"). Nor does a country named as
// such: the coder makes "Canada" a protester of its own, but the text
// means the state. Strikes are labour's, whoever the text names near them;
// and each actor must be named before the trigger, as its agent.
func byTheState(x *acx) bool {
	if !x.is(acledProtests, subPeaceful) || x.ev.Mode != "boycott" || x.i < 0 || len(x.ev.Source) == 0 ||
		!x.spanHasPrefix("boycott") && !x.spanHasPrefix("away") {
		return false
	}
	for _, a := range x.ev.Source {
		if !x.stateBefore(a) {
			return false
		}
	}
	return x.set("", "")
}

// leftSitting: members who walk out of a sitting — a session, a debate, a
// cabinet meeting, a summit — protest inside an institution, which ACLED
// does not record as a street protest ("opposition deputies stormed out
// of the budget debate in protest"); walking off the job is a strike and
// keeps its label.
func leftSitting(x *acx) bool {
	if !x.is(acledProtests, subPeaceful) || x.ev.Mode != "boycott" || x.i < 0 {
		return false
	}
	st := x.st
	for k := x.i; k+1 < len(st.low) && k < x.j+1; k++ {
		if st.low[k] != "out" || st.low[k+1] != "of" {
			continue
		}
		for n := k + 2; n < len(st.low) && n < k+6 && st.clause[n] == st.clause[k]; n++ {
			if sittingWords.has(st.low[n]) {
				return x.set("", "")
			}
			if st.low[n] == "," || st.low[n] == "in" {
				break
			}
		}
	}
	return false
}

// sittingWords name the sittings of a body that members walk out of.
var sittingWords = filtered(wordSet("session", "sessions", "sitting", "meeting", "debate", "hearing", "chamber", "vote",
	"assembly", "conference", "summit", "plenary", "parliament", "congress", "senate", "talks", "negotiations", "council"))

// atVessel: crowd-control means turned on a ship are a confrontation at
// sea, which ACLED records as another strategic development, not a
// protest: "coast guard ships fired water cannon at a fishing boat".
func atVessel(x *acx) bool {
	if x.ev.ACLEDType != acledProtests || x.e.mode != "crowd-control" || x.i < 0 || x.st.hasAny(&marchWords) {
		return false
	}
	for k := x.j; k < len(x.st.low) && k < x.j+8 && x.st.clause[k] == x.st.clause[x.i]; k++ {
		w := x.st.low[k]
		if w == "," {
			break
		}
		if vesselWords.has(w) {
			return x.set(acledStrategic, subOther)
		}
	}
	return false
}

// diplomaticProtest: a state that protests through its diplomats makes no
// street protest: "lodged a formal protest", "summoned the ambassador to
// protest the arrests".
func diplomaticProtest(x *acx) bool {
	if !x.is(acledProtests, subPeaceful) || x.i < 0 {
		return false
	}
	for k := x.i - 1; k >= 0 && k >= x.i-3; k-- {
		if protestNoteWords.has(x.st.low[k]) {
			return x.set("", "")
		}
	}
	if x.i > 0 && x.st.low[x.i-1] == "to" && x.st.hasPrefix("summon") {
		return x.set("", "")
	}
	return false
}

// protestNoteWords, just before "protest", make it a diplomatic note.
var protestNoteWords = filtered(wordSet("diplomatic", "formal", "lodged", "lodge", "lodges", "filed", "file", "files", "official"))

// stateBefore reports whether actor a is a state's civil organ, an
// international body or a country named by its own name, named in the
// trigger's clause before it.
func (x *acx) stateBefore(a truce.Actor) bool {
	for _, m := range x.st.mentions {
		if m.i >= x.i || m.j > len(x.st.toks) || x.st.clause[m.i] != x.st.clause[x.i] {
			continue
		}
		switch {
		case a.Sector == "IGO" && m.actor.ID == a.ID:
			return true
		case !isState(a) || m.actor.Country != a.Country:
		case a.Sector == "" || a.Sector == "GOV" || a.Sector == "LEG":
			return true
		case (m.kind == "country" || m.kind == "capital") && spanText(x.st, m.i, m.j) == a.Text:
			return true
		}
	}
	return false
}

// spanText joins the words of tokens [i, j) with single spaces.
func spanText(st *sent, i, j int) string {
	ws := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		ws = append(ws, st.toks[k].text)
	}
	return strings.Join(ws, " ")
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
	if x.ev.ACLEDType != acledProtests || !rioting(x.st, x.j) || x.strikeApart() {
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
		if k > j && escalation(st, k) {
			end = k
			for end > j && st.clause[end-1] == st.clause[k] {
				end--
			}
			break
		}
	}
	return riotingIn(st, 0, end)
}

// escalation reports whether token k tells of a protest turning into
// something else, which came after the force the trigger tells: "police
// fired tear gas at marchers as anger spilled over into looting", "the
// rally later descended into rioting". The riot is an event of its own.
func escalation(st *sent, k int) bool {
	if !escalationVerbs.has(st.low[k]) {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+2; n++ {
		if st.low[n] == "into" {
			return true
		}
	}
	return false
}

// escalationVerbs, followed by "into", tell of a protest that turned
// violent.
var escalationVerbs = filtered(wordSet("spilled", "spilling", "spills", "escalated", "escalating", "degenerated", "degenerating",
	"descended", "descending", "turned", "turning", "erupted", "erupting", "boiled"))

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
		if thrownByCrowds.has(w) {
			return true
		}
		switch w {
		case "stones", "rocks", "torched", "torching", "looted", "looting", "ransacked", "vandalised", "vandalized",
			"stormed", "storm", "storming", "toppled", "rioters", "rioting", "molotov", "ablaze", "clashed",
			"stone-throwing", "rock-throwing", "stone-pelting", "stone-pelters", "petrol-bombs", "firebombs":
			return true
		case "set", "setting":
			if k+1 < len(st.low) && st.low[k+1] == "fire" {
				return true
			}
		case "burned", "burnt", "burning":
			if k+1 < len(st.low) && st.low[k+1] != "to" && !acled32SymbolBurnt(st, k) {
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
// marchers"), even in a sentence that also counts the dead: the killing is
// an event of its own. Beating them with batons without killing anyone is
// an intervention too ("riot police clubbed students outside parliament");
// shooting them, or force that kills, is excessive; a peaceful protest the
// sentence tells of being dispersed was intervened in.
func againstProtesters(x *acx) bool {
	ev, st := x.ev, x.st
	switch {
	case x.is(acledStrategic, subArrests) && x.heldByName():
		return false
	case x.is(acledStrategic, subArrests) && hasSector(ev.Target, "PRO") && protestTold(st):
		return x.set(acledProtests, subIntervened)
	case x.is(acledStrategic, subArrests) && crowdHeld(ev.Target) && crowdScene(st) && !x.overCrime() && !protestCharged(st):
		if riotingIn(st, 0, len(st.low)) {
			return x.set(acledRiots, subViolentDem)
		}
		return x.set(acledProtests, subIntervened)
	case (ev.ACLEDType == acledCivilians || ev.ACLEDType == acledBattles) && hasSector(ev.Target, "PRO") && ev.Mode != "sexual":
		if x.i >= 0 && (x.spanHasPrefix("clash") || riotingFrom(st, x.j)) || civilOnly(ev.Source) && !st.hasAny(&organisedCivilians) {
			// A crowd that turns on a protest riots: "a crowd of
			// nationalists attacked the marchers".
			return x.set(acledRiots, subViolentDem)
		}
		if ev.Mode == "beat" && !lethal(st) {
			return x.set(acledProtests, subIntervened)
		}
		return x.set(acledProtests, subExcessive)
	case (ev.ACLEDType == acledCivilians || x.is(acledBattles, subClash)) && (civilOnly(ev.Target) || len(ev.Target) == 0 && forceOnMarchers(st)) &&
		stateOnMarchers(ev, st):
		return x.set(acledProtests, subExcessive)
	case x.is(acledProtests, subIntervened) && x.e.mode != "arrest" && lethal(st):
		return x.set(acledProtests, subExcessive)
	case x.is(acledProtests, subPeaceful) && intervened(st):
		if lethal(st) {
			return x.set(acledProtests, subExcessive)
		}
		return x.set(acledProtests, subIntervened)
	}
	return false
}

// crowdScene reports whether the sentence tells of a protest or a riot
// that people could be held at: marchers, rioters, or a crowd the
// authorities acted against ("police fired tear gas at crowds who threw
// stones, and 260 people were detained").
func crowdScene(st *sent) bool {
	return st.hasAny(&marchWords) || st.hasAny(&rioterWords) || st.hasAny(&streetCrowd) && (st.hasAny(&crowdForce) || riotingIn(st, 0, len(st.low)))
}

// crowdForce are the means of breaking up a crowd; a mob named beside an
// arrest alone ("arrested four men after a video showed a mob beating a
// woman") is the crime the arrest answers, no protest.
var crowdForce = filtered(wordSet("dispersed", "disperse", "tear", "teargas", "batons", "cannon", "cannons", "rubber", "pepper", "stun"))

// streetCrowd name a gathering of people in the street.
var streetCrowd = filtered(wordSet("crowd", "crowds", "mob", "mobs", "youths", "throng", "throngs"))

// rioterWords name a riot or its people ("riot" alone is mostly the
// police's: "riot police").
var rioterWords = filtered(wordSet("rioters", "rioting", "riots", "unrest"))

// stateOnMarchers reports whether state forces used force on civilians the
// sentence shows marching or mourning: "soldiers opened fire on opposition
// supporters marching through the capital".
func stateOnMarchers(ev *truce.Event, st *sent) bool {
	if ev.Mode == "sexual" || len(ev.Source) == 0 || !stateForce(ev.Source[0]) && !unnamedForce(ev.Source[0]) ||
		!hasArmed(ev.Source) && ev.Source[0].Sector != "" {
		return false
	}
	return st.hasAny(&marchWords)
}

// unnamedForce reports whether an actor is police or troops the text
// names by their force alone, with no country told ("Police opened fire
// on …" in a town the gazetteer does not know): the state's all the same.
func unnamedForce(a truce.Actor) bool {
	return a.ID == "" && a.Country == "" && (a.Sector == "COP" || a.Sector == "MIL")
}

// forceOnMarchers reports whether the sentence turns force on marchers by
// a preposition before them: "live rounds against peaceful
// demonstrators", "fired into the crowd of protesters", for a killing
// that names no victim of its own ("…, killing two").
func forceOnMarchers(st *sent) bool {
	for k, w := range st.low {
		if !marchWords.has(w) {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-3; n-- {
			switch st.low[n] {
			case "on", "at", "against", "into":
				return true
			case ",":
				n = -1
			}
		}
	}
	return false
}

// civilOnly reports whether the actors are civilians and none is armed.
func civilOnly(as []truce.Actor) bool {
	civil, armed := sides(as)
	return civil && !armed
}

// marchWords tell of a protest under way.
var marchWords = filtered(wordSet("protest", "protests", "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
	"demonstration", "demonstrations", "marching", "marchers", "rally", "rallies", "mourners", "sit-in"))

// crowdClash: a clash between the state's police or troops and unarmed
// people is a riot, not a battle between two armed groups: "striking
// miners clashed with police", "clashes broke out between riot police and
// students". Herders who fight are a communal militia and keep the battle.
func crowdClash(x *acx) bool {
	if x.i < 0 || !x.clashTrigger() || x.communalDoer() || x.st.hasAny(&organisedCivilians) {
		return false
	}
	if !(x.ev.ACLEDType == acledBattles || x.ev.ACLEDType == acledCivilians || x.is(acledRiots, subMob)) {
		return false
	}
	src, tgt := x.ev.Source, x.ev.Target
	if policeOrTroops(src) && civilOnly(tgt) || policeOrTroops(tgt) && civilOnly(src) {
		// A brawl with the police is no shooting unless the sentence
		// names shots: "students clashed with police in the capital".
		if x.ev.Mode == "firearms" && !x.st.hasAny(&shotWords) {
			x.ev.Mode = ""
		}
		return x.set(acledRiots, subViolentDem)
	}
	return false
}

// shotWords tell of guns fired.
var shotWords = filtered(wordSet("shot", "shots", "shooting", "gunfire", "gunshot", "gunshots", "bullets", "rounds", "ammunition",
	"fire", "fired", "firing", "guns", "gun", "rifles"))

// clashTrigger reports whether the trigger tells of a two-sided brawl
// ("clashed", "scuffles", "fought"), not of one side firing on another.
func (x *acx) clashTrigger() bool {
	for k := x.i; k < x.j; k++ {
		for _, p := range clashPrefixes {
			if strings.HasPrefix(x.st.low[k], p) {
				return true
			}
		}
	}
	return false
}

// clashPrefixes begin the words of a two-sided brawl.
var clashPrefixes = []string{"clash", "scuffl", "skirmish", "fought", "brawl"}

// policeOrTroops reports whether the actors are police or troops and none is
// an armed group outside the state.
func policeOrTroops(as []truce.Actor) bool {
	return (hasSector(as, "COP") || hasSector(as, "MIL")) && !hasArmedGroup(as) && !hasSector(as, "CRM")
}

// byCivilianCrowd: violence by unorganised civilians is mob violence
// ("villagers lynched three men", "residents dragged two women from their
// homes and killed them"); herders who kill are a communal militia, whose
// killing is an attack ("herdsmen shot dead five farmers").
func byCivilianCrowd(x *acx) bool {
	if x.e.mode != "destroy" && x.ev.Mode != "sexual" && x.is(acledRiots, subMob) && x.communalDoer() {
		if hasArmed(x.ev.Target) {
			return x.set(acledBattles, subClash)
		}
		return x.set(acledCivilians, subAttack)
	}
	if x.e.mode == "destroy" || x.ev.Mode == "sexual" || !(x.ev.ACLEDType == acledCivilians || x.ev.ACLEDType == acledBattles) || x.armedFight() {
		return false
	}
	if x.i >= 0 && strings.HasPrefix(x.st.low[x.i], "lynch") || x.crowdDoes() {
		return x.set(acledRiots, subMob)
	}
	if len(x.ev.Source) == 0 || x.st.hasAny(&organisedCivilians) || x.communalDoer() {
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

// mobNoMarch: a riot whose doers the sentence calls a mob, with no protest
// or march told, is mob violence, not a violent demonstration: "an angry
// mob burned down the house of a headman".
func mobNoMarch(x *acx) bool {
	if !x.is(acledRiots, subViolentDem) || !x.mobNoMarch() {
		return false
	}
	return x.set(acledRiots, subMob)
}

// mobNoMarch reports whether the sentence calls the doers a mob and tells
// of no protest.
func (x *acx) mobNoMarch() bool {
	return x.st.hasAny(&mobOnly) && !x.st.hasAny(&marchWords)
}

// mobOnly name a mob, not a crowd that may be marching.
var mobOnly = filtered(wordSet("mob", "mobs"))

// mobWords name an unorganised crowd.
var mobWords = filtered(wordSet("mob", "mobs", "crowd", "crowds", "vigilantes", "looters", "arsonists"))

// communalDoer reports whether the doers, named before the trigger in its
// clause, are herders, whom ACLED counts as a communal militia: "herdsmen
// hacked to death six farmers" is an attack, not a mob's; "militants who
// tax herders" are not herders.
func (x *acx) communalDoer() bool {
	if x.i < 0 {
		return false
	}
	for k := x.i - 1; k >= 0 && k >= x.i-4 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		switch w := x.st.low[k]; {
		case communalWords.has(w):
			return true
		case w == "and" || w == "," || w == "on" || w == "by":
			return false
		}
	}
	return false
}

// communalWords name pastoral groups that raid as militias.
var communalWords = filtered(wordSet("herders", "herdsmen", "pastoralists"))

// organisedCivilians are civilians ACLED counts as an organised armed
// group, whose violence is an attack, not a mob's: "settlers attacked
// farmers".
var organisedCivilians = filtered(wordSet("settler", "settlers"))

// crowdDoes reports whether a crowd is the one acting: named before the
// trigger in its clause ("a mob dragged the man out") or as its agent
// ("beaten to death by a crowd"); "shells hit a crowd" is no mob.
func (x *acx) crowdDoes() bool {
	if x.i < 0 {
		return false
	}
	for k := x.i - 1; k >= 0 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		if mobWords.has(x.st.low[k]) {
			return true
		}
	}
	for k := x.j; k < len(x.st.low) && k < x.j+6 && x.st.clause[k] == x.st.clause[x.i]; k++ {
		if x.st.low[k] == "by" {
			for n := k + 1; n < len(x.st.low) && n < k+4; n++ {
				if mobWords.has(x.st.low[n]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// crowdKills: a crowd that beats or burns people to death where the
// sentence tells of no protest is a mob, though the coder reads a crowd's
// violence as a riot: "a crowd beat and burned to death three suspected
// thieves in the market".
func crowdKills(x *acx) bool {
	if !x.is(acledRiots, subViolentDem) || x.i < 0 || x.st.hasAny(&marchWords) || !x.crowdDoes() {
		return false
	}
	for k := x.i; k < len(x.st.low) && k < x.j+2; k++ {
		if w := x.st.low[k]; w == "death" || strings.HasPrefix(w, "lynch") {
			return x.set(acledRiots, subMob)
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
// against a protest: dispersing it, arresting, firing on or shooting dead
// its people.
func intervened(st *sent) bool {
	for i, w := range st.low {
		switch w {
		case "dispersed", "disperse", "disperses", "dispersing", "tear", "teargas", "arrested", "detained", "batons", "cannon", "cannons",
			"rubber", "beaten":
			return true
		case "broke", "break", "breaks", "breaking", "broken":
			// "riot police broke up a sit-in"
			if i+1 < len(st.low) && st.low[i+1] == "up" {
				return true
			}
		case "shot":
			// "police shot dead 31 people during the protests"
			if i+1 < len(st.low) && st.low[i+1] == "dead" {
				return true
			}
		case "fired", "opened", "charged":
			if i+1 < len(st.low) && (st.low[i+1] == "on" || st.low[i+1] == "at" || st.low[i+1] == "fire" || st.low[i+1] == "into") {
				return true
			}
		}
	}
	return false
}
