package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode69 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode67 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// Goods taken by a seizure verb are confiscated property even where the
// row of the verb gives the 192 of ground taken: "police seized rifles
// and a drone in the raid", "customs officers confiscated $2 million in
// cash", "troops seized 300 kilograms of explosives", "they seized
// documents and computers from the office". Gold gives such a seizure
// CAMEO 1711 (8 of 9 judged on dev, in 8 files, old and new; the other
// gives 171), as mode62 does for the same verbs coded 171; a town, a base
// or an office seized ("the militia seized the city") stays 192. What is seized is read after the
// verb, in its clause: goods named first make it 1711, a place first
// leaves it.
//
// A road or a bridge blocked by people who demand that a leader go is a
// blockade for a change of leadership: "drivers blocked the highway,
// demanding the governor's resignation", "hundreds blocked roads to call
// for the premier to step down". Gold gives it CAMEO 1441 (6 of 6 such
// blockades on dev, in 6 files, old and new), where the row gives the
// 144 of a blockade at large; mode62 and mode65 read the same demand for
// demonstrations (1411). The demand must be the blockade's own, before
// any relative clause or report: "blocked the road to the town, where
// students have rallied to demand the governor's resignation" tells
// another protest's demand. (A riot so told gold splits 1451/145 in the
// same sentences, and it is left.)
//
// A demonstration against a leader or a ruling body, named by title, is
// one for a change of leadership: "three days of protests against
// President X", "marched through the capital against the junta", "rallied
// against Togo's leadership". Gold gives it CAMEO 1411 (4 of 4 judged on
// dev, in 4 files, old and new; 8 to 3 among all such evidence), where the
// row gives 141. Where the leader owns what is opposed ("against President
// X's re-election", "against the president's spending cuts") gold splits
// 141/1411/1412, and the event is left.
//
// Aid or a pact halted is told by its kind: military or defence ("ended
// its defence cooperation agreement with Paris", "revoked a military
// cooperation agreement") is CAMEO 1622 (reduce or stop military
// assistance), economic ("suspend its bilateral aid", "put financial aid
// on hold") 1621; the rows give all such halts the 1623 of humanitarian
// aid, which gold keeps for food aid and relief work (6 of 6 judged on
// dev, in 6 files).
//
// mode69Code returns the finer code of cd's event, or "" to keep its own.
func mode69Code(cd *candidate) string {
	switch {
	case cd.st == nil:
	case cd.ev.Type == truce.Coerce && cd.ev.CAMEO == "192" && mode69GoodsSeized(cd):
		return mode69ConfiscationCode
	case cd.ev.Type == truce.Protest && cd.ev.CAMEO == "144" && mode69LeaderOutAsked(cd.st.low, cd.j):
		return mode69LeaderBlockadeCode
	case cd.ev.Type == truce.Protest && cd.ev.CAMEO == "141" && mode69AgainstLeader(cd.st.low, cd.j):
		return mode69LeaderProtestCode
	case cd.ev.Type == truce.Assault && (cd.ev.CAMEO == "182" || cd.ev.CAMEO == "1823") &&
		mode59StateForces(cd.ev.Source) && mode69AllProtesters(cd.ev.Target):
		return mode59RepressionCode
	case cd.ev.Type == truce.Sanction && cd.ev.CAMEO == "1623":
		return mode69AidKindCode(cd.st.low, cd.i, cd.j)
	}
	return ""
}

// mode69SeizedReach is the most tokens after a seizure verb what it seized
// may be named.
const mode69SeizedReach = 8

// mode69GoodsSeized reports whether cd's trigger is a seizure verb whose
// object, named first after it in its clause, is goods, not a place.
func mode69GoodsSeized(cd *candidate) bool {
	low := cd.st.low
	seize := -1
	for k := cd.i; k < cd.j && k < len(low); k++ {
		if mode62SeizeVerbs.has(low[k]) {
			seize = k
		}
	}
	if seize < 0 {
		return false
	}
	for k := seize + 1; k < len(low) && k <= seize+mode69SeizedReach; k++ {
		w := low[k]
		switch {
		case mode59TalksStops.has(w) || w == "from" || w == "in" || w == "at":
			return false
		case mode69PlaceNouns.has(w) || w == "control":
			return false
		case mode69GoodsNouns.has(w) || strings.HasPrefix(w, "$"):
			return true
		}
	}
	return false
}

