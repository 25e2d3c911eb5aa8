package code

// The town a wire story is filed from: where the reporter was, not where
// the act happened, when the sentence names another place.

import (
	"strings"

	"github.com/truce-project/truce"
)

// datelineEnd returns the token of the dash that closes the wire dateline
// opening st ("KANDAHAR, Afghanistan - …", "LIMA (Reuters) — …"), or -1
// when st is not the article's first sentence or opens with no dateline.
// The dateline starts with a word in capitals and ends with a dash within
// its first twelve tokens.
func datelineEnd(st *sent) int {
	if st.s.Index != 0 || len(st.toks) == 0 {
		return -1
	}
	if !datelineOpens(st) {
		return -1
	}
	for n := 1; n < len(st.low) && n <= 12; n++ {
		if datelineDashes.has(st.low[n]) {
			return n
		}
	}
	return -1
}

// datelineOpens reports whether st opens with a word in capitals that can
// start a dateline: three letters or more, or a shorter one before
// another in capitals ("EL FASHER, Sudan -", "LA PAZ -", "AL MUKALLA").
func datelineOpens(st *sent) bool {
	w := st.toks[0].text
	if w != strings.ToUpper(w) || strings.ToLower(w) == w {
		return false
	}
	if len(w) >= 3 {
		return true
	}
	if len(st.toks) < 2 {
		return false
	}
	next := st.toks[1].text
	return len(next) >= 3 && next == strings.ToUpper(next) && strings.ToLower(next) != next
}

// inDateline reports whether p is named in the dateline opening st.
func inDateline(st *sent, p *placeRef) bool {
	end := datelineEnd(st)
	return end > 0 && p.j <= end
}

// datelineDemoted lowers a dateline place from where the act happened to
// a place it counts at only when the sentence names no other: in
// "MOMBASA - Police fired tear gas at traders in Kibokoni village", the
// tear gas was fired in Kibokoni, and in "PESHAWAR - Authorities imposed a
// curfew across Khyber Pakhtunkhwa" across the province, not in its
// capital the story is filed from.
func datelineDemoted(st *sent, roles []placeRole) {
	for n := range st.places {
		if roles[n] == roleWhere && inDateline(st, &st.places[n]) {
			roles[n] = rolePath
		}
	}
}

// unknownOverDateline returns the place the gazetteer lacks that the
// sentence names for an act, when the only known place is the dateline's
// or a town in a road's name: "DAVAO - Soldiers clashed with rebels near
// the village of Tagumbaya" were at Tagumbaya, in the dateline's country,
// and so were farmers who "marched along the Lahore-Multan highway in
// Okarawal" in Okarawal. It returns nil otherwise.
func unknownOverDateline(cd *candidate, pick *placeRef) *truce.Location {
	if pick == nil || !inDateline(cd.st, pick) && !roadNamed(cd.st, pick) {
		return nil
	}
	text := cd.st.unresolvedPlace(cd)
	if text == "" {
		return nil
	}
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}
