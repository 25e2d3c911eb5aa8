package code

import "strings"

// reactedDeedNouns name, beyond actNouns, a deed told before that words of
// welcome or blame refer back to: "Beijing praised the operation",
// "condemned the offensive".
var reactedDeedNouns = filtered(wordSet("operation", "operations", "offensive", "evacuation",
	"rescue", "reopening", "closure", "handover"))

// reactedNoun returns the noun by which a reaction refers back to an act
// told before when actNounAfter finds none: a plural of a listed act
// ("welcomed the releases" refers back as "release"), a general deed
// ("praised the operation"), or the subject of a passive reaction ("The
// swap was welcomed by Washington"). It returns "" otherwise.
func reactedNoun(st *sent, cd *candidate) string {
	if n := actNounForm(st, cd.j); n != "" {
		return n
	}
	return passiveActSubject(st, cd)
}

// actNounForm returns the act noun the words from j open with, past
// determiners and modifiers, as actNouns spells it: "the releases" gives
// "release"; "the operation" gives "operation".
func actNounForm(st *sent, j int) string {
	return nounFormAfter(st, j, actNounOf)
}

// actNounOf returns w as an act noun ("releases" as "release"), or "".
func actNounOf(w string) string {
	switch {
	case actNouns[w] || reactedDeedNouns.has(w):
		return w
	case strings.HasSuffix(w, "s") && actNouns[strings.TrimSuffix(w, "s")]:
		return strings.TrimSuffix(w, "s")
	}
	return ""
}

// passiveActSubject returns the act noun standing as the subject of a
// passive reaction, "The swap was welcomed by …", "the pardons have been
// hailed by …": a determiner, the noun, a form of "be", the trigger, and
// "by" after it. It returns "" otherwise.
func passiveActSubject(st *sent, cd *candidate) string {
	if cd.e.pos != 'V' || cd.j >= len(st.low) || st.low[cd.j] != "by" {
		return ""
	}
	k := cd.i - 1
	if k >= 0 && st.low[k] == "been" {
		k--
	}
	if k < 2 || !finiteAux.has(st.low[k]) {
		return ""
	}
	switch st.low[k-2] {
	case "the", "this", "that", "these", "its", "their":
		return actNounOf(st.low[k-1])
	}
	return ""
}
