package code

// A town an apposition measures from another by a direction: the town
// measured from is a landmark, not where the act was.

import "github.com/truce-project/truce"

// apposedLandmark reports whether the direction word at k ends an
// apposition that calls the name before it a place: in "a gang holding
// Zenda, a market town north of Strelsau, kidnapped two traders" or
// "youths in Zenda, a suburb just east of Strelsau" Strelsau only
// measures where Zenda lies.
func apposedLandmark(st *sent, k int) bool {
	return apposedHeadEnd(st, k) >= 0
}

// apposedHeadEnd returns the token of the last word of the name that the
// apposition ending at direction word k describes (Zenda's in "Zenda, a
// market town north of"), or -1 when there is none.
func apposedHeadEnd(st *sent, k int) int {
	n := k - 1
	if n >= 0 && directionHedges.has(st.low[n]) {
		n--
	}
	if n < 0 || !placeNouns.has(st.low[n]) && !landmarkNouns.has(st.low[n]) {
		return -1
	}
	// A few words may describe the place: "a rebel-held town".
	for m := n - 1; m >= 2 && m >= n-4; m-- {
		switch st.low[m] {
		case "a", "an":
			if st.low[m-1] == "," && capitalised(st.toks[m-2].text) {
				return m - 2
			}
			return -1
		case ",", "the":
			return -1
		}
	}
	return -1
}

// landmarkNouns call a place what placeNouns do not: "Zenda, a township
// north of Strelsau", "a settlement east of Hentz".
var landmarkNouns = filtered(wordSet("township", "settlement", "enclave", "outpost", "oasis"))

// apposedLandmarkHead returns the place the gazetteer lacks that an
// apposition measures from pick, a landmark: "militiamen holding Zenda,
// a fishing village south of Strelsau, abducted nine traders" were at
// Zenda, in Strelsau's country. It returns nil otherwise.
func apposedLandmarkHead(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	k := pick.i
	if k > 0 && st.low[k-1] == "the" {
		k--
	}
	if k < 3 || st.low[k-1] != "of" || !directions.has(st.low[k-2]) {
		return nil
	}
	e := apposedHeadEnd(st, k-2)
	if e < 0 || st.isPlace(e) || st.mentionAt(e) != nil {
		return nil
	}
	i := e
	for i > 0 && capitalised(st.toks[i-1].text) && st.mentionAt(i-1) == nil && !st.isPlace(i-1) {
		i--
	}
	// A name that opens the sentence may be anything: "Zenda, a town …".
	if i == 0 {
		return nil
	}
	text := st.textOf(i, e+1)
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}
