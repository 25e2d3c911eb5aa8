package code

// Acts the coder saw no event in (issue 3, vocabulary): agreements signed
// under a title of their own, subjects cut off from their verb by "have
// since", years that name what a verb acts on, armed groups that leave a
// country, a nation's people gathered in numbers, and vigils held to
// mourn rather than to protest. The new lexicon rows are the "lex37"
// block at the end of data/triggers.tsv.

import "strings"

// signedTitle reports whether the capitalised trigger noun cd closes the
// title of an agreement that a signing verb just before it introduces with
// an article: "Japan and the Philippines signed a Reciprocal Access
// Agreement", "the two signed the Defence Cooperation Agreement". The
// title names the pact signed now, not a body the trigger is a word of.
func signedTitle(st *sent, cd *candidate) bool {
	if !agreementHeads.has(st.low[cd.j-1]) {
		return false
	}
	k := cd.i - 1
	for n := 0; k >= 0 && n < 6; n++ {
		w := st.low[k]
		if (w == "of" || w == "and" || w == "on" || w == "for") && k > 0 || capitalised(st.toks[k].text) && st.mentionAt(k) == nil {
			k--
			continue
		}
		break
	}
	if k >= cd.i-1 {
		return false
	}
	// "signed a new Defence Cooperation Agreement"
	if k >= 1 && st.low[k] == "new" {
		k--
	}
	return k >= 1 && titleDeterminers.has(st.low[k]) && signingVerbs.has(st.low[k-1])
}

// titleDeterminers open the title of a pact signed.
var titleDeterminers = filtered(wordSet("a", "an", "the", "its", "their"))

// agreementHeads end the title of a signed pact.
var agreementHeads = filtered(wordSet("agreement", "accord", "accords", "pact", "treaty", "memorandum", "protocol", "convention", "charter"))

// sinceAdverb reports whether the token at k is "since" standing as the
// adverb "after that" between a perfect auxiliary and its verb: "the police
// have since sent a team", "the marines have since set up a post". The
// subject before it is still the verb's own.
func sinceAdverb(st *sent, k int) bool {
	return st.low[k] == "since" && k >= 1 && perfectAux.has(st.low[k-1]) &&
		k+1 < len(st.toks) && (st.toks[k+1].tag == "VBN" || st.toks[k+1].tag == "VBD")
}

// yearNamesObject reports whether the year spanning tokens k..end stands
// inside a verb trigger's own words, after a determiner and before the
// noun that ends the trigger: "suspended a 2018 inter-Korean military
// agreement", "froze the 2015 defence pact". The year names the thing
// acted on, not the time of the act.
func yearNamesObject(st *sent, cd *candidate, k, end int) bool {
	return cd.e.pos == 'V' && k > cd.i+1 && end >= k && end+1 < cd.j && namingDeterminers.has(st.low[k-1])
}

// armedGroupLeaves reports whether the "forces" readings es at token i are
// withdrawals (CAMEO 087) whose subject is an armed group rather than a
// state's forces: "the Wagner Group was leaving Mali", "the rebels left
// the town". An armed group that leaves pulls out as troops do; the
// readings of arriving and deploying stay with armed forces and police,
// and so does fleeing ("fighters fled into the hills" after a raid is no
// pull-out).
func armedGroupLeaves(st *sent, es []*entry, i int) bool {
	if !leaveForms.has(st.low[i]) {
		return false
	}
	for _, e := range es {
		if !e.has(flagForces) || !strings.HasPrefix(e.cameo, "087") {
			return false
		}
	}
	ms := st.subject(i)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if s := m.actor.Sector; s != "REB" && s != "MLT" && s != "MIL" && s != "COP" || m.place || raiderNouns.has(st.low[m.j-1]) {
			return false
		}
	}
	return nextToVerb(st, ms[len(ms)-1].j, i) && groundLeft(st, i+1)
}

// groundLeft reports whether the words from token k name the ground that
// is left: a place ("leaving Mali", "left Goma") or a noun for one ("left
// the town"). What else a group leaves behind ("left two bodies on the
// road", "left a note") tells no pull-out.
func groundLeft(st *sent, k int) bool {
	if k >= len(st.low) {
		return false
	}
	if st.low[k] == "the" && k+1 < len(st.low) {
		if leftGround.has(st.low[k+1]) {
			return true
		}
		k++
	}
	if st.placeAt(k) {
		return true
	}
	m := st.mentionAt(k)
	return m != nil && m.i == k && (m.place || m.kind == "country" || m.kind == "capital")
}

// raiderNouns name men by the raid they carry out: when they leave, they
// leave the scene of it ("the gunmen left the village before dawn").
var raiderNouns = filtered(wordSet("gunmen", "attackers", "assailants", "raiders", "bandits", "kidnappers", "abductors", "men"))

// leftGround are nouns for the ground an armed group leaves.
var leftGround = filtered(wordSet("country", "town", "city", "village", "villages", "area", "region", "province", "district", "capital", "base", "camp", "enclave", "territory", "island", "port"))

// leaveForms are the forms of "leave".
var leaveForms = filtered(wordSet("leave", "leaves", "left", "leaving"))

// countedCrowd reports whether the subject ms is a people counted as a
// crowd: "dozens of Kuwaitis", "thousands of Serbians", "hundreds of
// Afghans". A nation's people gathered in numbers are a crowd, as
// protesters or students are (crowdSubject).
func countedCrowd(st *sent, ms []*mention) bool {
	if len(ms) != 1 {
		return false
	}
	m := ms[0]
	if m.place || m.kind != "demonym" || m.j-m.i != 1 || m.i < 2 || st.low[m.i-1] != "of" || !crowdCounts.has(st.low[m.i-2]) {
		return false
	}
	w := st.low[m.i]
	return len(w) > 3 && w[len(w)-1] == 's'
}

// mourningVigil reports whether the vigil trigger cd is held to mourn:
// "mourners held a candlelight vigil for the victims of the crash", "held
// a vigil in memory of the miners". Grief for the dead is no protest; a
// vigil told with no one mourned ("thousands held a silent vigil in the
// capital") keeps its reading.
func mourningVigil(st *sent, cd *candidate) bool {
	// A vigil held outside a building ("a vigil outside the ministry")
	// addresses those inside, and stays a protest.
	if w := st.low[cd.j-1]; w != "vigil" && w != "vigils" {
		return false
	}
	for k := cd.j; k+1 < len(st.low) && k < cd.j+10; k++ {
		switch w, next := st.low[k], st.low[k+1]; {
		case w == "." || w == ";":
			return false
		case w == "for" && (next == "victims" || next == "those"),
			w == "for" && next == "the" && k+2 < len(st.low) && mournedWords.has(st.low[k+2]),
			w == "in" && next == "memory", w == "to" && mournedVerbs.has(next):
			return true
		}
	}
	return false
}

// mournedWords name the dead a vigil is held for; mournedVerbs what it is
// held to do for them.
var (
	mournedWords = filtered(wordSet("victims", "dead", "people", "miners", "passengers", "children", "students", "family", "families"))
	mournedVerbs = filtered(wordSet("mourn", "remember", "honour", "honor", "commemorate", "pray"))
)