// mode69GoodsNouns name the goods seized: arms, money, papers, machines,
// vehicles, drugs, and the weights and loads they are counted in.
var mode69GoodsNouns = filtered(wordSet("weapons", "weapon", "arms", "rifles", "rifle", "guns", "gun",
	"pistol", "pistols", "ammunition", "rounds", "explosives", "explosive", "dynamite", "detonators",
	"grenades", "landmines", "missiles", "missile", "rockets", "drones", "drone", "components", "parts",
	"equipment", "knives", "knife", "swords", "machetes", "cash", "money", "funds", "currency", "gold",
	"documents", "papers", "passports", "files", "computers", "computer", "laptops", "phones",
	"phone", "servers", "vehicles", "vehicle", "cars", "car", "trucks", "truck",
	"furniture", "drugs", "cocaine", "heroin", "cannabis", "methamphetamine", "fuel",
	"tonnes", "tons", "kilograms", "kilogrammes", "kg", "barrels", "containers", "shipment", "shipments",
	"cache", "caches", "stockpile", "haul", "assets", "property", "goods", "materials"))

// mode69PlaceNouns name ground or buildings taken: a seizure of them is
// the 192 of the row.
var mode69PlaceNouns = filtered(wordSet("town", "towns", "city", "cities", "village", "villages", "base",
	"bases", "camp", "camps", "post", "posts", "outpost", "outposts", "district", "districts", "province",
	"airport", "port", "office", "offices", "building", "buildings", "headquarters", "territory", "area",
	"areas", "positions", "position", "land", "island", "islands", "crossing", "crossings", "border",
	"capital", "palace", "compound", "station", "garrison", "checkpoint", "checkpoints", "hill", "road",
	"highway", "bridge", "mine", "oilfield", "field", "fields", "region", "zone", "streets", "centre",
	"center", "parliament", "ministry"))

// mode69DemandReach is the most tokens after a blockade's trigger the verb
// of its demand may be.
const mode69DemandReach = 24

// mode69LeaderOutAsked reports whether the words of low from j on, in the
// blockade's own clause (no relative clause or report begun first), demand
// that a leader or official go: "blocked roads for a week, demanding the
// resignation of the minister".
func mode69LeaderOutAsked(low []string, j int) bool {
	for k, end := j, objectClauseEnd(low, j, j+mode69DemandReach); k < end; k++ {
		w := low[k]
		if mode65DemandVerb(low, k, w) {
			return mode65LeaderOutAfter(low, k)
		}
	}
	return false
}

// mode69OtherClause begin a clause whose demand is not the blockade's.
var mode69OtherClause = filtered(wordSet(";", ".", "where", "who", "whom", "which", "while", "whereas",
	"but", "said", "says", "after", "before", "as"))

// objectClauseEnd returns where the words of low from `from` on, up to limit,
// leave their clause: at the first word that opens another
// (mode69OtherClause), at limit, or at the sentence's end. The CAMEO
// readers look for the object of a trigger before it.
func objectClauseEnd(low []string, from, limit int) int {
	limit = min(limit, len(low))
	for k := from; k < limit; k++ {
		if mode69OtherClause.has(low[k]) {
			return k
		}
	}
	return limit
}

// mode69AgainstReach is the most tokens after a demonstration's trigger
// "against" may be.
const mode69AgainstReach = 12

// mode69AgainstLeader reports whether the demonstration whose trigger ends
// before j is against a leader or a ruling body, named by title within
// two words after "against", no policy of theirs named.
func mode69AgainstLeader(low []string, j int) bool {
	for k := j; k < len(low) && k < j+mode69AgainstReach; k++ {
		w := low[k]
		if mode69OtherClause.has(w) || mode59TalksStops.has(w) {
			return false
		}
		if w != "against" {
			continue
		}
		for n := k + 1; n < len(low) && n <= k+3; n++ {
			if mode69LeaderTitles.has(low[n]) {
				return !mode69PolicyAfter(low, n) && !mode69LeadersAct(low, n)
			}
		}
		return false
	}
	return false
}

