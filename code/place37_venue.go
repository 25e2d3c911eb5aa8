package code

// Talks held in the town a wire story is filed from, in a third country.

import "github.com/truce-project/truce"

// p37HostWords tell that the story's lead sentence was told where talks
// were held, whoever hosted them: "after hosting talks", "after 12 hours
// of talks".
var p37HostWords = filtered(wordSet("hosting", "hosted", "hosts", "host", "mediated", "brokered"))

// p37DatelineTalks places an agreement or a meeting of the story's lead
// sentence that its words put only in a country at the town the story is
// filed from, when that sentence tells of the talks that produced it and
// names no other town: in "ZENDA, Ruritania - Borduria and Syldavia
// agreed on Monday to a ceasefire, Ruritania's president said after
// hosting talks between their leaders", the deal was struck in Zenda,
// though neither party is Ruritanian (datelineVenue moves only deals of
// the dateline's own country).
func p37DatelineTalks(d *doc) {
	if len(d.sents) == 0 {
		return
	}
	st := d.sents[0]
	at := dateline(st)
	if at == nil || !p37TalksTold(st) {
		return
	}
	for n := range st.places {
		if p := &st.places[n]; !inDateline(st, p) && !coarse(p.place.Precision) && !p37SameTown(p.place.Location, at) {
			return
		}
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.st != st || cd.folded || !venueTypes.has(cd.ev.Type) || loc == nil || loc.Text != "" || loc.Precision != "country" {
			continue
		}
		cp := *at
		cd.ev.Location = &cp
	}
}

// p37TalksTold reports whether st tells of talks or of their hosting.
func p37TalksTold(st *sent) bool {
	for _, w := range st.low {
		if venueNouns.has(w) || p37HostWords.has(w) {
			return true
		}
	}
	return false
}

// p37SameTown reports whether a and b name the same place.
func p37SameTown(a truce.Location, b *truce.Location) bool {
	return a.Country == b.Country && a.Name == b.Name
}
