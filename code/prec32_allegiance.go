package code

import "time"

// Allegiance told in the perfect: "the group has pledged allegiance to the
// Islamic State", "a faction that has sworn loyalty to al-Qaeda". It says
// who a group is tied to, a standing affiliation, not an act of the news.

// allegianceWords name what a group pledges or swears to another.
var allegianceWords = filtered(wordSet("allegiance", "loyalty", "fealty", "bay'ah", "bayah", "obedience"))

// allegiancePerfectPrec32 reports whether the verb trigger cd is a present
// perfect ("has pledged", "have sworn", "has renewed") whose object, within
// two words, is allegiance or loyalty, with no date of the last days in
// its clause: "have pledged allegiance to the Islamic State group". A
// pledge told with its day ("pledged allegiance on Monday", "has pledged
// allegiance this week") is news, left to the other rules.
func allegiancePerfectPrec32(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'V' || !perfectAt(st, cd.i) {
		return false
	}
	obj := false
	for k := cd.j; k < len(st.low) && k <= cd.j+2; k++ {
		if allegianceWords.has(st.low[k]) {
			obj = true
			break
		}
	}
	if k := cd.j - 1; !obj && k > cd.i && allegianceWords.has(st.low[k]) {
		obj = true
	}
	if !obj {
		return false
	}
	for n := cd.j; n < len(st.low) && st.low[n] != "," && st.low[n] != ";"; n++ {
		if recentSpanWords.has(st.low[n]) || len(st.low[n]) > 3 && st.low[n][len(st.low[n])-3:] == "day" {
			return false
		}
	}
	return true
}
