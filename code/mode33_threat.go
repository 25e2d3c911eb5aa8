package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode33ThreatContent gives a threat told by a bare verb of threatening
// ("threatened", "warned", "vowed") the CAMEO code of what it threatens,
// read from the words that follow: a threat of force stays a threat of
// violence (CAMEO 138, the verbs' row), but "threatened to bring its
// supporters onto the streets" and "vowed to fight the bill with strikes"
// threaten protest (133), "threatened to scrap the military pact" and
// "warned that the case could weigh on its accession talks" threaten the
// relations between the sides (131), "warned of new sanctions" threatens
// restrictions (1312). Any word of force in the content keeps 138.
func (c *Coder) mode33ThreatContent(ev *truce.Event, st *sent, i, j int) {
	if ev.Type != truce.Threaten || ev.CAMEO != "138" || i < 0 || j > len(st.low) || !mode33ThreatVerb(st.low[i]) {
		return
	}
	code := ""
	for k := j; k < len(st.low) && k < j+25; k++ {
		w := st.low[k]
		if w == "." || w == ";" {
			break
		}
		if inDate(st, k) || w == "march" && st.toks[k].text == "March" {
			// "by March 2026": the month, not a march
			continue
		}
		if w == "military" && k+1 < len(st.low) && mode33RelationWords.has(st.low[k+1]) {
			// "a military pact", "military cooperation": ties, not force
			continue
		}
		if mode33ForceWords.has(w) || (w == "strike" || w == "strikes") && !mode33LabourStrike(st, k) {
			return
		}
		switch {
		case mode33ProtestWords.has(w) || (w == "strike" || w == "strikes") && mode33LabourStrike(st, k):
			code = "133"
		case mode33RelationWords.has(w) && code == "":
			code = "131"
		case mode33RestrictWords.has(w) && code == "":
			code = "1312"
		}
	}
	if code != "" && c.recode(ev, code) {
		ev.ACLEDType, ev.ACLEDSubtype = "", ""
		if ev.Mode == "" {
			// CAMEO 131 names no mode: a threat to ties is to relations.
			ev.Mode = "relations"
		}
	}
}

// mode33ThreatVerb reports whether w is a bare verb of threatening.
func mode33ThreatVerb(w string) bool {
	return strings.HasPrefix(w, "threaten") || strings.HasPrefix(w, "warn") || strings.HasPrefix(w, "vow")
}

// mode33LabourStrike reports whether "strike" at k is a stoppage of work:
// "a general strike", "a nationwide strike", "strikes and street
// protests", not "a strike on the base" or "air strikes".
func mode33LabourStrike(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k+1] == "on" || st.low[k+1] == "against") {
		return false
	}
	if k > 0 {
		switch st.low[k-1] {
		case "general", "nationwide", "national", "indefinite", "hunger", "labour", "labor", "teachers'", "doctors'", "workers'", "transport", "with", "new":
			return true
		}
	}
	return k+2 < len(st.low) && st.low[k+1] == "and" && mode33ProtestWords.has(st.low[k+2])
}

// mode33ForceWords name force: a threat holding one is a threat of
// violence.
var mode33ForceWords = filtered(wordSet("attack", "attacks", "force", "military", "militarily", "war", "kill", "killed", "bomb", "bombs",
	"shoot", "invade", "invasion", "retaliate", "retaliation", "respond", "response", "hit", "destroy", "fire", "target",
	"troops", "weapons", "missiles", "nuclear", "crush", "punish", "punished", "hunted", "wipe", "blood", "violence",
	"revenge", "avenge", "annihilate", "offensive", "raid", "raids", "burn", "armed", "army", "forces", "army's"))

// mode33ProtestWords name protest and stoppage: a threat of them threatens
// dissent (CAMEO 133).
var mode33ProtestWords = filtered(wordSet("protest", "protests", "demonstration", "demonstrations", "streets", "street", "march",
	"marches", "rally", "rallies", "walkout", "walkouts", "boycott", "stayaway", "sit-in", "sit-ins", "shutdown",
	"black", "blackout", "picket", "pickets", "stoppage", "stoppages"))

// mode33RelationWords name ties and deals between the sides: a threat to
// them threatens relations (CAMEO 131).
var mode33RelationWords = filtered(wordSet("pact", "treaty", "accord", "agreement", "agreements", "talks", "relations", "ties",
	"cooperation", "membership", "accession", "negotiations", "dialogue", "partnership", "alliance"))

// mode33RestrictWords name economic pressure (CAMEO 1312).
var mode33RestrictWords = filtered(wordSet("sanctions", "tariffs", "embargo", "duties", "restrictions"))
