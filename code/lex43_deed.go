package code

import "strings"

// lex43DeedNouns sum up, in apposition, the act just told so that a
// speaker may judge it: ", a move Moscow called unfriendly", ", a deal
// that Somalia denounced as an assault", ", a step the rebels condemned".
var lex43DeedNouns = filtered(wordSet("move", "moves", "step", "steps", "decision", "decisions", "measure", "measures",
	"deal", "deals", "agreement", "accord", "pact", "action", "actions", "act", "gesture", "ruling", "verdict",
	"plan", "policy", "order", "law", "vote", "announcement", "operation", "offensive", "visit", "transfer"))

// lex43DeedJudged reports whether the verb cd judges the act its sentence
// told before, named back in an apposition whose object it lacks: "…
// recognised the state on Tuesday, a step that Israel's foreign minister
// condemned as a reward for terror", "…, a move Moscow called unfriendly".
// Going back from the verb: the speaker (names, possessives, titles, and
// a name set off by commas, with an adverb: "promptly denounced"), an
// optional "that" or "which", the act noun
// with its modifiers, "a" or "an", and the comma opening the apposition.
func lex43DeedJudged(st *sent, cd *candidate) bool {
	return cd.e.pos == 'V' && lex43DeedApposition(st, cd.i)
}

// lex43DeedApposition reports whether the verb at i ends an apposition
// that names back an act and a speaker, as lex43DeedJudged reads it. The
// verb is not negated ("a step Madrid did not condemn").
func lex43DeedApposition(st *sent, i int) bool {
	if i < 4 || !strings.HasPrefix(st.toks[i].tag, "VB") {
		return false
	}
	k := i - 1
	speaker := 0
	for ; k >= 0 && k >= i-9; k-- {
		w, t := st.low[k], st.toks[k].tag
		if w == "not" || w == "n't" || w == "never" {
			return false
		}
		if lex43DeedNouns.has(w) && speaker > 0 {
			break
		}
		if w == "that" || w == "which" {
			continue
		}
		if st.mentionAt(k) != nil || strings.HasPrefix(t, "NN") || t == "POS" || t == "PRP" || t == "PRP$" || t == "JJ" || t == "DT" || t == "RB" || w == "," {
			speaker++
			continue
		}
		return false
	}
	if k < 2 || !lex43DeedNouns.has(st.low[k]) {
		return false
	}
	// The noun's modifiers, then the article after the comma.
	for p := k - 1; p >= 1 && p >= k-4; p-- {
		switch st.low[p] {
		case "a", "an":
			return st.low[p-1] == ","
		}
		if !isModifier(st.toks[p]) {
			return false
		}
	}
	return false
}
