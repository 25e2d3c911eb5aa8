package code

import "github.com/truce-project/truce"

// mode66 reads one more finer CAMEO code (issue 3) off events once they
// are final, as mode59 to mode65 do: the trigger rows keep their codes for
// the confidence model, only the event's code (and Goldstein) change.
//
// An agreement or pledge whose content is security work done together is
// one of the kinds of material cooperation CAMEO gives under 031, told by
// what is to be done, the first act named after the trigger in its clause:
//   - sharing what one knows ("agreed to share intelligence on the
//     militias", "pledged to keep sharing intelligence with", "agreed to
//     exchange information on drug trafficking", "signed a memorandum to
//     share intelligence on insurgents"): intelligence cooperation, 0314
//     (10 of 14 such agreements on dev, in 9 files, old and new; the rest
//     give the 064 of sharing done, or the 057 of the signing);
//   - patrols or drills run together ("agreed to launch joint police
//     patrols along the border", "agreed to step up joint patrols",
//     "agreed on a programme of trilateral military exercises"): military
//     cooperation, 0312 (6 to 0 on dev, in 5 files).
//
// Where the rows give the bare 057 of an accord or 030 of a pledge, gold
// gives the finer code. A halt of the drills ("agreed to suspend joint
// exercises") is no cooperation and keeps its code; a security pact only
// signed (no act named) is the 057 of signing in gold and is left, as is
// an accord on "patrolling arrangements" (gold splits it 0312/0356/057).
//
// mode66Code returns the finer code of cd's event, or "" to keep its own.
func mode66Code(cd *candidate) string {
	switch {
	case cd.st == nil:
	case cd.ev.Type == truce.Agree && (cd.ev.CAMEO == "057" || cd.ev.CAMEO == "030"):
		return mode66SecurityWorkCode(cd.st.low, cd.j)
	case cd.ev.Type == truce.Assault && cd.ev.CAMEO == "183" && mode66VehicleBomb(cd.st.low):
		return mode66VehicleBombCode
	case cd.ev.Type == truce.Coerce && cd.ev.CAMEO == "1722" && mode66GatheringBanned(cd):
		return mode66AdminSanctionCode
	case cd.ev.Type == truce.Coerce && cd.ev.CAMEO == "191" && mode66ClosureAmongSanctions(cd):
		return mode66EmbargoCode
	}
	return ""
}

// mode66Reach is the most tokens after the trigger the act agreed may be
// named.
const mode66Reach = 14

// mode66SecurityWorkCode returns the code of the first act of security
// cooperation named in low from j on, in the trigger's clause, or "".
func mode66SecurityWorkCode(low []string, j int) string {
	for k := j; k < len(low) && k < j+mode66Reach; k++ {
		w := low[k]
		switch {
		case mode59TalksStops.has(w) || mode66HaltVerbs.has(w):
			return ""
		case mode66ShareVerbs.has(w):
			for n := k + 1; n < len(low) && n <= k+4; n++ {
				if mode66Knowledge.has(low[n]) {
					return mode66IntelligenceCode
				}
			}
		case mode66Together.has(w):
			for n := k + 1; n < len(low) && n <= k+3; n++ {
				if mode66Drills.has(low[n]) {
					return mode66MilitaryCode
				}
			}
		}
	}
	return ""
}

// mode66ShareVerbs pass what one knows to another side.
var mode66ShareVerbs = filtered(wordSet("share", "shares", "shared", "sharing", "exchange", "exchanges",
	"exchanged", "exchanging", "pass", "passes", "passed", "passing", "swap", "swaps", "swapped", "swapping",
	"pool", "pools", "pooled", "pooling"))

// mode66Knowledge is what is shared in intelligence cooperation.
var mode66Knowledge = filtered(wordSet("intelligence", "information", "data", "intel"))

// mode66Together mark patrols or drills as run by more than one side.
var mode66Together = filtered(wordSet("joint", "trilateral", "bilateral", "combined", "coordinated",
	"military", "naval"))

