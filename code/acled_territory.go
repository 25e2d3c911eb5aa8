package code

// ACLED rules for territory: ground seized, handed over, retaken
// or overrun, forces withdrawn (forces moved are in acled_troops.go).

import "github.com/truce-project/truce"

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
	case x.takes(&powerWords):
		return x.set(acledStrategic, subOther)
	case x.takes(&capturedFigures):
		if len(x.ev.Source) > 0 && stateForce(x.ev.Source[0]) && !disappeared(x.st) {
			return x.set(acledStrategic, subArrests)
		}
		return x.set(acledCivilians, subAbduction)
	case x.takes(&seizedPeople):
		return x.set(acledCivilians, subAbduction)
	case x.seizesArms():
		return x.set(acledStrategic, subDisrupted)
	case x.takes(&seizedGoods):
		return x.set(acledStrategic, subLooting)
	case peacefulHandover(x.st, x.i):
		return x.set(acledStrategic, subTransfer)
	case (len(x.ev.Source) > 0 && stateForce(x.ev.Source[0]) || x.saysState() || x.backedState()) && !x.nonStateDoer():
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

// powerWords, taken, make a coup, which ACLED records as another
// strategic development: "officers seized power in the capital".
var powerWords = filtered(wordSet("power"))

// capturedFigures are people a force captures one by one: the state that
// seizes a rebel commander or a blogger arrests him (unless he is made to
// disappear, "took him to an unknown location"); anyone else abducts him.
var capturedFigures = filtered(wordSet("commander", "commanders", "leader", "leaders", "chief", "emir", "kingpin", "official",
	"officials", "blogger", "bloggers", "activist", "activists", "journalist", "politician", "lawmaker", "mayor", "governor"))

// seizedPeople are nouns for people taken, not ground.
var seizedPeople = filtered(wordSet("refugees", "civilians", "villagers", "people", "passengers", "students",
	"pupils", "schoolgirls", "schoolchildren", "children", "women", "men", "workers", "residents", "journalists",
	"worshippers", "farmers", "migrants", "hostages", "girls", "boys", "travellers", "fishermen"))

// seizedGoods are nouns for property taken.
var seizedGoods = filtered(wordSet("vehicles", "weapons", "equipment", "ammunition", "cash", "money", "goods",
	"supplies", "livestock", "cattle", "fuel", "cars", "trucks", "property", "documents", "files", "computers",
	"furniture", "food", "grain", "medicines", "motorcycles", "motorbikes", "goats", "sheep", "camels", "belongings",
	"valuables", "phones"))

// armsWords are weapons and their parts: what the state seizes to stop
// their use.
var armsWords = filtered(wordSet("weapons", "arms", "ammunition", "munitions", "explosive", "explosives", "devices",
	"missiles", "missile", "rockets", "drones", "grenades", "rifles", "guns", "firearms", "mines", "bombs", "ieds", "components",
	"launchers", "mortars", "detonators"))

// seizesArms reports whether state forces seize weapons: "soldiers seized
// 200 rifles and a tonne of explosives" stops their use, and so does a
// haul that lists weapons among other goods ("police seized two cars,
// rocket launchers and explosives"). The list ends where its clause does
// or where a preposition tells where the goods were found or whose they
// were; people seized are abductions or arrests, decided before.
func (x *acx) seizesArms() bool {
	if x.i < 0 || len(x.ev.Source) == 0 || !stateForce(x.ev.Source[0]) && !genericForce(x.ev.Source[0]) {
		return false
	}
	for k := x.j; k < len(x.st.low) && k < x.j+12; k++ {
		w := x.st.low[k]
		if armsWords.has(w) {
			return true
		}
		if seizedPeople.has(w) || haulEnds.has(w) || x.st.clause[k] != x.st.clause[x.i] {
			return false
		}
	}
	return false
}

// genericForce reports whether an actor is police or soldiers the text
// names without their country ("Police later seized …"): forces of the
// state, whichever state it is.
func genericForce(a truce.Actor) bool {
	return a.ID == "" && a.Country == "" && (a.Sector == "COP" || a.Sector == "MIL")
}

// haulEnds end the list of goods seized: "seized cars and rifles from a
// house in Lamu", "left behind by the gunmen".
var haulEnds = filtered(wordSet("from", "at", "in", "near", "during", "left", "belonging", "owned", "inside", "on", "after", "when"))

