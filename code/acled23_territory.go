package code

// nonStateDoer reports whether the nearest force named before the
// trigger, back to a comma, is a non-state group: "the insurgents who
// overran the town", "resistance forces led by the union had captured the
// base", "separatist fighters seized the palace". The coder may have
// given such a trigger the state's forces of the main clause as its
// doer; the words say who took the ground. Militias backing the state
// ("troops backed by clan militias", "allied militias") are not.
func (x *acx) nonStateDoer() bool {
	if x.i < 0 || x.backedState() {
		return false
	}
	for k := x.i - 1; k >= 0 && k >= x.i-10; k-- {
		w := x.st.low[k]
		switch {
		case w == "," || w == ";":
			return false
		case nonStateWords.has(w):
			// "troops and allied clan militias took the town"
			for n := k - 1; n >= 0 && n >= k-2; n-- {
				if alliedWords.has(x.st.low[n]) {
					return false
				}
			}
			return true
		case stateForceWords.has(w):
			return false
		}
	}
	return false
}

// nonStateWords name armed groups that are not the state's.
var nonStateWords = filtered(wordSet("insurgents", "insurgent", "rebels", "rebel", "separatist", "separatists", "militants",
	"jihadists", "jihadist", "guerrillas", "guerrilla", "resistance", "gunmen", "gangs", "gang", "militia", "militias",
	"militiamen", "islamists", "extremists"))

// stateForceWords name the state's forces.
var stateForceWords = filtered(wordSet("troops", "army", "soldiers", "military", "police", "government", "junta", "regime", "gendarmes"))

// alliedWords, before a group, put it on the state's side.
var alliedWords = filtered(wordSet("allied", "pro-government", "pro-army", "loyalist", "government-backed", "state-backed"))
