package code

import "strings"

// arrestOrdered: an arrest ordered is not yet made ("the prosecutor
// ordered the arrest of the governor", "a judge orders the arrest of two
// generals"): like a warrant issued, ACLED records the arrest when it
// happens, not the order.
func arrestOrdered(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || x.i < 0 || x.j-x.i < 2 || !strings.HasPrefix(x.st.low[x.i], "order") {
		return false
	}
	if x.st.low[x.j-1] != "of" || !strings.HasPrefix(x.st.low[x.j-2], "arrest") {
		return false
	}
	return x.set("", "")
}

// arrestsBreakUpProtest: arrests told with the breaking up of a gathering
// ("police broke up the vigil and detained 20 people", "detained the
// organiser and dispersed the rally") or made as people tried to protest
// ("arrested the writer and a dozen others as they tried to stage a
// march") are the intervention in that protest, named figures among the
// held or not.
func arrestsBreakUpProtest(x *acx) bool {
	// A court that jails someone ("ordered the mayor jailed pending
	// trial") acts apart from the police at the protest.
	if !x.is(acledStrategic, subArrests) || x.i < 0 || x.spanHasPrefix("order") || x.spanHasPrefix("jail") || x.spanHasPrefix("remand") {
		return false
	}
	st := x.st
	for k, w := range st.low {
		from := -1
		switch {
		case (w == "broke" || w == "break" || w == "breaking") && k+1 < len(st.low) && st.low[k+1] == "up":
			from = k + 2
		case w == "dispersed" || w == "dispersing":
			from = k + 1
		case (w == "stage" || w == "hold") && k >= 2 && st.low[k-1] == "to" && strings.HasPrefix(st.low[k-2], "tr"):
			from = k + 1
		}
		if from < 0 {
			continue
		}
		for n := from; n < len(st.low) && n < from+8; n++ {
			if gatheringWords.has(st.low[n]) {
				return x.set(acledProtests, subIntervened)
			}
			if st.low[n] == "," {
				break
			}
		}
	}
	return false
}

// gatheringWords name a protest gathering.
var gatheringWords = filtered(wordSet("gathering", "gatherings", "rally", "rallies", "protest", "protests", "march", "marches", "vigil",
	"vigils", "sit-in", "sit-ins", "demonstration", "demonstrations", "crowd", "crowds", "protesters", "demonstrators"))
