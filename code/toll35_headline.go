package code

import "strings"

// Tolls in the clipped style of headlines and briefs, with no auxiliary:
// "Four soldiers killed when their truck hit a mine", "Army says 12
// assailants and two soldiers killed". The counted people are the victims
// of the participle, not the doers of a past-tense verb, as they would be
// in "Four soldiers were killed".

// bareTollVerbs are the participles such a toll ends in.
var bareTollVerbs = filtered(wordSet("killed", "wounded", "injured", "hurt"))

// bareTollPassive reports whether the verb of a toll at token i is a
// participle with no auxiliary whose subject is a counted phrase of
// people opening the sentence or the clause after a verb of saying or a
// dateline, and which takes no object: "[Five police officers] killed
// when …", "Police say [nine attackers and three officers] killed."
// "Two gunmen killed a guard" has an object and stays active.
func (st *sent) bareTollPassive(i int) bool {
	if i < 1 || !bareTollVerbs.has(st.low[i]) {
		return false
	}
	if t := st.toks[i].tag; t != "VBD" && t != "VBN" {
		return false
	}
	if i+1 < len(st.toks) {
		switch t := st.toks[i+1].tag; {
		case t == "DT" || t == "CD" || t == "PRP" || t == "PRP$" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ"):
			return false
		}
	}
	counted := false
	k := i - 1
	for ; k >= 0; k-- {
		w, t := st.low[k], st.toks[k].tag
		if t == "CD" {
			counted = true
			continue
		}
		if w == "and" || w == "," || t == "HYPH" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "VBN" && k+1 < i {
			if thingNouns.has(w) {
				return false
			}
			continue
		}
		break
	}
	// the count must be read as one: "nine attackers", "a dozen"
	if !counted {
		return false
	}
	switch {
	case k < 0:
		return true
	case reportVerbs.has(st.low[k]) || st.low[k] == ":" || st.low[k] == "-" || st.low[k] == "\u2014" || st.low[k] == ";":
		return true
	}
	return false
}
