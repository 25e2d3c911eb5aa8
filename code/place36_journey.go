package code

// Where a flight takes the people an act sends away.

// flightNouns are the craft that carry people an act sends away: "put
// them on a flight to Washington".
var flightNouns = filtered(wordSet("flight", "flights", "plane", "planes", "jet", "airliner", "aircraft", "charter"))

// flightEnd reports whether p, named after the trigger, is only where a
// flight the clause puts people on was going: "Ruritania freed 40
// prisoners and put them on a flight to Strelsau" and "refused entry to
// a film crew and put them on a plane back to Zenda" happened where the
// flight left from, not where it landed. "Back" or "home" may stand
// between the craft and "to"; a named journey's start ("a flight from
// Zenda to Strelsau") is left to bound.
func flightEnd(cd *candidate, p *placeRef) bool {
	st := cd.st
	if p.i < cd.j || p.i < 2 {
		return false
	}
	k := p.i - 1
	if st.low[k] == "the" {
		k--
	}
	if k < 1 || st.low[k] != "to" {
		return false
	}
	k--
	if st.low[k] == "back" || st.low[k] == "home" {
		k--
	}
	return k >= 0 && flightNouns.has(st.low[k])
}
