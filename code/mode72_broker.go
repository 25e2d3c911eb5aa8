package code

import "github.com/truce-project/truce"

// mode72PairWords open a plural group that holds both sides of a truce:
// "a truce between two clan militias", "between rival gangs", "between
// the two factions".
var mode72PairWords = filtered(wordSet("two", "rival", "both", "warring", "feuding"))

// mode72PluralSides reports whether the truce trigger at st's words from
// i is followed by "between" and a plural group naming both sides in one
// ("brokered a truce on Tuesday between two sub-clan militias"): the one
// actor found is then both the source and the target. A "between A and
// B" names the sides apart and is left to the two actors found.
func mode72PluralSides(st *sent, i int) bool {
	for k := i; k < len(st.low)-1; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == "." || w == "that" || w == "which" || w == "who" {
			return false
		}
		if w != "between" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" && n+1 < len(st.low) {
			n++
		}
		if !mode72PairWords.has(st.low[n]) {
			return false
		}
		// No "and" may join two named sides in the group that follows.
		for m := n + 1; m < len(st.low) && m < n+6; m++ {
			switch st.low[m] {
			case "and", "&":
				return false
			case ",", ";", ".", "that", "which", "who", "in", "over", "near", "on", "after":
				return true
			}
		}
		return true
	}
	return false
}

// mode72BrokerIsSide reports whether the broker of a truce is one of its
// sides: the same actor, or a state whose own organs (its government,
// army, police) fight in it. A domestic go-between (elders, bishops,
// a regional government) brokering a truce between the country's own
// militias, clans or gangs is no side: "bishops in Guerrero brokered a
// truce between two cartels", "clan elders and state officials brokered
// a truce between two sub-clan militias".
func mode72BrokerIsSide(broker, sides []truce.Actor) bool {
	for _, a := range broker {
		if hasSame(sides, a) {
			return true
		}
		for _, s := range sides {
			if a.Country == "" || s.Country != a.Country {
				continue
			}
			if isState(s) && (s.Sector == "" || stateSectors.has(s.Sector)) {
				return true
			}
		}
	}
	return false
}
