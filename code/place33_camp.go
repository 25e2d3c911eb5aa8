package code

import "strings"

// Camps: a camp is its refugees' only when the sentence says who lives in
// it. "A drone hit a camp for displaced people" hit refugees; "troops
// retook a hillside camp the rebels had held" and "bombers struck the camp
// of the army's 3rd Brigade" name a post of an armed side, whose holder the
// roles find elsewhere in the sentence.

// campNouns are the facility words that stand for refugees only beside
// a word for the displaced.
var campNouns = filtered(wordSet("camp", "camps"))

// displacedWords name the people a camp shelters: "a camp for displaced
// people", "refugees seized from a camp", "a migrant camp".
var displacedWords = filtered(wordSet("refugee", "refugees", "displaced", "displacement",
	"idp", "idps", "migrant", "migrants", "asylum", "asylum-seekers", "evacuees",
	"homeless"))

// facilitySector looks up the sector of the facility words key at token
// k, as the facilities list tells it, except that a camp in a sentence
// naming no displaced people is no facility: "an army camp", "the rebels'
// camp". People held or living "in camps", with no article, are the
// camps' people: "authorities interned thousands in camps".
func (st *sent) facilitySector(key string, k int, facilities map[string]string) (string, bool) {
	s, ok := facilities[key]
	if !ok || !campNouns.has(key) {
		return s, ok
	}
	if key == "camps" && k > 0 && (st.low[k-1] == "in" || st.low[k-1] == "into") {
		return s, true
	}
	for _, w := range st.low {
		if displacedWords.has(w) {
			return s, true
		}
	}
	return "", false
}

// sideWords before a camp make it a political side, not a place: "his
// camp accused the army", "the country's two rival camps signed".
var sideWords = filtered(wordSet("his", "her", "rival", "both", "opposing", "warring", "political", "competing"))

// politicalCamp reports whether the camp noun at k is a side in a
// contest, which stands for the state whose politics it divides: "the
// general's rival camps", "his camp denied it".
func (st *sent) politicalCamp(k int) bool {
	if !campNouns.has(st.low[k]) {
		return false
	}
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		if sideWords.has(st.low[n]) {
			return true
		}
		if tag := st.toks[n].tag; !(tag == "CD" || strings.HasPrefix(tag, "JJ")) {
			return false
		}
	}
	return false
}
