package code

import "github.com/truce-project/truce"

// pluralStates, after "the two", name the two states of the sentence as
// speakers: "the two countries said in a joint statement".
var pluralStates = filtered(map[string]bool{"countries": true, "governments": true, "nations": true, "states": true})

// speakerNouns are reporters the actor dictionary does not know, with
// their sector: "state media said", "a rights group said", "organisers
// said", "the presidency said".
var speakerNouns = map[string]string{
	"media": "MED", "radio": "MED", "television": "MED", "tv": "MED", "broadcaster": "MED", "newspaper": "MED",
	"broadcasters": "MED", "newspapers": "MED", "channel": "MED", "channels": "MED", "outlets": "MED",
	"watchdog": "NGO", "monitor": "NGO", "charity": "NGO",
	"organisers": "PRO", "organizers": "PRO", "union": "LAB",
	"presidency": "GOV", "ombudsman": "GOV", "administrator": "GOV", "governor": "GOV", "mayor": "GOV", "commissioner": "GOV",
	"agency": "GOV", "commission": "GOV", "party": "OPP",
	// A council or committee the dictionary does not know is a state
	// body ("the State Committee for National Defence said"); a named
	// one is found by its name first.
	"council": "GOV", "committee": "GOV", "directorate": "GOV",
	"office": "GOV", "department": "GOV",
	// A lawyer speaks for the client, a private person, not for the
	// courts: "their lawyer said", "a lawyers' group said".
	"lawyer": "CVL", "lawyers": "CVL",
	"command": "MIL", "commander": "MIL", "commander-in-chief": "MIL", "rescuers": "CVL", "witnesses": "CVL", "eyewitnesses": "CVL",
	// People who saw it speak as civilians (tell36): "a survivor said",
	// "one witness said", "neighbours said".
	"survivors": "CVL", "survivor": "CVL", "witness": "CVL", "eyewitness": "CVL", "neighbours": "CVL", "neighbors": "CVL", "passers-by": "CVL",
	"investigators": "JUD", "prosecutors": "JUD", "society": "NGO",
	// Local officers of the state in French-speaking Africa: "the local
	// prefect said".
	"prefect": "GOV", "sub-prefect": "GOV", "prefecture": "GOV",
	// A member of parliament, a state secretariat and a newspaper named by
	// their title alone: "a local MP said", "the state security
	// secretariat said", "the two papers said".
	"mp": "LEG", "legislator": "LEG", "secretariat": "GOV",
	"paper": "MED", "papers": "MED", "dailies": "MED",
	// An adviser speaks for the government he advises: "national
	// security adviser X said".
	"adviser": "GOV", "advisor": "GOV",
}

// speakerPairs are two-word reporters: "civil defence said", "a statement
// from State House said".
var speakerPairs = map[string]string{
	"rights group": "NGO", "resistance group": "REB", "resistance groups": "REB", "civil defence": "GOV", "civil defense": "GOV", "state house": "GOV",
	"state media": "MED", "state television": "MED", "news agency": "MED",
	"general staff": "MIL", "central bank": "GOV",
	"press agency": "MED", "border service": "COP", "border guard": "COP", "border guards": "COP",
	"local council": "GOV", "council chairman": "GOV", "local government": "GOV",
	"city council": "GOV", "town council": "GOV", "municipal council": "GOV", "regional council": "GOV",
	// Unnamed sources speak for the service that qualifies them: "a
	// security source said", "police sources told AFP".
	"security source": "MIL", "security sources": "MIL", "military source": "MIL", "military sources": "MIL",
	"army source": "MIL", "army sources": "MIL", "police source": "COP", "police sources": "COP",
	"government source": "GOV", "government sources": "GOV",
	"medical source": "HLH", "medical sources": "HLH", "hospital source": "HLH", "hospital sources": "HLH",
	"health sources": "HLH", "tribal sources": "CVL", "local sources": "CVL",
	// Officials qualified by their service speak for it: "health
	// officials said", "university authorities said".
	"health officials": "HLH", "health authorities": "HLH", "medical officials": "HLH",
	"university authorities": "EDU", "university officials": "EDU",
	// A police command and its commanders speak for the police, not the
	// army that "command" alone names: "the state police command said",
	// "the regional police commander, Colonel X, said".
	"police department": "COP", "police command": "COP", "police commander": "COP", "police commanders": "COP", "police headquarters": "COP",
}

// unnamedVoices speak for no state unless the text says whose they are:
// "diplomats said" after a meeting in one capital is no word of its
// government; "Egyptian diplomats said" is.
var unnamedVoices = filtered(map[string]bool{"diplomats": true, "diplomat": true})

// ownSideNouns name a state's own voice: a generic one of them speaks for
// the state the sentence is about ("Germany pledged …, the defence minister
// said"), where "officials" or "medics" more often speak for the place.
var ownSideNouns = filtered(map[string]bool{
	"presidency": true, "ministry": true, "department": true, "minister": true, "command": true, "army": true, "military": true,
	"spokesman": true, "spokesperson": true, "spokeswoman": true, "government": true, "cabinet": true,
	"president": true, "premier": true, "adviser": true, "advisor": true,
})

// personNouns speak for the institution named before them: "army
// officials", "police spokesman".
var personNouns = filtered(map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokesperson": true, "spokeswoman": true,
})

// wireAgencies are news agencies a report may name by their own name,
// with the country whose news they carry: "the state news agency SANA
// reported", "KCNA said". Most are state agencies, which speak for their
// state when the text names no other speaker; an acronym can be read as a
// place ("SANA" as Sanaa), so the name wins over the gazetteer. Names
// match as written, capitals and all.
var wireAgencies = map[string]string{
	"SANA": "SYR", "KCNA": "PRK", "IRNA": "IRN", "Fars": "IRN", "Tasnim": "IRN", "Mehr": "IRN", "ISNA": "IRN",
	"WAFA": "PSE", "MENA": "EGY", "SPA": "SAU", "WAM": "ARE", "QNA": "QAT", "KUNA": "KWT", "BNA": "BHR",
	"ONA": "OMN", "Petra": "JOR", "NNA": "LBN", "INA": "IRQ", "Saba": "YEM", "SUNA": "SDN", "ENA": "ETH",
	"APS": "DZA", "TAP": "TUN", "NAN": "NGA", "Anadolu": "TUR", "Xinhua": "CHN", "TASS": "RUS",
	"RIA": "RUS", "Interfax": "RUS", "Ukrinform": "UKR", "Yonhap": "KOR", "Kyodo": "JPN", "BelTA": "BLR",
	"Armenpress": "ARM", "Azertac": "AZE", "Bernama": "MYS", "Antara": "IDN", "PTI": "IND", "APP": "PAK",
	"BSS": "BGD", "Bakhtar": "AFG", "VNA": "VNM", "KPL": "LAO",
}

// agencyIn returns the news agency named in tokens [s, e) as a media
// actor of its country, or nil.
func agencyIn(st *sent, s, e int) *mention {
	for k := s; k < e && k < len(st.toks); k++ {
		cc, ok := wireAgencies[st.toks[k].text]
		if !ok {
			continue
		}
		text := st.toks[k].text
		return &mention{i: k, j: k + 1, kind: "sector",
			actor: truce.Actor{Text: text, Name: text, Country: cc, Sector: "MED", ID: cc + "MED"}}
	}
	return nil
}
