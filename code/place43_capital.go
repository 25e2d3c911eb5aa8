package code

import (
	"github.com/truce-project/truce/actor"
	"github.com/truce-project/truce/geo"
)

// namesCapital reports whether the actor mentions ms found in the name of
// the gazetteer city cand say it is its country's capital: one mention of
// a capital, of the city's country, spanning the whole name. A town that
// stands for a state's armed forces or another branch rather than its
// government (place43: "Rawalpindi", the army's headquarters town) is no
// capital, so "Pakistan's capital" is not there.
func namesCapital(ms []actor.Mention, cand geo.Candidate) bool {
	if len(ms) != 1 {
		return false
	}
	m := ms[0]
	return m.Kind == actor.KindCapital && m.Actor.Country == cand.Country && m.End-m.Start == len(cand.Name) &&
		(m.Actor.Sector == "" || m.Actor.Sector == "GOV")
}
