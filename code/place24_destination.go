package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// destination reports whether p is the country a deportation or
// extradition sends people to: "Thailand deported 40 men to China" and
// "the general was extradited to the United States" happened in the
// country they left, not in the one named after "to". A town or border
// point after "to" is kept, as people are often left at one ("expelled
// migrants to the border post at Assamaka").
func destination(cd *candidate, p *placeRef) bool {
	st := cd.st
	if p.place.Precision != "country" || p.i < cd.j || prepBefore(st, p.i) != "to" {
		return false
	}
	if cd.e.mode == "deport" {
		return true
	}
	for _, w := range st.low[cd.i:cd.j] {
		if strings.HasPrefix(w, "extradit") {
			return true
		}
	}
	return false
}

// sentFrom places a deportation or extradition whose sentence names only
// the country people were sent to in the country a demonym or country
// name of the sentence gives them or their sender: "a former Ruritanian
// general was extradited to the United States" happened in Ruritania. It
// returns loc when loc is set or no such country is named.
func (c *Coder) sentFrom(cd *candidate, loc *truce.Location) *truce.Location {
	if loc != nil {
		return loc
	}
	st := cd.st
	to := destinationCountry(cd)
	if to == "" {
		return nil
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= cd.i || m.actor.Country == "" || m.actor.Country == to || m.kind != "country" && m.kind != "demonym" {
			continue
		}
		if cand, ok := c.places.Country(m.actor.Country); ok {
			return &truce.Location{Name: cand.Name, Country: cand.Country, Lat: cand.Lat, Lon: cand.Lon,
				GeonamesID: cand.GeonamesID, Precision: "country"}
		}
	}
	return nil
}

// destinationCountry returns the country of the first place cd's
// sentence names as where people were sent (see destination), or "".
func destinationCountry(cd *candidate) string {
	for n := range cd.st.places {
		if p := &cd.st.places[n]; destination(cd, p) {
			return p.place.Country
		}
	}
	return ""
}
