package code

import "strings"

// toll40ThemKilled finds, after the people a count at token i names as
// the object of a verb ("dragged [13 suspects] out of a police van"), a
// later verb of the same subject that kills them, told with a pronoun:
// ", beat them and set them on fire", ", killing all of them", "and shot
// them dead". It returns "fatalities" and the token of the killing verb,
// or "" and -1. The pronoun must agree with the count ("them" for more
// than one); a new clause, a new count or the end of the sentence ends
// the search.
func toll40ThemKilled(st *sent, i, end, min int) (string, int) {
	if i == 0 || min < 1 || !strings.HasPrefix(st.toks[i-1].tag, "VB") || auxiliaries.has(st.low[i-1]) {
		return "", -1
	}
	for k := end; k < len(st.low) && k < end+24; k++ {
		w := st.low[k]
		if clauseBreaks.has(w) || w == "." || st.toks[k].tag == "CD" {
			break
		}
		if !toll40AgreeingPronoun(w, min) {
			continue
		}
		if v := toll40KillsPronoun(st, k); v >= 0 {
			return "fatalities", v
		}
	}
	return "", -1
}

// toll40AgreeingPronoun reports whether the object pronoun w may stand
// for a count whose least is min.
func toll40AgreeingPronoun(w string, min int) bool {
	if min > 1 {
		return w == "them"
	}
	return w == "him" || w == "her"
}

// toll40KillsPronoun returns the token of the verb that kills the people
// the pronoun at k stands for, or -1: "killed [them]", "killing all of
// [them]", "set [them] on fire", "set [them] alight", "beat [them] to
// death", "burned [them] alive", "shot [them] dead".
func toll40KillsPronoun(st *sent, k int) int {
	if k < 1 {
		return -1
	}
	v := k - 1
	if k >= 3 && st.low[k-1] == "of" && st.low[k-2] == "all" {
		v = k - 3 // "killing all of them"
	}
	prev := st.low[v]
	next, next2 := "", ""
	if k+1 < len(st.low) {
		next = st.low[k+1]
	}
	if k+2 < len(st.low) {
		next2 = st.low[k+2]
	}
	switch {
	case tollVerbs[prev] == "fatalities" && prev != "dead" && prev != "death":
		return v
	case v == k-1 && toll40SetVerb(prev) && (next == "alight" || next == "ablaze" || next == "on" && next2 == "fire"):
		return v
	case v == k-1 && violentDeaths.has(prev) && next == "to" && next2 == "death":
		return v
	case v == k-1 && (prev == "burned" || prev == "burnt") && next == "alive":
		return v
	case v == k-1 && prev == "shot" && next == "dead":
		return v
	}
	return -1
}

// toll40ViolentHead reports whether h, the event a folded trigger tells
// again, may take a toll: a violent event. A protest word folded into a
// road blockade ("blocked a road to protest") hands no toll to the
// blockade; the shooting told before it keeps it.
func toll40ViolentHead(h *candidate) bool {
	return h != nil && isViolent(h)
}
