package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// describedTeller returns the teller a description in [s, e) names when
// the dictionary knows no body by its words: a health or rescue service
// ("the regional health directorate said", "a medical relief group
// said", "the capital's emergency medicine centre said") tells as the
// health sector, a relief or rights group ("a local aid group said") as
// a civic body. Its country is left to the event's place. A description
// must end in a noun naming a body, so "witnesses said" or "a doctor
// said" are no body's word.
func describedTeller(st *sent, s, e int) *mention {
	if s >= e || e > len(st.low) || !tellerBodies.has(st.low[e-1]) {
		return nil
	}
	sector := ""
	for k := s; k < e-1; k++ {
		w := st.low[k]
		if strings.HasPrefix(st.toks[k].tag, "VB") || st.mentionAt(k) != nil && !st.mentionAt(k).place {
			return nil
		}
		switch {
		case healthWords.has(w):
			sector = "HLH"
		case civicWords.has(w) && sector == "":
			sector = "NGO"
		}
	}
	if sector == "" {
		return nil
	}
	text := st.textOf(s, e)
	return &mention{i: s, j: e, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: sector}}
}

// tellerBodies are the nouns a description of a telling body ends in.
var tellerBodies = filtered(wordSet("directorate", "office", "department", "centre", "center", "group",
	"groups", "service", "services", "organisation", "organization", "charity", "network",
	"team", "teams", "agency", "body", "authority", "unit", "committee"))

// healthWords make a body a health service: "health directorate",
// "medical relief group", "emergency medicine centre".
var healthWords = filtered(wordSet("health", "medical", "medicine", "hospital", "hospitals", "ambulance",
	"medics", "doctors"))

// civicWords make a body a civic one: "aid group", "rights group",
// "monitoring group".
var civicWords = filtered(wordSet("aid", "relief", "rights", "humanitarian", "monitoring", "charity"))
