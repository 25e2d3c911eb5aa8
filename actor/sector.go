package actor

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
