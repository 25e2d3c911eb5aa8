package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// thingPronoun reports whether the "it" at k, the object of a verb that
// opens a clause joined to the one before ("…, setting it ablaze", "… and
// set it on fire"), stands for a thing: the object of that earlier clause's
// verb ends in a common noun that names no actor. "Drones struck a fuel
// depot near the border, setting it ablaze": "it" is the depot, not a
// country named in a place after it. An actor as that object ("struck
// the rebels, forcing them back") is left to the usual reading.
func thingPronoun(st *sent, k int) bool {
	if k < 2 || st.low[k] != "it" {
		return false
	}
	if j := st.low[k-2]; j != "," && j != "and" || partyVerb(st.low[k-1]) {
		return false
	}
	v := -1
	for n := k - 3; n >= 0; n-- {
		if t := st.toks[n].tag; strings.HasPrefix(t, "VB") && t != "VBG" {
			v = n
			break
		}
	}
	if v < 0 {
		return false
	}
	// The object runs from the verb to the first preposition, comma or
	// conjunction: "a power station" in "hit a power station in Kharkiv".
	head := -1
	for n := v + 1; n < k-2; n++ {
		if t := st.toks[n].tag; t == "IN" || t == "TO" || t == "," || t == "CC" {
			break
		}
		head = n
	}
	if head < 0 || st.toks[head].tag != "NN" || st.mentionAt(head) != nil {
		return false
	}
	for _, p := range st.places {
		if p.i <= head && head < p.j {
			return false
		}
	}
	return true
}

// partyVerbStems start verbs whose object is a party, never a thing: "filed
// a case against Chad, accusing it of arming rebels".
var partyVerbStems = []string{"accus", "blam", "urg", "warn", "ask", "tell", "told", "call", "invit", "thank", "press", "demand"}

// partyVerb reports whether w is a verb whose object is a party.
func partyVerb(w string) bool {
	for _, s := range partyVerbStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// foreignFacilities frees a civilian facility named by a foreign demonym
// from that state: the patients of "the Saudi hospital in El Fasher" or
// the pupils of "a Turkish school in Mogadishu" are the people of the place
// it stands in, not Saudi or Turkish health or school staff. The facility
// becomes a bare sector noun, whose country the event's place then gives.
// ("The Turkish embassy in Mogadishu" is no civilian facility and stays
// Turkey's.)
// ("German tourists in Luxor" are people, not a facility, and stay German.)
func (st *sent) foreignFacilities(facilities map[string]string) {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind != "demonym" || !civilianSectors.has(m.actor.Sector) || m.actor.Country == "" || m.j+1 >= len(st.low) {
			continue
		}
		if _, ok := facilities[st.low[m.j-1]]; !ok || m.j-m.i < 2 {
			continue
		}
		if st.low[m.j] != "in" && st.low[m.j] != "at" {
			continue
		}
		for _, p := range st.places {
			if p.i == m.j+1 && p.place.Country != "" && p.place.Country != m.actor.Country {
				text := st.textOf(m.i, m.j)
				m.kind = "sector"
				m.actor = truce.Actor{Text: text, Name: text, Sector: m.actor.Sector}
				break
			}
		}
	}
}

// placeAppositions marks as places the states named in an apposition that
// says where a place lies: in "captured Paletwa, a township in Chin State
// on the border with India and Bangladesh" or "overran Dhobley, a town
// near the border with Kenya" the states locate the township or the town;
// neither is what was taken. The apposition follows a place,
// known or not, and a comma, opens with an article and a kind of place ("a
// township", "the port city"), and runs to the next comma.
func (st *sent) placeAppositions() {
	for k := 1; k+2 < len(st.low); k++ {
		// "Paletwa, a township": a resolved place, or a name the gazetteer
		// does not know that the apposition calls a place.
		if st.low[k] != "," || st.mentionAt(k-1) != nil || !st.isPlace(k-1) && st.toks[k-1].tag != "NNP" {
			continue
		}
		if a := st.low[k+1]; a != "a" && a != "an" && a != "the" {
			continue
		}
		// "a township", "the port city", "a small farming village"
		head := -1
		for n := k + 2; n < len(st.low) && n < k+6; n++ {
			if placeNouns.has(st.low[n]) || appositionPlaceNouns.has(st.low[n]) {
				head = n
				break
			}
			if !isModifier(st.toks[n]) || st.mentionAt(n) != nil {
				break
			}
		}
		if head < 0 {
			continue
		}
		for n := range st.mentions {
			m := &st.mentions[n]
			if m.i <= head || m.place || wordBetween(st, ",", head, m.i) || st.clause[m.i] != st.clause[head] {
				continue
			}
			switch m.kind {
			case "country", "capital", "demonym":
				if m.actor.Sector == "" || m.actor.ID == m.actor.Country {
					m.place = true
				}
			}
		}
	}
}

// appositionPlaceNouns are kinds of place, beyond placeNouns, that an
// apposition gives a place told before: "Paletwa, a township in …".
var appositionPlaceNouns = filtered(wordSet("township", "enclave", "outpost", "hub", "crossing", "stronghold", "settlement"))
