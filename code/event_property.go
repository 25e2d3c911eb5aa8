package code

import "strings"

// propertyHit reports whether a violent trigger that needs a target acts
// on a thing rather than on someone: "drones struck an oil refinery",
// "gunmen opened fire on a bus", "rebels attacked a gas pipeline". The
// attack is news though no actor is hit; words that only share the verb
// ("struck a deal", "attacked the plan") name no such thing.
// "Rebels stormed a hotel" is left to the people it hit.
func propertyHit(st *sent, cd *candidate) bool {
	if !cd.e.has(flagViolent) {
		return false
	}
	// "police stormed the building", "security forces raided a
	// compound": entering a place is as often an arrest or a rescue as
	// an attack, and the verb alone does not tell which.
	if w := st.low[cd.i]; strings.HasPrefix(w, "storm") || strings.HasPrefix(w, "raid") {
		return false
	}
	k := cd.j
	if k < len(st.low) && (st.low[k] == "on" || st.low[k] == "at" || st.low[k] == "into") {
		k++
	}
	// "struck Mitiga, the capital's only working airport": a name no
	// list knows, told by the appositive after it.
	if k < len(st.toks) && properTag(st.toks[k].tag) && st.mentionAt(k) == nil {
		for k < len(st.toks) && properTag(st.toks[k].tag) {
			k++
		}
		if k >= len(st.low) || st.low[k] != "," {
			return false
		}
		k++
	}
	return hitThings[thingHead(st, k)]
}

// thingHead returns the head noun of the noun phrase that starts at k,
// read over its article, numbers, modifiers and possessors ("the
// capital's only working airport"), or "" when none is common.
func thingHead(st *sent, k int) string {
	head := ""
	for end := k + 8; k < len(st.toks) && k < end; k++ {
		tag := st.toks[k].tag
		switch {
		case tag == "POS":
			head = ""
		case tag == "DT" || tag == "PRP$" || tag == "CD" || strings.HasPrefix(tag, "JJ") || tag == "VBN" || tag == "VBG" || tag == "RB":
			if head != "" {
				return head
			}
		case strings.HasPrefix(tag, "NN") && !properTag(tag):
			head = st.low[k]
		default:
			return head
		}
	}
	return head
}

