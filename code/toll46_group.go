package code

// toll46Groups are the nouns for a small body of people a count after
// "of" sizes: "a family of five", "a group of 12 miners", "a crew of
// four".
var toll46Groups = filtered(map[string]bool{"family": true, "household": true, "group": true, "crew": true,
	"team": true, "party": true, "convoy": true, "busload": true, "boatload": true})

// toll46GroupOf returns the field a verb of killing or wounding gives the
// count at token i that sizes the group it took as its object: "killed [a
// family of] five", "wounding [an entire family of] six", "shot dead [a
// group of] 12 miners". Else it returns what describedAs does.
func toll46GroupOf(st *sent, i int) string {
	if i >= 3 {
		if f := toll46CountedAs(st, i); f != "" {
			return f
		}
	}
	if i < 4 || st.low[i-1] != "of" || !toll46Groups.has(st.low[i-2]) {
		return describedAs(st, i)
	}
	k := i - 3
	if st.low[k] == "entire" || st.low[k] == "whole" {
		k--
	}
	if k < 1 || st.low[k] != "a" && st.low[k] != "an" && st.low[k] != "the" {
		return describedAs(st, i)
	}
	if f := tollVerbs[st.low[k-1]]; f != "" {
		return f
	}
	if k >= 2 && st.low[k-1] == "dead" && st.low[k-2] == "shot" {
		return "fatalities"
	}
	return describedAs(st, i)
}

// toll46OneGuard reports whether the head of a phrase opened by "a" or
// "an" is a guard, lower-case: "a church guard", "a security guard" is one
// person, where "the National Guard" is a force.
func toll46OneGuard(h tok) bool {
	return h.tag == "NN" && h.low == "guard"
}

// toll46Sums are the verbs that give the size of a body of people:
// "the injured [numbered] more than 30", "the dead [totalled] 14".
var toll46Sums = filtered(map[string]bool{"numbered": true, "number": true, "numbers": true, "totalled": true,
	"totaled": true, "totals": true, "total": true, "reached": true})

// toll46CountedAs returns the field of the count at token i that a verb of
// sizing gives the dead or the wounded before it: "the injured numbered
// [more than 30]", "the dead totalled [14]", "the wounded stood at [52]".
// It returns "" otherwise.
func toll46CountedAs(st *sent, i int) string {
	v := i - 1
	if v >= 1 && st.low[v] == "at" && st.low[v-1] == "stood" {
		v--
	} else if !toll46Sums.has(st.low[v]) {
		return ""
	}
	if v < 2 || st.low[v-2] != "the" {
		return ""
	}
	switch st.low[v-1] {
	case "dead", "killed":
		return "fatalities"
	case "wounded", "injured":
		return "injuries"
	}
	return ""
}

// toll46OfOne reports whether the word at token k is "one" in a phrase
// that says whose members a count before it counts: "five members [of one]
// family", "three relatives of one man". It counts no victims of its own.
func toll46OfOne(st *sent, k int) bool {
	return k >= 2 && st.low[k] == "one" && st.low[k-1] == "of" && st.toks[k-2].tag == "NNS"
}
