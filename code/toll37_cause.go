package code

// The dead a protest is about are not its toll: "marched to mark a year
// since the explosion that killed more than 200 people", "demanding
// accountability for the collapse of a canopy that killed 15", "protests
// over the deaths of 15 people", "blocked the road after a motorcyclist
// died in custody". Only a protest's own dead are its toll: "days of
// protests that left seven people dead", "protests in which hundreds were
// killed".

// toll37CauseNouns name a deadly event other than the protest itself,
// whose dead a protest mourns or answers.
var toll37CauseNouns = filtered(wordSet("collapse", "collapsed", "explosion", "explosions", "blast", "blasts", "fire", "fires", "blaze",
	"crash", "crashes", "stampede", "disaster", "tragedy", "accident", "deaths", "death", "killing", "killings",
	"murder", "murders", "shooting", "shootings", "sinking", "shipwreck", "flood", "floods", "earthquake", "landslide", "poisoning"))

// toll37ProtestToll returns the protest told before the toll r that r is
// the toll of, as protestBefore does, unless the words between the
// protest and the count tell the deadly event the protest is about: a
// deadly event named (toll37CauseNouns), or "after" or "since" opening
// the clause that holds the count.
func toll37ProtestToll(st *sent, cands []*candidate, r tollRead) *candidate {
	cd := protestBefore(cands, r.i)
	if cd == nil {
		return nil
	}
	for k := cd.j; k < r.i && k < len(st.low); k++ {
		switch w := st.low[k]; {
		case toll37CauseNouns.has(w):
			return nil
		case w == "after" || w == "since":
			if !toll37BreakBetween(st, k, r.i) {
				return nil
			}
		}
	}
	return cd
}

// toll37BreakBetween reports whether a comma or semicolon stands between
// tokens from and to: the clause opened at from ends before to.
func toll37BreakBetween(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		if st.low[k] == "," || st.low[k] == ";" {
			return true
		}
	}
	return false
}
