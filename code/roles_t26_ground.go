package code

import "strings"

// Ground taken is not its own holder. "Troops recaptured a hilltop camp
// from the militants", "retook the village": the camp or village named as
// the object of a territory trigger is the place taken, not refugees or
// villagers on the other side. Such a facility word, read as a bare sector
// noun ("camp" as refugees, "village" as villagers), neither names who
// held the ground (namesHolder) nor keeps the search for the holder from
// going on (looseHolder).

// groundNouns name ground or a site that can be taken and held.
var groundNouns = filtered(wordSet("camp", "camps", "village", "villages", "town", "towns", "hamlet", "hamlets",
	"settlement", "settlements", "base", "bases", "post", "posts", "outpost", "outposts", "position",
	"positions", "stronghold", "strongholds", "enclave", "compound"))

// groundWord reports whether m is a bare sector noun made from a place
// that can be taken ("a hillside camp", "the village"), not a named actor.
func groundWord(m *mention) bool {
	if m.kind != "sector" || m.place {
		return false
	}
	w := strings.ToLower(m.actor.Text)
	if k := strings.LastIndexByte(w, ' '); k >= 0 {
		w = w[k+1:]
	}
	return groundNouns.has(w)
}
