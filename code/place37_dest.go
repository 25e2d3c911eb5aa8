package code

// Where troops or aid were sent: a destination the gazetteer lacks.

import (
	"strings"

	"github.com/truce-project/truce"
)

// p37SentTypes are the acts that happen where what they move arrives:
// troops deployed, peacekeepers or aid sent.
var p37SentTypes = filtered(map[string]bool{truce.Mobilize: true, truce.Aid: true})

// p37PlaceText returns the words of the place the gazetteer does not know
// that the sentence puts the act in (see unresolvedPlace) or, for a
// deployment or a dispatch of aid, the one it sends its troops or goods
// to (see p37Destination).
func p37PlaceText(cd *candidate, typ string) string {
	if text := cd.st.unresolvedPlace(cd); text != "" {
		return text
	}
	if !p37SentTypes.has(typ) {
		return ""
	}
	return p37Destination(cd)
}

// p37Destination returns the capitalised words that "to" or "into" brings
// after the trigger in its clause, naming no actor and no known place: a
// deployment "to Zenda village" or "into the Hentz region", peacekeepers
// sent "to Zenda to protect civilians", went there. The name may carry
// a direction ("to northern Zenda") and a unit or place noun after it;
// a common noun after it makes the words a qualifier ("to Bordurian
// troops"), not a place. It returns "" when there is none.
func p37Destination(cd *candidate) string {
	st := cd.st
	end := len(st.low)
	if cd.next > cd.j && cd.next < end {
		end = cd.next
	}
	// The trigger may end with the preposition: "were sent to".
	for k := cd.i + 1; k+1 < end; k++ {
		if st.clause[k] != st.clause[cd.i] {
			break
		}
		if st.low[k] != "to" && st.low[k] != "into" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" {
			n++
		}
		if n < end && (directions.has(st.low[n]) || nearbyWords.has(st.low[n])) && !st.isPlace(n) {
			n++
		}
		i := n
		for n < end && (capitalised(st.toks[n].text) || articled(st.toks[n].text) || n > i && linked(st, n)) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
			n++
		}
		if n == i {
			continue
		}
		if n < len(st.low) && p37CommonNoun(st, n) {
			continue
		}
		return st.textOf(i, n)
	}
	return ""
}

// p37CommonNoun reports whether token n is a common noun that the words
// before it qualify ("Bordurian troops", "Red Cross teams") rather than a
// unit or place noun that follows a place's name ("Zenda village"). A
// feature noun follows one too: troops sent "to the Zenda forest" went
// there (place49; dev: 1 of 1).
func p37CommonNoun(st *sent, n int) bool {
	w := st.low[n]
	if unitNouns.has(w) || placeNouns.has(w) || settledUnit(w) || featureNouns.has(w) {
		return false
	}
	return strings.HasPrefix(st.toks[n].tag, "NN") && !capitalised(st.toks[n].text)
}