// properTag reports whether a tag is a proper noun's.
func properTag(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// hitThings are the buildings, works, vehicles and dwellings an attack
// is aimed at when it is aimed at no one: "targeted an ammunition depot",
// "fired a missile at a cargo ship", "struck a house"; the vehicles are
// groundVehicles ("gunmen opened fire on a bus").
var hitThings = func() map[string]bool {
	m := wordSet(
		"depot", "depots", "refinery", "refineries", "pipeline", "pipelines", "plant", "plants",
		"substation", "substations", "facility", "facilities", "warehouse", "warehouses",
		"factory", "factories", "airport", "airfield", "airfields", "port", "harbour", "harbor",
		"bridge", "bridges", "dam", "railway", "railways", "train", "trains", "station", "stations",
		"terminal", "convoy", "convoys", "vehicle", "vehicles", "tanker", "tankers", "ship", "ships", "vessel",
		"vessels", "boat", "boats", "building", "buildings", "office", "offices", "compound",
		"headquarters", "hotel", "hotels", "tower", "towers", "grid", "infrastructure",
		"barracks", "prison", "jail", "courthouse", "warship", "helicopter", "aircraft",
		"checkpoint", "checkpoints", "outpost", "outposts",
		// Dwellings and hideouts: "jets struck a house in Rafah", "drones hit
		// suspected hideouts", "shelled a camp".
		"house", "houses", "home", "homes", "apartment", "apartments", "tent", "tents",
		"shelter", "shelters", "hideout", "hideouts", "camp", "camps", "base", "bases",
		"shop", "shops", "hospital", "hospitals", "school", "schools", "mosque", "mosques",
		"church", "churches", "market", "markets",
		// Venues where people gather: "a grenade was thrown into a bar",
		// "gunmen opened fire on a restaurant".
		"bar", "bars", "cafe", "cafes", "café", "restaurant", "restaurants", "nightclub",
		"nightclubs", "pub", "pubs", "stadium", "cinema", "teahouse",
	)
	for w := range groundVehicles.m {
		m[w] = true
	}
	return m
}()

// threatToAct reports whether a threat verb is followed by the act it
// threatens: "threatened to boycott the vote", "threatens to retaliate".
// A warning ("warned of famine") is no threat without someone warned,
// and one that "had" been made ("the strike they had threatened to
// begin") is background to the news.
func threatToAct(st *sent, cd *candidate) bool {
	if cd.i > 0 && st.low[cd.i-1] == "had" {
		return false
	}
	return strings.HasPrefix(st.low[cd.i], "threaten") && cd.j+1 < len(st.low) &&
		st.low[cd.j] == "to" && st.toks[cd.j+1].tag == "VB" || mode48DatedThreat(st, cd)
}

// weaponHitThing reports whether a violent trigger tells a weapon hitting
// a thing: the verb after a weapon ("two rockets struck a warehouse") or
// the weapon noun before such a verb ("a drone hit a lorry near Tyre").
func (c *Coder) weaponHitThing(st *sent, cd *candidate) bool {
	if !cd.e.has(flagViolent) {
		return false
	}
	if cd.e.pos == 'V' {
		return c.weaponSubject(st, cd) && propertyHit(st, cd) || c.prec57GerundAttackSubject(st, cd)
	}
	if c.prec57AttackNounHit(st, cd) {
		return true
	}
	k := cd.j
	if k >= len(st.low) || !strings.HasPrefix(st.toks[k].tag, "VB") {
		return false
	}
	if thrownAtThing(st, k) {
		return true
	}
	es, n := c.lex.match(st.low, k)
	for _, e := range es {
		if e.pos == 'V' && e.has(flagViolent) {
			verb := *cd
			verb.e, verb.i, verb.j = e, k, k+n
			return propertyHit(st, &verb)
		}
	}
	return false
}

// thrownAtThing reports whether the words from k tell a weapon sent, in
// the passive, at a thing or a settlement with no hand named: "a grenade
// was thrown into a crowded bar", "rockets were fired towards the town of
// Sderot", "a petrol bomb was lobbed at an army base". The noun before k
// is the weapon; a weapon "fired" or "thrown" at nothing ("shots were
// fired into the air") tells no attack, and one fired at a thing
// rather than a settlement is left to "fired at".
func thrownAtThing(st *sent, k int) bool {
	for k < len(st.low) && passiveAuxBefore.has(st.low[k]) {
		k++
	}
	if k >= len(st.low) || !projectileVerbs.has(st.low[k]) {
		return false
	}
	thrown := throwVerbs.has(st.low[k])
	k++
	if k < len(st.low) && (st.low[k] == "indiscriminately" || st.low[k] == "overnight") {
		k++
	}
	if k >= len(st.low) || !aimedPreps.has(st.low[k]) {
		return false
	}
	return thrown && hitThings[thingHead(st, k+1)] || settlementAt(st, k+1)
}

// settlementAt reports whether the noun phrase from k names a settlement
// by its kind, past an article and a demonym: "the town of Sderot", "the
// Israeli town of Metula", "border villages".
func settlementAt(st *sent, k int) bool {
	if h := thingHead(st, k); settlementNouns.has(h) {
		return true
	}
	for end := k + 4; k < len(st.low) && k < end; k++ {
		if settlementNouns.has(st.low[k]) && k+1 < len(st.low) && st.low[k+1] == "of" {
			return true
		}
	}
	return false
}

// weaponAtSettlement reports whether a weapon noun trigger tells the
// weapon sent at a settlement with no hand named ("shells were fired at
// the town of Kalehe"): the people of the place are hit.
func weaponAtSettlement(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !thrownAtThing(st, cd.j) {
		return false
	}
	k := cd.j
	for k < len(st.low) && !aimedPreps.has(st.low[k]) {
		k++
	}
	return settlementAt(st, k+1)
}

// passiveAuxBefore are the auxiliaries of a passive before its participle:
// "was thrown", "have been fired".
var passiveAuxBefore = filtered(wordSet("was", "were", "is", "are", "been", "being", "be", "had", "has", "have", "reportedly", "also"))

// projectileVerbs send a weapon off at something: "a grenade was hurled",
// "shells were lobbed".
var projectileVerbs = filtered(wordSet("thrown", "hurled", "lobbed", "tossed", "fired", "launched", "dropped"))

// throwVerbs send a weapon by hand at a thing close by: "a petrol bomb
// was tossed into a shop". (A thing "fired at" is left to the verb's own
// trigger.)
var throwVerbs = filtered(wordSet("thrown", "hurled", "lobbed", "tossed"))

// aimedPreps tell where a weapon sent off was aimed or fell.
var aimedPreps = filtered(wordSet("at", "into", "on", "onto", "towards", "toward", "against"))

// settlementNouns are places people live, hit as a whole: "rockets were
// fired at the town of Kiryat Shmona".
var settlementNouns = filtered(wordSet("town", "towns", "village", "villages", "city", "cities", "neighbourhood", "neighborhood", "district", "suburb", "settlement", "settlements"))
