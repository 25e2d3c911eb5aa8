package code_test

import "testing"

// TestPlaceApposedLandmark checks a town that an apposition measures from
// another by a direction ("Zenda, a market town north of Strelsau"): the
// act was in the first town, not in the one it is measured from.
func TestPlaceApposedLandmark(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"gang holding a town north of a city",
			"Members of a gang controlling Bello, a town north of Medellín, kidnapped two shopkeepers on Sunday, police said.",
			"kidnapped", "Bello", "COL", ""},
		{"fighters based in a suburb east of a capital",
			"Youths in Soyapango, a working-class suburb just east of San Salvador, beat a bus driver to death on Friday, witnesses said.",
			"beat", "Soyapango", "SLV", ""},
		{"unknown village measured from a known town",
			"Militiamen holding Kilemba Ndogo, a fishing village south of Uvira, abducted nine traders on Tuesday, residents said.",
			"abducted", "Kilemba Ndogo", "COD", ""},
	})
}

// TestPlaceHomeOverPath checks an act of a state's forces or government
// whose sentence names no place where it happened, only one that people,
// goods or envoys came from in another country: the act was in the
// state's own country, not in the one named after "from".
func TestPlaceHomeOverPath(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"border guards fire on smugglers crossing from a neighbour",
			"Moroccan border guards shot dead three smugglers on Monday as they tried to slip in from Algeria with cigarettes, the army said.",
			"shot dead", "", "MAR", ""},
		{"police arrest workers after they crossed from a neighbour's town",
			"Thai police arrested 30 factory workers on Saturday after they had crossed from Myawaddy without papers, officials said.",
			"arrested", "", "THA", ""},
		{"police detain migrants arriving from a neighbour",
			"Greek coastguards detained 40 migrants on Sunday after their dinghy set out from Turkey overnight, officials said.",
			"detained", "", "GRC", ""},
	})
}
