package code

// placeBodyWords mark a teller that speaks for a place, not a state: "the
// local council said", "provincial officials said", "the health ministry
// said" (see placeVoice).
var placeBodyWords = filtered(wordSet("local", "regional", "provincial", "district", "municipal", "city", "town",
	"village", "county", "state's", "health", "emergencies", "emergency", "civil", "hospital", "medical"))

// civilVoices are the sectors of a state's civil bodies, which speak for
// the state a sentence is about; a military or police source more often
// speaks for the forces on the ground.
var civilVoices = filtered(wordSet("GOV", "SPY", "LEG", "JUD"))

// subjectStateVoice returns the country of the state a sentence opens
// with, for a state body that closes the sentence as its teller with no
// country of its own: "Kenya expelled two Somali diplomats, accusing them
// of meddling in talks with Ethiopia, a government source said" — Kenya's
// source, not Ethiopia's, which is only named on the way. The teller
// [s, e) must follow the subject, be a civil body of a state and name no
// place's body, and the sentence must name no place in another country
// ("Turkish drones struck a village near Duhok, the council said" is the
// place's council). It returns "" otherwise.
func subjectStateVoice(st *sent, s, e int, g *mention) string {
	if !civilVoices.has(g.actor.Sector) || g.actor.Country != "" {
		return ""
	}
	for k := s; k < e && k < len(st.low); k++ {
		if placeBodyWords.has(st.low[k]) || personNouns.has(st.low[k]) {
			return ""
		}
	}
	f := st.firstActor()
	if f == nil || f.j > s || !isState(f.actor) || f.actor.Sector != "" && !stateSectors.has(f.actor.Sector) && f.actor.Sector != "SPY" {
		return ""
	}
	// "Rwandan and Mozambican troops clashed …, a source said": either
	// state may speak.
	for _, p := range f.peers {
		if p.actor.Country != f.actor.Country {
			return ""
		}
	}
	// The subject opens the sentence: "Kenya expelled", "Kyrgyz security
	// services detained", "Sudan's government agreed".
	for k := 0; k < f.i; k++ {
		if t := st.toks[k].tag; t != "DT" && t != "JJ" && t != "NNP" {
			return ""
		}
	}
	// "deposited $2 billion with the State Bank of Pakistan, the central
	// bank said": a body named on the way speaks again.
	head := st.low[g.j-1]
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > s || m.actor.Country == f.actor.Country {
			continue
		}
		// The mention may be only the country of the name ("State Bank
		// of Pakistan").
		for k := max(m.i-3, 0); k < m.j; k++ {
			if st.low[k] == head {
				return ""
			}
		}
	}
	for _, p := range st.places {
		if p.place.Country != "" && p.place.Country != f.actor.Country && p.place.Precision != "country" {
			return ""
		}
	}
	return f.actor.Country
}
