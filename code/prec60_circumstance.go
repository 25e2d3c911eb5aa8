package code

import "strings"

// prec60: a meeting told as the circumstance of another act.
//
// "shot dead the governor as he met villagers at his home", "hit a
// restaurant where commanders were meeting foreign instructors", "arrived
// in Kyiv just as China's leader was holding talks in Moscow". The clause
// of "as", "while" or "where" tells what was going on when or where the
// act of the main clause happened; the meeting is its setting, and
// annotators of every batch leave it out or make it optional.

// prec60SettingSubordinators open a clause that sets another act: "as he
// met", "where they were meeting", "while she was meeting".
var prec60SettingSubordinators = filtered(wordSet("as", "where", "while"))

// prec60MeetingForms are the verb forms of meeting such a clause holds.
var prec60MeetingForms = filtered(wordSet("met", "meets", "meet", "meeting", "holding", "held"))

// prec60CircumstanceMeeting drops a meeting verb whose clause, opened by
// "as", "while" or "where" after a main clause, sets the scene of
// another act: "as he met villagers", "where commanders were meeting".
func prec60CircumstanceMeeting(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.e.cameo != "040" || !prec60MeetingForms.has(st.low[i]) {
		return false
	}
	for k := i - 1; k >= 2 && k >= i-6; k-- {
		w := st.low[k]
		if prec60SettingSubordinators.has(w) {
			// "as well as", "such as", "so as" join or compare.
			prev := st.low[k-1]
			return prev != "well" && prev != "such" && prev != "so" && prev != "as" && prev != "same"
		}
		t := st.toks[k]
		if w == "," || w == ";" || w == "and" || w == "but" || strings.HasPrefix(t.tag, "VB") && !auxiliaryWords.has(w) && w != "was" && w != "were" {
			return false
		}
	}
	return false
}
