package code

// A place named in the "as", "when" or "while" clause that follows an
// act: "abducted two teachers as they left classes in Zenda".

import "github.com/truce-project/truce"

// whenWords open a clause that tells the moment of the act before it.
var whenWords = filtered(wordSet("as", "when", "while", "whilst"))

// subjectWords may follow "as" when it opens a clause of time ("as they
// left"), not a role ("as part of", "as a warning").
var subjectWords = filtered(wordSet("they", "he", "she", "it", "we", "the", "their", "his", "her"))

// unknownInWhenClause returns the place the gazetteer lacks that the
// clause right after the trigger's names, when that clause opens with
// "as", "when" or "while" and the act's own clause names no place finer
// than a country: "Gunmen kidnapped three nurses as they left a clinic in
// Zenda" were in Zenda. The place is in the country picked, else that of
// the act's state or first actor, else that of a known place of the
// sentence ("in Zenda, on the edge of Strelsau"). It returns nil
// otherwise.
func unknownInWhenClause(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	if pick != nil && pick.place.Precision != "country" {
		return nil
	}
	t := cd.j
	for t < len(st.low) && st.clause[t] == st.clause[cd.i] {
		t++
	}
	if t+1 >= len(st.low) || !whenWords.has(st.low[t]) || st.low[t] == "as" && !subjectWords.has(st.low[t+1]) {
		return nil
	}
	for k := t + 1; k < len(st.low)-1 && st.clause[k] == st.clause[t]; k++ {
		text, _ := st.unknownAfter(k)
		if text == "" {
			continue
		}
		cc := ""
		if pick != nil {
			cc = pick.place.Country
		} else if cc = stateCountry(cd); cc == "" {
			cc = groupCountry(cd)
		}
		for n := 0; cc == "" && n < len(st.places); n++ {
			cc = st.places[n].place.Country
		}
		return &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
	}
	return nil
}
