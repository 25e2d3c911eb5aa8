package code

import "strings"

// titleNouns name one person by office or standing, where the dictionary
// may have no sector for them: "killing its leader X", "killed the
// provincial governor".
var titleNouns = filtered(wordSet("leader", "governor", "mayor", "commander", "chief", "head", "minister",
	"president", "deputy", "spokesman", "spokeswoman", "imam", "priest", "pastor", "judge", "prosecutor",
	"lawmaker", "senator", "councillor", "councilor", "candidate", "activist", "journalist", "editor",
	"founder", "chairman", "chairwoman", "emir", "sheikh", "cleric", "headman", "elder", "officer"))

// objectOne reports whether the verb of killing at token k takes as its
// object one person named by a singular noun of role after "the" or a
// possessive, the name after it or not: "killing [its leader] Ana
// Duarte", "shot dead [the district governor] of Kalat". A plural ("the
// guards"), a body ("the rebel group") or a thing ("the engine") is none.
func objectOne(st *sent, k int) bool {
	if k < 0 || k+2 >= len(st.low) || passiveBefore(st, k) {
		return false
	}
	if k+2 < len(st.low) && st.low[k+1] == "dead" {
		k++ // "shot dead the mayor"
	}
	start := toll38PastPossessor(st, k+1)
	if w := st.low[k+1]; start < 0 && w != "the" && !possessives.has(w) {
		return false
	}
	if start < 0 {
		start = k + 2
	}
	head := -1
	for n := start; n < len(st.low) && n <= start+4; n++ {
		t := st.toks[n]
		if !strings.HasPrefix(t.tag, "NN") && !strings.HasPrefix(t.tag, "JJ") && t.tag != "HYPH" {
			break
		}
		if t.tag == "NNS" {
			return false
		}
		if t.tag == "NN" && !capitalised(t.text) {
			head = n
		}
	}
	if head < 0 {
		return false
	}
	h := st.low[head]
	if quantityNouns.has(h) || collectiveNouns.has(h) || timeNouns.has(h) {
		return false
	}
	if titleNouns.has(h) || kinRoleNouns.has(h) || personCompounds.has(h) {
		return true
	}
	m := st.mentionAt(head)
	return m != nil && (m.kind == "sector" || m.kind == "person")
}

// killWordOf returns the token of the verb of killing that tells event
// cd's dead: one at or shortly after its trigger, else, when a toll verb
// was folded into cd from further on ("raided the offices of …, killing
// its leader"), that verb; -1 when there is none.
func killWordOf(st *sent, cands []*candidate, cd *candidate) int {
	if k := killWordNear(st, cd); k >= 0 || !cd.killed {
		return k
	}
	for _, f := range cands {
		if f.i > cd.i && f.folded && f.corefOf == nil && f.e.has(flagKill) && killWords.has(st.low[f.i]) {
			return f.i
		}
	}
	return -1
}

// adjBeforeParticiple reports whether the word at token k, tagged an
// adjective, ends a noun phrase before a participle that describes it, so
// that it is the noun the tagger misread: "a [constable] escorting them",
// "a [guard] protecting the school". Adjectives made of verbs ("a wounded
// …", "an unarmed …") stay adjectives.
func adjBeforeParticiple(st *sent, k int) bool {
	if !strings.HasPrefix(st.toks[k].tag, "JJ") || k+1 >= len(st.toks) || st.toks[k+1].tag != "VBG" {
		return false
	}
	w := st.low[k]
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "ful")
}

// modifiesNoun reports whether a mention stands before a common noun it
// describes, naming a place or a thing of a group rather than a person:
// "an [insurgent] camp", "a [militant] hideout", "a [rebel] base".
func modifiesNoun(st *sent, m *mention) bool {
	return m.j < len(st.toks) && strings.HasPrefix(st.toks[m.j].tag, "NN") && !capitalised(st.toks[m.j].text)
}
