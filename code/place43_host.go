package code

import "github.com/truce-project/truce"

// A host receives guests at home: "ZENDA - Ruritania will reopen its
// embassy in Strelsau, the foreign minister said as he hosted his
// Bordurian counterpart" met in Zenda, not in Strelsau.

// place43HostWords are the verbs of receiving a guest.
var place43HostWords = filtered(wordSet("hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "welcoming", "received", "receives", "receiving"))

// place43HostAtHome places a meeting told by a verb of hosting, which its
// sentence puts at a place in another country than the story's dateline
// town, at that town, when the sentence names an actor of the dateline's
// country (the host) and the place is not named after the verb with a
// preposition of place ("hosted talks in Doha"): a place named before the
// verb in another clause, or a guest's country ("welcomed Borduria's
// president"), tells of something else.
func place43HostAtHome(d *doc) {
	at := storyDateline(d)
	if at == nil {
		return
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.Type != truce.Consult || loc == nil || loc.Country == "" || loc.Country == at.Country || !place43Hosts(cd) {
			continue
		}
		if place43VenueAfter(cd, loc) || !place43NamesState(cd.st, at.Country) {
			continue
		}
		cp := *at
		cd.ev.Location = &cp
	}
}

// place43NamesState reports whether st names an actor of country cc: the
// host the dateline's country stands for.
func place43NamesState(st *sent, cc string) bool {
	for n := range st.mentions {
		if m := &st.mentions[n]; m.actor.Country == cc && !m.place {
			return true
		}
	}
	return false
}

// place43Hosts reports whether cd's trigger is a verb of hosting.
func place43Hosts(cd *candidate) bool {
	for _, w := range cd.st.low[cd.i:cd.j] {
		if place43HostWords.has(w) {
			return true
		}
	}
	return false
}

// place43VenueAfter reports whether the sentence names loc after the
// trigger with a preposition of place: the venue of the meeting.
func place43VenueAfter(cd *candidate, loc *truce.Location) bool {
	st := cd.st
	for n := range st.places {
		p := &st.places[n]
		if p.i >= cd.j && (p.place.Name == loc.Name || p.place.Country == loc.Country) && locPreps.has(prepBefore(st, p.i)) {
			return true
		}
	}
	return false
}
