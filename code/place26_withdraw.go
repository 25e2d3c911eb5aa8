package code

// Foreign forces leave the country they were in, not their own.

import (
	"slices"

	"github.com/truce-project/truce"
)

// withdrawnFrom places a withdrawal by forces of one state that its
// sentence puts only in their own country, by its actors, at the scene of
// the act told just before it (see sceneBefore) when that lies in another
// country: after "Ruritanian troops entered the town of Zenda on Monday",
// "Bordurian peacekeepers, who had been stationed in the town, withdrew
// to the border" left Zenda, not Borduria.
func withdrawnFrom(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.Type != truce.Retreat || loc == nil || loc.Text != "" || loc.Precision != "country" || !actorFrom(cd.ev.Source, loc.Country) {
			continue
		}
		if len(cd.st.places) > 0 {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		if idx < 1 {
			continue
		}
		scene := sceneBefore(d, idx)
		if scene == nil || scene.Country == "" || scene.Country == loc.Country {
			continue
		}
		cp := *scene
		cd.ev.Location = &cp
	}
}
