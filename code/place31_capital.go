package code

// "The capital" of a country that hosts foreign troops.

// hostCountry returns, for cc, the country of the event's first state
// actor, the country of another state the sentence names when that
// actor is a force of cc, and cc otherwise: troops stand in their
// host's capital, so in "a Ruritanian army spokesman said the last
// Borduran troops stationed in the capital would leave", the capital is
// Ruritania's.
func hostCountry(cd *candidate, cc string) string {
	st := cd.st
	force := false
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if isState(m.actor) && m.actor.Country == cc && m.actor.Sector == "MIL" {
				force = true
			}
		}
	}
	if !force {
		return cc
	}
	for n := range st.mentions {
		a := st.mentions[n].actor
		if isState(a) && a.Country != cc && !foreignMission(a) {
			return a.Country
		}
	}
	return cc
}