// mode66Drills are the security work run together.
var mode66Drills = filtered(wordSet("patrol", "patrols", "patrolling", "exercise", "exercises", "drill",
	"drills", "manoeuvres", "maneuvers", "war-games", "wargames"))

// mode66HaltVerbs stop or call off what follows: no cooperation agreed.
var mode66HaltVerbs = filtered(wordSet("halt", "halts", "halted", "halting", "suspend", "suspends",
	"suspended", "suspending", "end", "ends", "ending", "stop", "stops", "stopping", "cancel", "cancels",
	"cancelled", "canceled", "cancelling", "scrap", "scraps", "scrapped", "scrapping", "postpone",
	"postponed", "pause", "paused", "curb", "curbs", "limit", "reduce", "scale"))

// The codes mode66 gives.
const (
	mode66IntelligenceCode  = "0314" // express intent to cooperate on intelligence
	mode66MilitaryCode      = "0312" // express intent to engage in military cooperation
	mode66VehicleBombCode   = "1832" // carry out car bombing
	mode66AdminSanctionCode = "172"  // impose administrative sanctions
	mode66EmbargoCode       = "163"  // impose embargo, boycott or sanctions
)

// A bomb carried in a vehicle is a car bombing, CAMEO 1832, in old and new
// gold alike (18 to 3 on dev, in 14 files): "a car bomb exploded outside
// the police station", "a motorcycle packed with explosives blew up", "an
// explosives-laden truck went off at the gate", "a bomb hidden under his
// car exploded". The rows of "exploded", "blew up", "went off" give the
// blast the 183 of any bombing. One driven by a suicide bomber is the 1831
// of its own rows and is left.

// mode66VehicleBomb reports whether the sentence of low tells a bomb in a
// vehicle, and no suicide bomber.
func mode66VehicleBomb(low []string) bool {
	found := false
	for k, w := range low {
		switch {
		case w == "suicide":
			return false
		case found:
		case mode66Vehicles.has(w):
			found = mode66BombAfterVehicle(low, k)
		case mode66LadenWords.has(w):
			found = k+1 < len(low) && mode66Vehicles.has(low[k+1]) ||
				k+2 < len(low) && mode66Vehicles.has(low[k+2])
		case mode66HiddenWords.has(w) && k >= 1 && mode66BombWords.has(low[k-1]) && k+1 < len(low) &&
			mode66IntoWords.has(low[k+1]):
			for n := k + 2; n < len(low) && n <= k+4; n++ {
				if mode66Vehicles.has(low[n]) {
					found = true
				}
			}
		}
	}
	return found
}

// mode66BombAfterVehicle reports whether the vehicle at k is a bomb: "car
// bomb", "truck packed with explosives", "van rigged with a bomb".
func mode66BombAfterVehicle(low []string, k int) bool {
	if k+1 >= len(low) {
		return false
	}
	if mode66BombWords.has(low[k+1]) {
		return true
	}
	if !mode66PackedWords.has(low[k+1]) || k+2 >= len(low) || low[k+2] != "with" {
		return false
	}
	for n := k + 3; n < len(low) && n <= k+7; n++ {
		if mode66BombWords.has(low[n]) {
			return true
		}
	}
	return false
}

// mode66Vehicles carry a bomb in a car bombing.
var mode66Vehicles = filtered(wordSet("car", "cars", "truck", "trucks", "van", "vans", "motorcycle",
	"motorcycles", "motorbike", "motorbikes", "vehicle", "vehicles", "lorry", "lorries", "tanker",
	"tankers", "bus", "buses", "minibus", "minibuses", "pickup", "pick-up", "jeep", "suv", "taxi",
	"rickshaw", "scooter", "bicycle"))

// mode66BombWords name the charge.
var mode66BombWords = filtered(wordSet("bomb", "bombs", "bombing", "bombings", "explosives", "explosive",
	"device", "ied"))

// mode66PackedWords load a vehicle with the charge.
var mode66PackedWords = filtered(wordSet("packed", "laden", "loaded", "rigged", "filled", "stuffed",
	"crammed", "fitted"))

