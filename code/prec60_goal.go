package code

// prec60: an act that another act hastens or clears the way for.
//
// "suspended the pact, clearing the way for live-fire drills near the
// border", "invoked a wartime law to speed their deportation", "moved to
// expedite the handover". The act noun is the goal the clause aims at:
// nothing tells it done, and where it is done the story tells it in its
// own words ("the men were flown out"). Annotators of every batch code
// the act that clears the way, not the one it is cleared for.

// prec60HastenForms are the verbs whose object is an act still to come:
// "to speed their deportation", "hastened the handover".
var prec60HastenForms = filtered(wordSet("speed", "speeds", "sped", "speeding", "hasten", "hastens", "hastened",
	"hastening", "expedite", "expedites", "expedited", "expediting", "accelerate", "accelerates", "accelerated",
	"accelerating", "facilitate", "facilitates", "facilitated", "facilitating"))

// prec60WayOpeners clear the way for an act still to come: "clearing the
// way for drills", "paved the way for talks", "opens the way for".
var prec60WayOpeners = filtered(wordSet("clear", "clears", "cleared", "clearing", "pave", "paves", "paved",
	"paving", "open", "opens", "opened", "opening"))

// prec60EnabledGoal drops a noun reading that is the act a verb of
// hastening takes as its object ("to speed their deportation", "speed up
// the withdrawal") or that the way is cleared for ("clearing the way for
// its troops to resume live-fire drills").
func prec60EnabledGoal(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.i < 2 {
		return false
	}
	k := cd.i - 1
	for k > 0 && k >= cd.i-4 && (st.toks[k].tag == "DT" || st.toks[k].tag == "PRP$" || isModifier(st.toks[k])) {
		k--
	}
	if st.low[k] == "up" && k > 0 {
		k--
	}
	if prec60HastenForms.has(st.low[k]) {
		return true
	}
	for k = cd.i - 1; k >= 3 && k >= cd.i-8; k-- {
		switch st.low[k] {
		case ",", ";", ":", "but":
			return false
		case "for":
			if st.low[k-1] == "way" && st.low[k-2] == "the" && prec60WayOpeners.has(st.low[k-3]) {
				return true
			}
		}
	}
	return false
}
