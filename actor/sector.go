package actor

import "strings"

// sectorLabels names every sector code the dictionary accepts. The codes are
// shared across truce (see DESIGN.md); the labels build state actor names
// such as "Pakistan military".
var sectorLabels = map[string]string{
	"GOV": "government",
	"MIL": "military",
	"COP": "police",
	"JUD": "judiciary",
	"LEG": "legislature",
	"SPY": "intelligence services",
	"REB": "rebels",
	"MLT": "militia",
	"OPP": "opposition",
	"CVL": "civilians",
	"REF": "refugees",
	"PRO": "protesters",
	"MED": "media",
	"HLH": "health workers",
	"AID": "aid workers",
	"BUS": "business",
	"LAB": "labour",
	"REL": "religious leaders",
	"EDU": "education",
	"IGO": "international organisation",
	"NGO": "non-governmental organisation",
	"CRM": "criminal group",
}

// armedOrGov reports whether a sector noun after a group name belongs to the
// group ("Taliban fighters", "Hamas officials"), and which state sector it
// becomes when the group is itself a state actor on the date.
func armedOrGov(sector string) (string, bool) {
	switch sector {
	case "MIL", "REB", "MLT":
		return "MIL", true
	case "COP", "GOV", "SPY":
		return sector, true
	}
	return "", false
}

// stateOrgan holds the sectors of a state's own organs. A group whose role
// is one of them takes the sector of the noun after it ("Taliban forces"
// after 2021 is AFGMIL); a group that stands for a non-state part of a
// country keeps its own: "Koglweogo militia" stays BFAMLT and "BYC
// leaders" PAKPRO.
var stateOrgan = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true}

// forceOrgan reports whether sector is one of a state's armed or security
// forces. A group that is such a force keeps its sector before a noun for
// its people: "CRPF officers" and "Rosgvardia personnel" are police, "ISI
// agents" spies, as the dictionary codes the force, although "officers"
// and "personnel" alone are soldiers.
func forceOrgan(sector string) bool {
	return sector == "MIL" || sector == "COP" || sector == "SPY"
}

// modifierSectors are the sectors of bare nouns that, used as a modifier
// before another sector noun, say which side its people belong to: the
// "separatist" of "a separatist spokesman", the "police" of "police
// medics". A "government" modifier is left out: "government forces" are the
// military and "a government school" a school.
var modifierSectors = map[string]bool{
	"MIL": true, "COP": true, "SPY": true, "REB": true, "MLT": true, "CRM": true, "OPP": true,
}

// memberSectors are the sectors of the nouns a modifier can claim: people
// who fight or work for a side. Nouns for whole populations are left out,
// so "police families" and "rebel captives" keep their own sector.
var memberSectors = map[string]bool{
	"MIL": true, "COP": true, "SPY": true, "REB": true, "MLT": true, "CRM": true,
	"OPP": true, "LAB": true, "HLH": true, "MED": true, "AID": true,
}

// govMembers are the government nouns a modifier can claim: people who
// speak or act for a side. Bodies and offices are left out, since "a
// military government" is a government and "the police minister" a
// minister.
var govMembers = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokesperson": true,
	"spokeswoman": true, "leader": true, "leaders": true, "leadership": true,
	"negotiators": true, "envoy": true, "envoys": true, "authorities": true,
}

// memberNoun reports whether the sector noun h names people who act for
// whichever side the word before it names ("a rebel spokesman", "police
// medics").
func memberNoun(text string, toks []tok, h hit) bool {
	if h.kind != KindSector {
		return false
	}
	if h.sector != "GOV" {
		return memberSectors[h.sector]
	}
	last := toks[h.end-1]
	return govMembers[strings.ToLower(text[last.s:last.e])]
}

// armedSector holds the sectors of people who bear arms.
var armedSector = map[string]bool{"MIL": true, "REB": true, "MLT": true, "CRM": true}

// partitiveNouns are collective sector nouns that, followed by "of", only
// count out a part of whoever is named next: "a detachment of riot police"
// are the police and "the first detachment of a multinational mission" the
// mission's, while "the Chadian detachment" alone is Chad's military.
var partitiveNouns = wordSet(`detachment detachments`)

// partitiveOnly reports whether the one-word sector noun at token i is a
// partitive noun followed by "of".
func partitiveOnly(text string, toks []tok, i int) bool {
	if !partitiveNouns[strings.ToLower(text[toks[i].s:toks[i].e])] || i+1 >= len(toks) {
		return false
	}
	w := toks[i+1]
	return w.word && strings.EqualFold(text[w.s:w.e], "of")
}

// bandNouns are the armed nouns that say only that men bear arms, not for
// what cause: after a community they make its communal militia ("Nuer
// gunmen" are SSDMLT), where "Kuki militants" or "Anglophone separatists"
// are rebels.
var bandNouns = wordSet(`fighters fighter gunmen gunman men attackers attacker
	assailants combatants`)

// bandNoun reports whether the sector noun h ends in a band noun.
func bandNoun(text string, toks []tok, h hit) bool {
	if h.kind != KindSector || h.sector != "REB" {
		return false
	}
	last := toks[h.end-1]
	return bandNouns[strings.ToLower(text[last.s:last.e])]
}
