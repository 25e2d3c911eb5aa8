package code

import "strings"

// Fourth-round status constructions from blind wire copy.

// demandVerbs voice a demand: said in the future tense, the demand is
// made now ("Athens will demand compensation").
var demandVerbs = filtered(wordSet("demand", "insist"))

// ultimatum reports whether the trigger at i is a demand that a "would"
// before it puts on no condition but "unless": "Britain would demand the
// tankers' return unless Tehran freed their crews" is an ultimatum given
// now; "would demand reparations if the talks failed" stays a supposition.
func ultimatum(st *sent, i int) bool {
	if !demandVerbs.has(st.low[i]) {
		return false
	}
	for _, w := range st.low {
		if w == "if" {
			return false
		}
	}
	return true
}

// commitVerbs bind a party to what follows "to": "the deal commits the
// rebels to disarm", "obliges both sides to pull back".
var commitVerbs = filtered(wordSet("commits", "commit", "committed", "obliges", "obligates", "binds"))

// dealTerms reports whether the trigger is a term of a deal, yet to be
// carried out: the verb a commitment binds a party to ("commits the
// militia to lay down its arms"), or a present-tense "while" clause paired
// with a clause that plans ("the rebels are to disarm, while the army
// withdraws from the towns"). A "while" clause in the past ("while the
// army withdrew") tells what happened.
func dealTerms(st *sent, i int) bool {
	if i > 0 && st.low[i-1] == "to" {
		for k := i - 2; k >= 0 && k >= i-6; k-- {
			if commitVerbs.has(st.low[k]) {
				return true
			}
			if st.low[k] == "," || st.toks[k].tag == "MD" || strings.HasPrefix(st.toks[k].tag, "VB") {
				break // "which has committed itself to armed struggle, vowed to attack"
			}
		}
	}
	if tag := st.toks[i].tag; tag != "VBZ" && tag != "VBP" {
		return false
	}
	w := -1
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if st.low[k] == "while" || st.low[k] == "whereas" {
			w = k
			break
		}
		if strings.HasPrefix(st.toks[k].tag, "VB") || st.toks[k].tag == "MD" {
			return false // the subject holds a verb: not the clause's own
		}
	}
	if w < 0 {
		return false
	}
	for k := w - 1; k >= 0 && k >= w-20 && st.low[k] != ";"; k-- {
		switch w := st.low[k]; {
		case (w == "will" || w == "shall") && k+1 < len(st.low) && st.low[k+1] != "not" && st.low[k+1] != "never":
			return true
		case w == "to" && k > 0 && (st.low[k-1] == "is" || st.low[k-1] == "are" || futureTo.has(st.low[k-1])):
			return true
		case commitVerbs.has(w):
			return true
		}
	}
	return false
}

// placeVoiceWords mark a state body that counts the dead and hurt where
// they fell: "the health ministry said", "the emergencies ministry said".
var placeVoiceWords = filtered(wordSet("health", "emergencies", "emergency"))

// placeVoice reports whether the speaker phrase [s, e) names such a body:
// with no country of its own, it speaks for the place of the event, not
// for the state the sentence opens with ("Russian drones struck Kharkiv,
// killing five people, the health ministry said": Ukraine's ministry).
func placeVoice(st *sent, s, e int) bool {
	for k := s; k < e && k < len(st.low); k++ {
		if placeVoiceWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// insurgentsHome returns the one country of the armed groups the sentence
// names, when it names no state: "Troops killed six Boko Haram fighters,
// the army's 7th Division said" — the army that fights a country's
// insurgents at home is that country's. It returns "" when the groups
// belong to more than one country, a state is named, or a place of
// another country.
func insurgentsHome(st *sent) string {
	cc := ""
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.place || m.actor.Country == "" {
			continue
		}
		if isState(m.actor) || !armed(m.actor) || cc != "" && cc != m.actor.Country {
			return ""
		}
		cc = m.actor.Country
	}
	// "a grenade attack in Kasese in western Uganda, police said, blaming
	// the ADF": a group based abroad, struck across the border.
	for _, p := range st.places {
		if p.place.Country != "" && p.place.Country != cc {
			return ""
		}
	}
	return cc
}
