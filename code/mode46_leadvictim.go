package code

// Issue 3, round mode46 (type): a named victim shot or beaten in a story's
// first sentence. "Slovak Prime Minister Robert Fico was shot several
// times on Wednesday", "Opposition leader Ana Ruiz was beaten outside her
// home": the passive with no doer is the attack the story reports
// (PLOVER ASSAULT on the named victim), not what befell a victim of an
// act told elsewhere ("police fired on the crowd; one man was shot in the
// leg"), which lex47NoDoer drops.

import "github.com/truce-project/truce"

// mode46LeadVictim reports whether the passive verb at cd stands in the
// story's first sentence with a named actor as its subject, just before
// its auxiliary: "Robert Fico was shot", "the party's leader had been
// beaten".
func mode46LeadVictim(st *sent, cd *candidate) bool {
	if st.s.Index != 0 {
		return false
	}
	k := cd.i - 1
	for k >= 0 && mode46PassiveAux.has(st.low[k]) {
		k--
	}
	if k < 0 || k == cd.i-1 {
		return false
	}
	if m := st.mentionAt(k); m != nil {
		return m.kind == "person" && m.j == k+1
	}
	return mode46TitledName(st, k)
}

// mode46TitledName reports whether the words ending at k are a person's
// full name, unknown to the actor tables, after a title or a word for
// what the person is: "opposition leader Ana Ruiz", "the journalist Omar
// Haddad". Two or more capitalised words after a common noun.
func mode46TitledName(st *sent, k int) bool {
	n := 0
	for k >= 0 && st.toks[k].tag == "NNP" && st.mentionAt(k) == nil {
		n++
		k--
	}
	return n >= 2 && k >= 0 && st.toks[k].tag == "NN"
}

// mode46ShotOnePassive gives one wounded to the story's opening passive
// "shot" or "stabbed" whose subject is one person named ("Robert Fico was
// shot several times"), when the sentence tells no death: the passive
// counterpart of lex47ShotOne.
func mode46ShotOnePassive(st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.killed || !lex47Bare(st, cd) || st.low[cd.i] == "beaten" || cd.ev.Injuries != nil || cd.ev.Fatalities != nil {
			continue
		}
		if !mode46LeadVictim(st, cd) || lex47DeathIn(st) {
			continue
		}
		cd.ev.Injuries = &truce.Count{Min: 1, Max: 1}
	}
}

// mode46PassiveAux stand between a passive's subject and its verb.
var mode46PassiveAux = filtered(wordSet("was", "were", "had", "has", "have", "been", "is", "are", "reportedly", "allegedly"))