// mode69PolicyAfter reports whether a policy is named within a few words
// after the leader's title at n: "against the president's tax plan".
func mode69PolicyAfter(low []string, n int) bool {
	for m := n + 1; m < len(low) && m <= n+6; m++ {
		if mode59TalksStops.has(low[m]) {
			return false
		}
		if mode64PolicyWords.has(low[m]) {
			return true
		}
	}
	return false
}

// mode69LeadersAct reports whether the leader titled at n is named as the
// owner of what is opposed, "against President Moreno's re-election bid",
// "against the premier's budget cuts": gold splits such protests between
// the 141 of a demonstration at large, 1411 and 1412, so they are left.
func mode69LeadersAct(low []string, n int) bool {
	for m := n; m < len(low) && m <= n+4; m++ {
		w := low[m]
		if w == "'s" || w == "’s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
		if mode59TalksStops.has(w) {
			return false
		}
	}
	return false
}

// mode69LeaderTitles name a leader or a ruling body.
var mode69LeaderTitles = filtered(wordSet("president", "premier", "prime", "junta", "regime", "leadership",
	"king", "monarch", "monarchy", "dictator", "dictatorship", "governor", "mayor", "chancellor"))

// A beating the police or the army give protesters is violent repression:
// "riot police struck marchers with batons", "officers beat the
// demonstrators and chased them into the river". Gold gives it CAMEO 175
// (6 of 7 such beatings on dev, in 5 files, old and new), as mode59 does
// for force the ACLED reading finds excessive, where the beating rows give
// 182, or 1823 when it kills; a beating by party loyalists or a mob is
// left.

// mode69AllProtesters reports whether every target given is protesters.
func mode69AllProtesters(tgt []truce.Actor) bool {
	for _, a := range tgt {
		if a.Sector != "PRO" {
			return false
		}
	}
	return len(tgt) > 0
}

// mode69AidReach is the most tokens after the trigger's end the aid or
// pact halted may be named.
const mode69AidReach = 10

// mode69AidKindCode returns the code of the aid halted, read after the
// first word of the trigger from i to j, within it or in its clause after
// it: military (1622) or economic (1621); "" for the humanitarian aid of
// the row's own 1623, or none named.
func mode69AidKindCode(low []string, i, j int) string {
	for k := i + 1; k < len(low) && k < j+mode69AidReach; k++ {
		w := low[k]
		switch {
		case k >= j && (mode59TalksStops.has(w) || mode69OtherClause.has(w)):
			return ""
		case mode69MilitaryAid.has(w):
			return mode69MilitaryAidCode
		case mode69EconomicAid.has(w):
			return mode69EconomicAidCode
		case mode69ReliefAid.has(w):
			return ""
		}
	}
	return ""
}

// mode69MilitaryAid name the military kind of aid or pact halted.
var mode69MilitaryAid = filtered(wordSet("defence", "defense", "military", "security", "arms", "weapons",
	"training"))

// mode69EconomicAid name the economic kind of aid halted.
var mode69EconomicAid = filtered(wordSet("financial", "budget", "budgetary", "bilateral", "development",
	"economic", "loans", "loan", "funding", "grants", "investment", "trade"))

// mode69ReliefAid name the humanitarian kind, the row's own.
var mode69ReliefAid = filtered(wordSet("food", "humanitarian", "relief", "medical", "medicine", "medicines",
	"emergency"))

// The codes mode69 gives.
const (
	mode69ConfiscationCode   = "1711" // confiscate property
	mode69LeaderBlockadeCode = "1441" // obstruct passage to demand leadership change
	mode69LeaderProtestCode  = "1411" // demonstrate for leadership change
	mode69MilitaryAidCode    = "1622" // reduce or stop military assistance
	mode69EconomicAidCode    = "1621" // reduce or stop economic assistance
)
