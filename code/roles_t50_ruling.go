package code

import "strings"

// Issue 3, round t50: how the object of a reaction names back an act told
// before ("Ankara welcomed the decision": aimed at whoever made it, see
// actMaker). Two readings of that object were wrong:
//   - "The opposition accused the ruling party of rigging the vote", "warned
//     the ruling Frelimo": an act noun that is also a verb's -ing form
//     ("ruling") standing right before a noun or a name is that verb's
//     participle qualifying it (the party that rules), not the head of the
//     object; the accusation is aimed at the party named.
//   - "The Polisario Front rejected the U.S. decision", "Beijing welcomed
//     Nauru's decision": an object that names an actor before its act noun
//     names the act's maker itself; the reaction is aimed at that actor, not
//     at whoever acted in the sentence before.

// actRefNounT50 reads the word at k of a reaction's object for actNounAt:
// done is true when the scan ends there, with w the act noun named back, or
// "" when the object names its maker (an actor at k) or the act noun at k is
// a participle qualifying the word after it.
func actRefNounT50(st *sent, k int) (w string, done bool) {
	if st.mentionAt(k) != nil {
		return "", true
	}
	if !actRefNouns.has(st.low[k]) {
		return "", false
	}
	if participleBeforeNounT50(st, k) {
		return "", true
	}
	return st.low[k], true
}

// participleBeforeNounT50 reports whether the act noun at k ends in "-ing"
// and is followed by a noun or an actor's name, so that it qualifies that
// word instead of heading the object.
func participleBeforeNounT50(st *sent, k int) bool {
	if !strings.HasSuffix(st.low[k], "ing") || k+1 >= len(st.low) {
		return false
	}
	if st.mentionAt(k+1) != nil {
		return true
	}
	next := st.toks[k+1]
	return strings.HasPrefix(next.tag, "NN") && !t50Dates.has(next.low)
}

// t50Dates name a day or a month: "welcomed the ruling Monday" dates the
// ruling, it does not qualify it.
var t50Dates = filtered(wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "today", "yesterday", "tonight"))