// mode66LadenWords are a vehicle's charge told before it.
var mode66LadenWords = filtered(wordSet("explosives-laden", "explosive-laden", "explosives-packed",
	"explosive-packed", "bomb-laden", "explosives-filled", "explosive-filled", "booby-trapped"))

// mode66HiddenWords put a bomb in or under something.
var mode66HiddenWords = filtered(wordSet("hidden", "planted", "placed", "attached", "concealed", "fixed",
	"strapped"))

// mode66IntoWords put it in or under the vehicle.
var mode66IntoWords = filtered(wordSet("in", "under", "inside", "beneath", "underneath", "to"))

// A ban on gatherings ("the governor banned all demonstrations in the
// city", "the ministry had banned public gatherings", "a police ban on the
// march", "the rally had been banned") is an administrative sanction,
// CAMEO 172, in old and new gold alike (6 to 1 on dev, in 6 files), where
// the ban rows give the 1722 that gold keeps for parties and groups banned,
// suspended or dissolved (and for meetings at a party's offices, so
// "meetings" is not a gathering here).

// mode66BanReach is the most tokens before or after a ban's trigger the
// gathering banned may be named.
const mode66BanReach = 4

// mode66GatheringBanned reports whether what cd's ban bars, named next to
// its trigger, is a gathering.
func mode66GatheringBanned(cd *candidate) bool {
	low := cd.st.low
	from := cd.i - mode66BanReach
	if from < 0 {
		from = 0
	}
	for k := from; k < len(low) && k < cd.j+mode66BanReach; k++ {
		w := low[k]
		if mode66Gatherings.has(w) ||
			(w == "assembly" || w == "assemblies") && k >= 1 && low[k-1] == "public" {
			return true
		}
		if k >= cd.j && mode59TalksStops.has(w) {
			break
		}
	}
	return false
}

// mode66Gatherings are crowds a ban bars.
var mode66Gatherings = filtered(wordSet("demonstration", "demonstrations", "gathering", "gatherings",
	"protest", "protests", "march", "marches", "rally", "rallies", "procession", "processions", "sit-in",
	"sit-ins", "vigil", "vigils"))

// A border or airspace closed as one of a package of economic sanctions
// ("the bloc closed its members' borders with the country and froze its
// assets at the central bank", "closed its airspace to the neighbour's
// airlines and suspended all trade") is an embargo, CAMEO 163 (6 to 0 on
// dev, in 5 files), where a closure told alone is the 191 of its row
// (14 to 1).

// mode66ClosureAmongSanctions reports whether cd's closure is of a border
// or airspace and its sentence also freezes assets or suspends trade or
// transactions.
func mode66ClosureAmongSanctions(cd *candidate) bool {
	low := cd.st.low
	closure := false
	for k := cd.i; k < len(low) && k < cd.j+mode66BanReach; k++ {
		if mode66Frontiers.has(low[k]) {
			closure = true
			break
		}
	}
	if !closure {
		return false
	}
	for k, w := range low {
		if mode66FreezeVerbs.has(w) {
			return true
		}
		if mode66SuspendTradeVerbs.has(w) {
			for n := k + 1; n < len(low) && n <= k+3; n++ {
				if mode66Dealings.has(low[n]) {
					return true
				}
			}
		}
	}
	return false
}

// mode66Frontiers are what a closure shuts to another state.
var mode66Frontiers = filtered(wordSet("border", "borders", "frontier", "frontiers", "airspace", "crossings"))

// mode66FreezeVerbs freeze a state's money.
var mode66FreezeVerbs = filtered(wordSet("froze", "freeze", "freezes", "frozen", "freezing"))

// mode66SuspendTradeVerbs halt dealings with a state.
var mode66SuspendTradeVerbs = filtered(wordSet("suspended", "suspend", "suspends", "suspending", "halted",
	"halt", "halts", "cut", "cuts", "severed", "stopped"))

// mode66Dealings are the dealings a sanction halts.
var mode66Dealings = filtered(wordSet("trade", "transactions", "imports", "exports", "payments", "assets"))
