package code

// An armed force fighting abroad, told with no place: "Coalition aircraft
// struck militant positions north of the prison" happened where the story
// is, not in the coalition leader's own country.

import (
	"slices"

	"github.com/truce-project/truce"
)

// place46AbroadAttack returns, for an attack (or a deployment) whose
// sentence names no place and that would otherwise be placed in its
// armed state source's own country, the town where the latest earlier
// event of the sentence or of the one before was placed, when that town
// lies in another country and no target is the source's own state: the
// force acted where the story is ("Rebels stormed the port town of Zenda.
// Borduria's jets bombed their positions on Friday" was at Zenda). It
// returns nil otherwise.
func (d *doc) place46AbroadAttack(st *sent, typ string, src, tgt []truce.Actor) *truce.Location {
	if typ != truce.Assault && typ != truce.Mobilize || len(src) == 0 {
		return nil
	}
	home := ""
	for _, a := range src {
		if !isState(a) || a.Sector != "MIL" {
			continue
		}
		home = a.Country
		break
	}
	if home == "" {
		return nil
	}
	for _, a := range tgt {
		if isState(a) && a.Country == home {
			return nil
		}
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.folded || p.ev.Location == nil || p.st.s.Index > st.s.Index {
			continue
		}
		if p.st.s.Index < st.s.Index-1 {
			return nil
		}
		l := p.ev.Location
		switch l.Precision {
		case "city", "point":
		default:
			continue
		}
		if l.Country == "" || l.Country == home || slices.ContainsFunc(src, func(a truce.Actor) bool { return a.Country == l.Country && !isState(a) }) {
			return nil
		}
		cp := *l
		return &cp
	}
	return nil
}
