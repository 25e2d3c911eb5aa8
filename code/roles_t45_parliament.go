package code

import "github.com/truce-project/truce"

// Issue 3, round t45: a parliament building set alight. "Protesters set
// fire to the regional parliament building": the "to" of "set fire to"
// aims the act at the building, it does not place the crowd there
// (legislatureAsPlace), so the legislature stays the target; the
// government, which a crowd at parliament protests against, stays beside
// it, as the organ of a police post does (t40ProtestedState).

// t45ArsonTo reports whether the "to" at p is that of "set fire to" or
// "set light to".
func t45ArsonTo(st *sent, p int) bool {
	return p > 0 && st.low[p] == "to" && (st.low[p-1] == "fire" || st.low[p-1] == "light")
}

// t45ArsonGovernment adds, to a protest or attack whose target is a
// state's legislature set alight ("set fire to parliament"), that state's
// government beside it.
func (b *building) t45ArsonGovernment() {
	if t := b.cd.ev.Type; t != truce.Protest && t != truce.Assault {
		return
	}
	for _, a := range b.tgt {
		if a.Sector != "LEG" || !isState(a) || hasCountrySectorT45(b.tgt, a.Country, "GOV") || !t45SetAlight(b.st, a) {
			continue
		}
		g, ok := b.c.actors.Lookup(a.Country+"GOV", b.d.date)
		if !ok {
			return
		}
		g.Text = ""
		b.tgt = append(b.tgt, g)
		return
	}
}

// t45SetAlight reports whether the sentence names a, a legislature, right
// after "set fire to", past determiners and modifiers.
func t45SetAlight(st *sent, a truce.Actor) bool {
	return legislatureLedBy(st, a, func(p int) bool { return t45ArsonTo(st, p) })
}

// hasCountrySectorT45 reports whether one of as is country cc's sector s.
func hasCountrySectorT45(as []truce.Actor, cc, s string) bool {
	for _, a := range as {
		if a.Country == cc && a.Sector == s {
			return true
		}
	}
	return false
}
