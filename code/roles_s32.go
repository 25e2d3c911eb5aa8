package code

import "strings"

// officeState reports whether m is a state the dictionary read with the
// office before "of", though its possessive names one of its divisions or
// towns: in "the governor of Cameroon's North-West
// region banned" Cameroon is the governor's state (CMRGOV), and the
// governor the verb's subject. A bare state with no office ("clashes in
// Mali's Mopti region") stays a place.
func (st *sent) officeState(m *mention) bool {
	if m.kind != "country" && m.kind != "capital" || m.actor.Sector == "" {
		return false
	}
	return ofPhrase(st, m) && st.isPossessive(m.j) && st.phraseOpens(m.i-2)
}

// phraseOpens reports whether the noun phrase ending at token h opens its
// clause, so that it can be a subject: "The governor of …" at the start
// of a sentence or after a comma, not "a bomb aimed at the governor of
// …".
func (st *sent) phraseOpens(h int) bool {
	k := h
	for k >= 0 && (determiners.has(st.low[k]) || strings.HasPrefix(st.toks[k].tag, "NN") || st.toks[k].tag == "JJ") {
		k--
	}
	return k < 0 || st.clause[k] != st.clause[h] || st.low[k] == "," || st.low[k] == "—" || st.low[k] == "--"
}

// ofPhrase reports whether m ends an "of" phrase hanging from a noun:
// "the police chief of Kenya's …".
func ofPhrase(st *sent, m *mention) bool {
	return m.i >= 2 && st.low[m.i-1] == "of" && strings.HasPrefix(st.toks[m.i-2].tag, "NN")
}

// officeHolder returns a copy of the office state m that acts: no longer a
// place.
func (st *sent) officeHolder(m *mention) *mention {
	h := *m
	h.place = false
	return &h
}

// yieldWords are the participles of acts a speaker gives up by itself:
// freeing captives, lifting or easing a measure.
var yieldWords = filtered(map[string]bool{
	"released": true, "freed": true, "lifted": true, "eased": true, "relaxed": true,
	"reversed": true, "revoked": true, "rescinded": true, "withdrawn": true,
})

// yieldSpeaker returns the speaker who announces a yielding act of its own
// told in the passive with no agent: in "police said nine people held
// during the riots had been released on bail" the police freed them, in
// "the rebel leader said the hostage would be freed soon" the rebels free
// him, in "the ministry said the fishing ban would be eased" the ministry
// eases it. An attack or arrest told so is not the speaker's ("police said
// two men were shot"), so only the yielding participles count.
func (st *sent) yieldSpeaker(cd *candidate) []*mention {
	if !yieldWords.has(st.low[cd.i]) || !st.isPassive(cd.i) {
		return nil
	}
	for v := cd.i - 1; v > 0; v-- {
		w := st.low[v]
		if w == "," || w == ";" || w == "by" || w == "when" || w == "after" || w == "because" || w == "if" {
			return nil
		}
		if !reportVerbs.has(w) || w == "told" && !toldThatPrec38(st, v, cd.i) || !strings.HasPrefix(st.toks[v].tag, "VB") {
			continue
		}
		s := st.subject(v)
		if len(s) == 0 || s[0].place {
			return nil
		}
		return s
	}
	return nil
}
