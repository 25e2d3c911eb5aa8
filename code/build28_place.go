package code

import (
	"slices"

	"github.com/truce-project/truce"
)

// awayFromHome returns the sides that place a state's withdrawal of its
// forces when the text names no place: troops pull out of where they were
// posted, not out of their own land. "Borduria has withdrawn 300 of its
// soldiers" in a story set in Ruritania happened in Ruritania (the
// story's focus) or in the country of a foreign target, so the source's
// side is dropped. It reports false for any other act, when the story is
// set in the source's own country, and when a town told just before in
// another country will place the withdrawal (see withdrawnFrom).
func awayFromHome(d *doc, st *sent, ev *truce.Event, src, tgt []truce.Actor) ([]truce.Actor, bool) {
	if ev.Type != truce.Retreat || ev.Mode != "withdraw" || len(src) == 0 || d.focus == "" {
		return nil, false
	}
	a := src[0]
	if !isState(a) || a.Country == d.focus || a.Sector != "MIL" && a.Sector != "" {
		return nil, false
	}
	if idx := slices.Index(d.sents, st); len(st.places) == 0 && idx > 0 {
		if scene := sceneBefore(d, idx); scene != nil && scene.Country != "" && scene.Country != a.Country {
			return nil, false
		}
	}
	var abroad []truce.Actor
	for _, t := range tgt {
		if t.Country != a.Country {
			abroad = append(abroad, t)
		}
	}
	return abroad, true
}
