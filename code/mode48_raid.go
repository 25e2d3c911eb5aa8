package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A search of premises by the state's forces (issue 3, type): "police
// raided the offices of opposition parties", "security forces raided the
// home of a journalist and detained him", "troops raided several homes
// and detained six men". Police or soldiers entering an office or a home
// with no one killed or hurt coerce (CAMEO 17); with an arrest told in the
// same clause the raid is that arrest (CAMEO 173). ACLED files such
// raids, with or without arrests, under Arrests. Gunmen raiding a
// village, or a raid that kills, stays an attack.

// mode48Premises are the places a search raids: offices and homes.
var mode48Premises = filtered(wordSet("office", "offices", "headquarters", "home", "homes", "house", "houses",
	"residence", "residences", "premises", "apartment", "apartments", "flat", "newsroom", "newsrooms", "studio",
	"studios", "branch", "branches", "compound", "building", "buildings", "seat"))

// mode48ArrestWords tell an arrest after the raid: "and detained", ",
// arresting".
var mode48ArrestWords = filtered(wordSet("arrested", "arresting", "detained", "detaining", "arrest", "detain",
	"seized", "seizing", "confiscated", "confiscating", "took", "taking", "rounded"))

// mode48PoliceRaid recodes a raid by a state's forces on premises, with
// no toll, as coercion. When a trigger of its clause tells the arrest or
// the seizure it made ("raided the homes …, detaining 12"), that trigger
// codes the event, and it returns why the raid codes none of its own.
func (b *building) mode48PoliceRaid() string {
	cd, st, ev := b.cd, b.st, &b.cd.ev
	if cd.e.pos != 'V' || cd.j-cd.i != 1 || !strings.HasPrefix(st.low[cd.i], "raid") || b.c.lex.cameo[ev.CAMEO].plover != truce.Assault || len(b.src) == 0 || b.tolled {
		return ""
	}
	for _, a := range b.src {
		if !isState(a) || a.Sector != "COP" && a.Sector != "MIL" && a.Sector != "SPY" && a.Sector != "GOV" {
			return ""
		}
	}
	if !mode48PremisesAt(st, cd.j) || lethal(st) {
		return ""
	}
	ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "170", "", acledStrategic, subArrests
	for k := cd.j; k < len(st.low) && k < cd.j+20 && !mode48RaidEnds.has(st.low[k]); k++ {
		if mode48ArrestWords.has(st.low[k]) {
			if strings.HasPrefix(st.low[k], "seiz") || strings.HasPrefix(st.low[k], "confisc") {
				ev.CAMEO, ev.Mode = "171", "seize"
			} else {
				ev.CAMEO, ev.Mode = "173", "arrest"
			}
			// ("… and detained him": a pronoun object leaves the arrest
			// verb no one of its own, and the raid tells the arrest.)
			if k+1 < len(st.toks) && st.toks[k+1].tag == "PRP" {
				break
			}
			es, _ := b.c.lex.match(st.low, k)
			for _, e := range es {
				if e.mode == ev.Mode {
					return "a raid told with the arrest or seizure it made (\"raided the homes …, detaining 12\"): that act codes it"
				}
			}
			break
		}
	}
	return ""
}

// mode48RaidEnds end the account of a raid: what follows tells another
// time or act ("days after", "where he was").
var mode48RaidEnds = filtered(wordSet(".", ";", "where", "which", "who", "when", "while", "because", "days", "weeks", "hours"))

// mode48PremisesAt reports whether the object from k names premises:
// "the home of an opposition leader", "the Baku office of the agency",
// "several homes in the area".
func mode48PremisesAt(st *sent, k int) bool {
	for end := k + 6; k < len(st.low) && k < end; k++ {
		w := st.low[k]
		if mode48Premises.has(w) {
			return true
		}
		if w == "of" || w == "in" || w == "on" || w == "," || w == "and" || strings.HasPrefix(st.toks[k].tag, "VB") {
			return false
		}
	}
	return false
}
