package code

import "strings"

// participleAside reports whether the verb form at token k opens a
// participle phrase qualifying the noun before it, the passive toll of that
// noun coming after: "two men [armed with rifles] were shot dead", "four
// farmers [caught in the crossfire] were killed". The phrase must end in
// "was" or "were" soon, so that "two gunmen stormed into the hotel" stays
// the verb of its subject.
func participleAside(st *sent, k int) bool {
	tag := st.toks[k].tag
	if tag != "VBD" && tag != "VBN" || auxiliaries.has(st.low[k]) || k+1 >= len(st.low) || st.toks[k+1].tag != "IN" ||
		!strings.HasPrefix(st.toks[k-1].tag, "NN") {
		return false
	}
	for n := k + 2; n < len(st.low) && n <= k+7; n++ {
		switch w := st.low[n]; {
		case w == "was" || w == "were":
			return true
		case w == "," || clauseBreaks.has(w) || strings.HasPrefix(st.toks[n].tag, "VB"):
			return false
		}
	}
	return false
}

// genericVictims are nouns that count victims of any kind: a toll of
// "people" may hold soldiers, attackers and civilians alike.
var genericVictims = filtered(map[string]bool{"people": true, "persons": true, "individuals": true})

// partOfTotal reports whether a toll read after others in the sentence
// counts a kind of victim among a larger total of people told before it,
// so that it is part of that toll and no rival figure: "Fourteen people
// were killed in the raid, the ministry said, adding that two policemen
// had died". A figure of the same kind, or a total no larger, is a claim
// of its own.
func partOfTotal(st *sent, before []tollRead, r tollRead) bool {
	if r.more || r.total {
		return false
	}
	kind := victimNoun(st, r.i, r.end)
	if kind == "" || genericVictims.has(kind) {
		return false
	}
	for _, p := range before {
		if p.field == r.field && !p.more && p.count.Min > r.count.Max && genericVictims.has(victimNoun(st, p.i, p.end)) {
			return true
		}
	}
	return false
}

// victimNoun returns the head noun of the victims a count spanning tokens
// [i, end) names, "" when it names none ("12 were killed"): "two
// [policemen]", "nineteen [people]", "a police [officer]".
func victimNoun(st *sent, i, end int) string {
	head := ""
	for k := i; k < len(st.low) && k < end+4; k++ {
		tag := st.toks[k].tag
		if k >= end && !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") {
			break
		}
		if strings.HasPrefix(tag, "NN") && !deathWords.has(st.low[k]) && !injuryWords.has(st.low[k]) {
			head = st.low[k]
		}
	}
	return head
}
