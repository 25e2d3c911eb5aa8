package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// objectRelativePrec31 reports whether cd, a deed (a seizure, a ban, an
// attack), is told in a relative clause whose object is the noun the
// clause hangs on: "Snake Island, which Russian troops captured in the
// first days of the war", "the party, which the former government had
// banned under anti-terror laws", "two officers whom the rebels had seized
// in a raid". The clause says which town, party or people are meant by
// what was done to them before; the news is the act of the main clause.
// The verb has a subject of its own after the relative word and no object
// after it: its object is the noun before. (Stands, denials and blame told
// this way, "which Kigali denies", are coded as the party's own act, and
// are left alone.)
func objectRelativePrec31(st *sent, _, _ []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Coerce && cd.ev.Type != truce.Assault || cd.e.pos != 'V' || cd.j-cd.i > 2 {
		return false
	}
	switch st.toks[cd.i].tag {
	case "VBD", "VBN", "VBZ", "VBP":
	default:
		return false
	}
	if st.isPassive(cd.i) || !gapAfterPrec31(st, cd.j) {
		return false
	}
	// Back from the verb: adverbs and a perfect's auxiliary, then the
	// clause's subject (a name, a pronoun or a short noun phrase), then
	// the relative word.
	k := cd.i - 1
	perfect := false
	for k >= 0 && (st.toks[k].tag == "RB" || st.low[k] == "had" || st.low[k] == "has" || st.low[k] == "have") {
		perfect = perfect || st.toks[k].tag != "RB"
		k--
	}
	// A bare participle is a passive ("migrants seized from a shelter"),
	// and an attack told in the simple past may be the news itself ("Kherson,
	// which Russian forces shelled on Tuesday"): only a perfect tells an
	// attack as what befell the noun before.
	if !perfect && (st.toks[cd.i].tag == "VBN" || cd.ev.Type == truce.Assault) {
		return false
	}
	subj := false
	for n := 0; k >= 0 && n < 6; n++ {
		w := st.low[k]
		if w == "which" || w == "whom" || w == "that" {
			break
		}
		switch {
		case st.mentionAt(k) != nil:
			k = st.mentionAt(k).i
			subj = true
		case gapSubjectPronounsPrec31.has(w):
			subj = true
		case strings.HasPrefix(st.toks[k].tag, "NN") || determiners.has(w) || isModifier(st.toks[k]) && w != ",":
			subj = subj || strings.HasPrefix(st.toks[k].tag, "NN")
		default:
			return false
		}
		k--
	}
	if !subj || k < 1 {
		return false
	}
	switch st.low[k] {
	case "which", "whom":
	case "that":
		// "that" also opens what was said ("said that rebels had
		// seized", "said on Monday that"): only a noun right before,
		// no date and no word of saying, makes it relative.
		if !strings.HasPrefix(st.toks[k-1].tag, "NN") || verbAt(st, k-1) || inDate(st, k-1) {
			return false
		}
		for n := k - 1; n >= 0 && n >= k-5; n-- {
			if sayWordsPrec31.has(st.low[n]) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// gapAfterPrec31 reports whether nothing that could be the verb's object
// follows at j: the sentence ends, or a preposition, an adverb, a comma
// or a date comes next ("seized in the autumn", "banned earlier this
// year", "captured on the first day").
func gapAfterPrec31(st *sent, j int) bool {
	if j >= len(st.low) {
		return true
	}
	// A count opens an object: "raped at least 15", "seized more than
	// 20", "killed about a dozen".
	if countOpenersPrec31.has(st.low[j]) || j+1 < len(st.low) && st.toks[j+1].tag == "CD" {
		return false
	}
	switch t := st.toks[j].tag; {
	case t == "IN" || t == "RP" || t == "RB" || t == "," || t == "." || t == ":" || t == "TO":
		return st.low[j] != "that" && st.low[j] != "as"
	}
	return st.low[j] == "last" || st.low[j] == "this" || st.low[j] == "earlier"
}

// countOpenersPrec31 open a count of people or things.
var countOpenersPrec31 = filtered(map[string]bool{
	"at": true, "more": true, "about": true, "around": true, "nearly": true, "over": true, "some": true,
	"up": true, "almost": true, "roughly": true, "approximately": true, "dozens": true, "hundreds": true,
})

// sayWordsPrec31 open what was said with "that".
var sayWordsPrec31 = filtered(wordSet("said", "says", "say", "told", "tells", "announced", "reported", "added",
	"adding", "saying", "claimed", "stated", "confirmed", "insisted", "warned", "acknowledged"))

// gapSubjectPronounsPrec31 may stand as the subject of a relative clause.
var gapSubjectPronounsPrec31 = filtered(map[string]bool{
	"they": true, "it": true, "he": true, "she": true, "we": true, "i": true, "you": true,
})