// takes reports whether the trigger's object (the few words after it) or,
// for a passive ("refugees seized from"), the word before it is one of
// nouns.
func (x *acx) takes(nouns *wordFilter) bool {
	if x.i < 0 {
		return false
	}
	if x.i > 0 && nouns.has(x.st.low[x.i-1]) {
		return true
	}
	for k := x.j; k < len(x.st.low) && k < x.j+4; k++ {
		if nouns.has(x.st.low[k]) {
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

// withdrawal: forces leaving ground hand it over without a fight, and only
// armed forces hold ground: a state withdrawing a person's asylum or its
// support has no ACLED label, nor has a withdrawal promised ("commits its
// forces to withdraw within 60 days").
func withdrawal(x *acx) bool {
	if !x.is(acledStrategic, subTransfer) || x.e.mode != "withdraw" {
		return false
	}
	if !x.forcesLeave() || x.intended() || x.forcedOut() || x.leavesBody() {
		return x.set("", "")
	}
	if x.leavesLand() {
		return x.set(acledStrategic, subChange)
	}
	if !x.namesGround() {
		return x.set("", "")
	}
	return true
}

// namesGround reports whether the withdrawal names the ground left: a
// place or a base, town or post after the verb ("withdrew from the town
// of Kupiansk", "abandoned their positions in Mueda"). Forces that pull
// back and name nothing they leave ("troops withdrew on Thursday"), only
// "their positions", or only where they went or stood ("retreated north
// toward Kidal", "abandoned their positions near Mueda") hand no place
// over, unless they pull back under a deal ("pulled back to an agreed
// line"), which leaves the ground to the other side.
func (x *acx) namesGround() bool {
	if x.i < 0 {
		return true
	}
	st := x.st
	if x.groundBefore() || st.hasAny(&underDeal) || st.hasAny(&agreedWords) {
		return true
	}
	left := true
	for k := x.i; k < len(st.low) && k < x.j+10 && st.clause[k] == st.clause[x.i]; k++ {
		w := st.low[k]
		switch {
		case groundLeftWords.has(w):
			left = true
		case groundNotLeftWords.has(w):
			left = false
		case !left || k < x.j && !groundWords.has(w):
		case groundWords.has(w) && (st.low[k-1] == "the" || w != "positions" && w != "position"):
			return true
		case st.placeAt(k):
			return true
		}
	}
	return false
}

// groundBefore reports whether the withdrawal is told after the ground it
// leaves, in the clause it closes: "troops took up positions around three
// villages after the rebels pulled back".
func (x *acx) groundBefore() bool {
	st := x.st
	for k := x.i - 1; k > 0 && k >= x.i-4; k-- {
		if !withdrawnWhen.has(st.low[k]) {
			continue
		}
		for n := 0; n < k; n++ {
			if groundWords.has(st.low[n]) || st.placeAt(n) {
				return true
			}
		}
		return false
	}
	return false
}

// withdrawnWhen open a clause that tells a withdrawal beside the main one.
var withdrawnWhen = filtered(wordSet("after", "as", "when", "once"))

// agreedWords tell that a pull-back follows a deal.
var agreedWords = filtered(wordSet("agreed"))

// groundLeftWords introduce the ground forces leave; groundNotLeftWords
// where they go or what they stay near.
var (
	groundLeftWords    = filtered(wordSet("from", "of", "out"))
	groundNotLeftWords = filtered(wordSet("to", "toward", "towards", "into", "near", "outside", "across", "for", "back", "behind", "after", "before", "as"))
)

// placeAt reports whether a place the sentence names starts at token k.
func (st *sent) placeAt(k int) bool {
	for _, p := range st.places {
		if p.i == k {
			return true
		}
	}
	return false
}

// leavesBody reports whether what is left, named in the few words after
// the trigger, is a treaty, a body or talks: "withdrew from the arms
// control treaty", "pulled out of the regional force's talks" is
// diplomacy, whatever forces the treaty's name holds.
func (x *acx) leavesBody() bool {
	if x.i < 0 {
		return false
	}
	for k := x.j; k < len(x.st.low) && k < x.j+8 && x.st.clause[k] == x.st.clause[x.i]; k++ {
		w := x.st.low[k]
		if w == "," || w == "under" || groundWords.has(w) && w != "control" {
			return false
		}
		if bodyWords.has(w) {
			return true
		}
	}
	return false
}

// bodyWords name treaties, bodies and talks a state can leave.
var bodyWords = filtered(wordSet("treaty", "treaties", "pact", "convention", "accord", "protocol", "talks", "negotiations",
	"organisation", "organization", "court", "council", "alliance", "bloc", "commission", "initiative"))

// forcedOut reports whether the withdrawal is the end of a fight the
// sentence tells: ground taken in a clause before it ("rebels took control
// of half the city as government troops pulled back") or fighting after
// it ("withdrew following hours of heavy fighting"). The battle is the
// event ACLED records; no ground changed hands peacefully.
func (x *acx) forcedOut() bool {
	if x.i < 0 {
		return false
	}
	for k := 0; k < x.i; k++ {
		if x.st.clause[k] != x.st.clause[x.i] && (takenWords.has(x.st.low[k]) || x.st.low[k] == "took" && k+1 < x.i && x.st.low[k+1] == "control") {
			return true
		}
	}
	for k := x.j; k < len(x.st.low); k++ {
		switch x.st.low[k] {
		case "after", "following", "under":
			for n := k + 1; n < len(x.st.low) && n < k+7; n++ {
				if fightWords.has(x.st.low[n]) {
					return true
				}
			}
		}
	}
	return false
}

// takenWords tell of ground taken by force.
var takenWords = filtered(wordSet("captured", "seized", "overran", "overrun", "recaptured", "retook", "retaken", "stormed", "swept"))

// fightWords name fighting that drives forces out.
var fightWords = filtered(wordSet("fighting", "clashes", "battle", "battles", "assaults", "assault", "strikes", "airstrikes", "bombardment",
	"shelling", "offensive", "attacks", "pressure"))

// leavesLand reports whether forces leave a whole country or region
// rather than a town or a base: "the last foreign soldiers left the
// country's north" changes what they do; "troops withdrew from the town"
// hands the town over.
func (x *acx) leavesLand() bool {
	if x.clauseHas(&handWords) || x.handsOverGround() {
		return false
	}
	for _, p := range x.st.places {
		if p.i < x.j || p.i >= x.j+6 || x.st.clause[p.i] != x.st.clause[x.i] {
			continue
		}
		for k := x.j; k < p.i; k++ {
			if groundWords.has(x.st.low[k]) && !regionWords.has(x.st.low[k]) {
				return false
			}
		}
		return p.place.Precision == "country" || p.place.Precision == "admin1" || x.foreignCapital(p)
	}
	return x.countryLeft()
}

// foreignCapital reports whether place p is the capital of a country
// other than that of the forces leaving: "the last Belgian soldiers left
// Bamako" ends their deployment in Mali; no town changes hands. A site in
// the capital ("left Bamako airport") is handed over.
func (x *acx) foreignCapital(p placeRef) bool {
	m := x.st.mentionAt(p.i)
	if m == nil || m.kind != "capital" || m.j != p.j || len(x.ev.Source) == 0 ||
		p.j < len(x.st.low) && groundWords.has(x.st.low[p.j]) {
		return false
	}
	src := x.ev.Source[0].Country
	return src != "" && m.actor.Country != "" && src != m.actor.Country
}

// handWords tell of something handed over.
var handWords = filtered(wordSet("handed", "handing", "hand", "hands"))

// handsOverGround reports whether, after the trigger, the sentence tells
// of the leaving forces handing positions to another: "began pulling out
// of the region, where they had been deployed since the war, and are
// handing their posts over to the army" hands the ground over.
func (x *acx) handsOverGround() bool {
	if x.i < 0 {
		return false
	}
	for k := x.j; k < len(x.st.low); k++ {
		if !handWords.has(x.st.low[k]) {
			continue
		}
		for n := k + 1; n < len(x.st.low) && n <= k+4; n++ {
			if groundWords.has(x.st.low[n]) {
				return true
			}
		}
	}
	return false
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
var regionWords = filtered(wordSet("province", "region", "district", "territory", "area"))

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
	if x.ev.Source[0].Sector == "IGO" && x.clauseHas(&peacekeepWords) {
		return true
	}
	if !isState(x.ev.Source[0]) || x.ev.Source[0].Sector != "" {
		return false
	}
	if x.clauseHas(&troopWords) {
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
var peacekeepWords = filtered(wordSet("peacekeepers", "peacekeeping", "mission", "base", "camp", "troops"))

// troopWords name armed forces.
var troopWords = filtered(wordSet("troops", "forces", "soldiers", "army", "fighters", "units", "battalion", "battalions", "brigade"))

// intended reports whether the trigger is an infinitive of what someone
// means or is bound to do ("agreed to withdraw", "commits … to withdraw"),
// not of what has begun ("began to withdraw").
func (x *acx) intended() bool {
	if x.i < 2 || x.st.low[x.i-1] != "to" {
		return false
	}
	return !begunWords.has(x.st.low[x.i-2])
}

// begunWords before "to" tell that the act is under way.
var begunWords = filtered(wordSet("began", "begun", "begins", "begin", "started", "starts", "start", "continued", "continues", "continue"))

// handover: a base, a town or ground handed over changes hands without a
// fight ("handed over its last installation"); prisoners handed over
// remain an exchange.
func handover(x *acx) bool {
	if x.e.mode != "release" || x.i < 0 || x.st.low[x.i] != "handed" {
		return false
	}
	if x.objectIs(x.j, &groundWords) {
		return x.set(acledStrategic, subTransfer)
	}
	return false
}

// groundWords are places and positions that can be handed over.
var groundWords = filtered(wordSet("base", "bases", "airfield", "airfields", "airbase", "barracks", "garrison", "installation",
	"installations", "camp", "camps", "post", "posts", "town", "towns", "city", "cities", "village", "villages", "territory", "positions", "position", "control", "area", "airport", "port", "province", "district", "region"))

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
		if x.inClause(c, retakeWords.m) || x.inClause(c, wordSet("back")) && x.inClause(c, wordSet("control")) ||
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
		if !x.inClause(c, overrunWords.m) && (c != x.st.clause[x.i] || !x.fellTo()) {
			continue
		}
		if stateTaker(x, c) || x.backedState() {
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
var overrunWords = filtered(wordSet("overran", "overrun", "overrunning", "overruns"))

// retakeWords tell of ground taken back.
var retakeWords = filtered(wordSet("recaptured", "recapture", "retook", "retaken", "regained", "reclaimed", "liberated"))
