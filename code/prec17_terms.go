package code

// Leave granted by a text or for a purpose: "the pact does not allow a
// base", "declared a truce to allow aid in". A term of a deal or the aim
// of another act is no grant of access of its own.

import "strings"

// grantWithoutGrantor returns why the access trigger cd (CAMEO 086) tells
// no act of its own, or "": its subject is a text ("the treaty does not
// allow foreign bases", "a pact signed on Monday allowing each side to
// station troops") or it is the purpose or upshot of an act told before
// it ("declared a truce to allow aid into the region", "dropped his veto,
// allowing the bloc to agree").
func grantWithoutGrantor(st *sent, built []*candidate, cd *candidate) string {
	if !strings.HasPrefix(cd.e.cameo, "086") || cd.e.pos != 'V' || cd.i == 0 {
		return ""
	}
	if textSubject(st, cd.i) {
		return "leave a text gives, a term of the deal (\"the pact does not allow a base\")"
	}
	if len(built) == 0 || built[len(built)-1].j > cd.i {
		return ""
	}
	switch p := st.low[cd.i-1]; {
	case p == "to" && strings.HasPrefix(st.low[cd.i], "allow"):
		// "to allow" after an act of its own: the act's aim.
		// ("Agreed to allow inspectors in" is the agreement's content
		// and is left to the agreement rules.)
		if cd.i >= 2 && (st.toks[cd.i-2].tag == "NN" || st.toks[cd.i-2].tag == "NNS" || st.toks[cd.i-2].tag == "RB") {
			return "the aim of an act told before (\"declared a truce to allow aid in\")"
		}
	case p == "," && st.low[cd.i] == "allowing":
		return "the upshot of an act told before (\"dropped the veto, allowing the bloc to agree\")"
	}
	return ""
}

// textNouns are documents and rules whose terms allow or forbid.
var textNouns = filtered(wordSet("agreement", "agreements", "pact", "deal", "accord", "treaty", "declaration",
	"law", "constitution", "text", "resolution", "bill", "decree", "rules", "charter", "memorandum"))

// doWords carry negation and questions before a verb: "does not allow".
var doWords = filtered(wordSet("do", "does", "did", "would", "will", "could", "can", "may", "might", "should"))

// textSubject reports whether the verb at i has a text as its subject,
// past auxiliaries, negation and a few words of setting: "the agreement
// does not allow", "the pact would not allow", "a pact in Manila on
// Monday allowing".
func textSubject(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := st.low[k]
		if textNouns.has(w) {
			return true
		}
		if w == "," || w == ";" || w == "and" || w == "that" || w == "which" || st.mentionAt(k) != nil && !st.mentionAt(k).place {
			return false
		}
		if t := st.toks[k].tag; strings.HasPrefix(t, "VB") && !auxiliaries.has(w) && !doWords.has(w) && w != "signed" {
			return false
		}
	}
	return false
}

// backdropPreps set a standing agreement as the time or backdrop of
// another act: "despite the ceasefire", "during a nationwide truce".
var backdropPreps = filtered(wordSet("despite", "during", "amid", "throughout"))

// truceSetting reports whether the agreement noun at i is the backdrop of
// another act, not its making: "a grenade wounded a soldier despite the
// ceasefire", "the attack came during a truce that has held since April",
// "freed 24 hostages on the first day of a four-day truce". The truce
// was made before; the act is the news.
//
// One told with its making ("despite a ceasefire agreed by the two
// countries a day earlier") is news of its own and stays.
func truceSetting(st *sent, i int) bool {
	if j := i + 1; j < len(st.low) && (st.toks[j].tag == "VBN" || st.toks[j].tag == "VBD") && makingWords.has(st.low[j]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch w := st.low[k]; {
		case backdropPreps.has(w):
			return true
		case w == "of" && k >= 1 && (st.low[k-1] == "day" || st.low[k-1] == "days" || st.low[k-1] == "hours" || st.low[k-1] == "week"):
			return true
		case w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "this" || isModifier(st.toks[k]):
			continue
		}
		return false
	}
	return false
}

// makingWords, right after an agreement noun, tell its making.
var makingWords = filtered(wordSet("agreed", "announced", "signed", "declared", "reached", "brokered", "struck", "mediated", "called"))
