package code

import "strings"

// A subject's weapons told between it and its verb: "coast guard
// personnel [wielding knives and axes] boarded the boats", "police
// [carrying batons and shields] entered the campus", "soldiers [armed
// with rifles] stormed the post". The phrase says how the subject is
// equipped, as "police with dogs" does; the verb is still the subject's.

// roles_x54Bearing are the participles that open such a phrase.
var roles_x54Bearing = filtered(wordSet("wielding", "carrying", "brandishing", "bearing", "toting", "armed"))

// roles_x54EquippedBetween reports whether the tokens from j up to the
// verb at i are one such phrase: a participle of bearing ("armed" with
// "with" after it) and then only the nouns it names, joined by "and" or
// commas.
func roles_x54EquippedBetween(st *sent, j, i int) bool {
	if j >= i || !roles_x54Bearing.has(st.low[j]) {
		return false
	}
	k := j + 1
	if st.low[j] == "armed" {
		if k >= i || st.low[k] != "with" {
			return false
		}
		k++
	}
	if k >= i {
		return false
	}
	for ; k < i; k++ {
		switch w, t := st.low[k], st.toks[k].tag; {
		case w == "and" || w == ",":
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "CD" || t == "HYPH":
		default:
			return false
		}
	}
	return st.low[i-1] != "and" && st.low[i-1] != ","
}
