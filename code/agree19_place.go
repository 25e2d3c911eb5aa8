package code

import "github.com/truce-project/truce"

// settingMeetings are the meetings an agreement may be told to come out
// of: "after talks in Ankara", "at a summit in Lome".
var settingMeetings = filtered(wordSet("talks", "negotiations", "meeting", "meetings", "summit", "consultations"))

// talksPlace places an agreement where the talks it came out of were
// held, when its sentence tells them after it and the place found so far
// is only a country or region, often one the deal is about: "Peru and
// Bolivia agreed to settle a row over Bolivia's access to the sea, after
// talks in Lima" was struck in Lima.
func (b *building) talksPlace() {
	ev, st, cd := &b.cd.ev, b.st, b.cd
	if ev.Type != truce.Agree || ev.Location != nil && (ev.Location.Precision == "city" || ev.Location.Precision == "point") {
		return
	}
	for k := cd.j; k+2 < len(st.low); k++ {
		if !settingMeetings.has(st.low[k]) || st.low[k+1] != "in" {
			continue
		}
		if setting, _ := settingOf(st, k); !setting {
			continue
		}
		for n := range st.places {
			p := &st.places[n]
			if p.i != k+2 || p.place.Precision != "city" && p.place.Precision != "point" {
				continue
			}
			loc := p.place.Location
			loc.Text = st.textOf(p.i, p.j)
			ev.Location = &loc
			return
		}
		return
	}
}
