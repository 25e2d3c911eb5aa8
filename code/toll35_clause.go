package code

import "strings"

// Clauses around a toll. A toll in a participle clause after a comma
// ("…, injuring 240 people") tells the harm of the main clause's act, not
// of an act told in a relative clause on the way: in "riot police fired
// rubber bullets at protesters who tried to storm parliament, injuring 240
// people" the wounded are the police's, not the storming's. A killing
// whose victim is described by a charge ("a man accused of theft was
// beaten to death") is the sentence's own act, told as fact. And the
// fighting a truce ends ("…, ending five days of fighting that killed 35
// people") happened: it is no part of what was agreed.

// tollParticiples open a participle clause of a toll.
var tollParticiples = filtered(wordSet("injuring", "wounding", "killing", "leaving"))

// mainClauseAct returns the violent event of the main clause told before a
// relative clause that holds cd, when the toll r follows a comma and a
// participle of harm and cd is the act of that relative clause; else nil.
func mainClauseAct(st *sent, cands []*candidate, r tollRead, cd *candidate) *candidate {
	if cd == nil || r.k >= 0 || r.i < 2 || cd.i >= r.i || !tollParticiples.has(st.low[r.i-1]) || st.low[r.i-2] != "," {
		return nil
	}
	// the relative pronoun opening cd's clause, after a noun
	rel := -1
	for k := cd.i - 1; k > 0 && k >= cd.i-4; k-- {
		switch st.low[k] {
		case "who", "which":
			rel = k
		case ",", ";":
			k = 0
		}
		if rel >= 0 {
			break
		}
	}
	if rel < 0 || !nounPhraseEndAt(st, rel-1) {
		return nil
	}
	for k := rel; k < r.i-2; k++ {
		if st.low[k] == "," || st.low[k] == ";" {
			return nil // the relative clause closed before the toll
		}
	}
	var main *candidate
	for _, p := range cands {
		if p.j <= rel && !p.folded && p.ev.ID != "" && isViolent(p) && p.ev.Type == "ASSAULT" {
			main = p
		}
	}
	return main
}

// nounPhraseEndAt reports whether token k is a noun a relative clause may
// follow.
func nounPhraseEndAt(st *sent, k int) bool {
	return strings.HasPrefix(st.toks[k].tag, "NN")
}

// describedSubject reports whether the frame is a participle describing
// the subject of cd's verb, its content a noun phrase that closes before
// the verb's auxiliary: "a man [accused] of theft [was beaten to death]",
// "two men suspected of looting were shot dead". The killing is then the
// sentence's own act, not the content of the charge.
func describedSubject(st *sent, frame, cd *candidate) bool {
	if frame.i < 1 || frame.j >= cd.i || !strings.HasPrefix(st.toks[frame.i-1].tag, "NN") {
		return false
	}
	if t := st.toks[frame.i].tag; t != "VBN" && t != "VBD" || st.low[frame.j] != "of" && (frame.j+1 >= len(st.low) || st.low[frame.j+1] != "of") {
		return false
	}
	k := cd.i - 1
	for k > frame.j && st.toks[k].tag == "RB" {
		k--
	}
	if k <= frame.j || !auxiliaries.has(st.low[k]) {
		return false
	}
	if st.low[k] == "been" && k-1 > frame.j && auxiliaries.has(st.low[k-1]) {
		k--
	}
	// the content between: "of" and a noun phrase, no verb of its own
	for n := frame.j; n < k; n++ {
		t := st.toks[n].tag
		if st.low[n] == "of" || t == "DT" || t == "HYPH" || t == "POS" || t == "CC" || t == "PRP$" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") {
			continue
		}
		return false
	}
	return true
}

// finiteAux are the auxiliaries that open a predicate of their own: a
// passive ("was welcomed", "have been hailed"), a perfect or a copula
// ("said troops had not fired", "the town was not under siege").
var finiteAux = filtered(wordSet("was", "were", "is", "are", "has", "have", "had"))

// ofPhraseCloses reports whether the "of" phrase at token k is a noun
// phrase closed by a finite auxiliary of the verb at i: "accused of
// [theft] was beaten to death". The verb then tells what befell the one
// accused, not the charge.
func ofPhraseCloses(st *sent, k, i int) bool {
	a := i - 1
	for a > k && (st.toks[a].tag == "RB" || st.low[a] == "been") {
		a--
	}
	if a <= k+1 || !finiteAux.has(st.low[a]) {
		return false
	}
	for n := k + 1; n < a; n++ {
		t := st.toks[n].tag
		if t == "DT" || t == "HYPH" || t == "POS" || t == "CC" || t == "PRP$" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") {
			continue
		}
		return false
	}
	return true
}

// endingVerbs, as a participle after a comma, name an act that a truce or
// deal brings to an end: "agreed to a ceasefire, ending five days of
// border fighting that killed 35 people".
var endingVerbs = filtered(wordSet("ending", "halting", "closing"))

// endedAct reports whether the violent noun of cd ("fighting" as a noun
// too) is the object of such a participle, a few words of measure or description between: the
// fighting happened, and is no part of what was agreed.
func endedAct(st *sent, cd *candidate) bool {
	if t := st.toks[cd.i].tag; !cd.e.has(flagViolent) || cd.e.pos != 'N' && !strings.HasPrefix(t, "NN") && t != "VBG" {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-7; k-- {
		if endingVerbs.has(st.low[k]) {
			return st.low[k-1] == ","
		}
		t := st.toks[k].tag
		if !(t == "DT" || t == "CD" || t == "IN" || t == "HYPH" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")) {
			return false
		}
	}
	return false
}
