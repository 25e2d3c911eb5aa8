package code

// Ground taken back is taken from whoever took it: "Insurgents overran
// Macomia on Friday … Government troops retook the town on Sunday",
// "Mocimboa, which was seized by insurgents last year, was recaptured by
// the army".

import (
	"strings"

	"github.com/truce-project/truce"
)

// retakenFrom returns, for ground taken back that names no one it was
// taken from, the takers of ground told earlier in the sentence or in the
// two sentences before, who are not on the retaking side, as mentions at
// cd's trigger; nil otherwise. Ground taken in another country by a
// coalition ("Rwandan and Mozambican troops retook the town") is then
// not read as taken from the host's own army.
func (c *Coder) retakenFrom(d *doc, cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	if !cd.e.has(flagTerritory) || len(cd.src) == 0 || !retakeWords.has(st.low[cd.i]) || !looseHolder(cd) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if !p.e.has(flagTerritory) || retakeWords.has(st.low[p.i]) {
			continue
		}
		var out []*mention
		for _, m := range p.src {
			if m.actor.ID != "" && !retakerSide(cd, m.actor) {
				out = append(out, m)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= st.s.Index || idx < st.s.Index-2 || p.folded || !p.e.has(flagTerritory) || retakeWords.has(p.st.low[p.i]) || !takenFromRetakers(cd, p.ev.Target) {
			continue
		}
		var out []*mention
		for _, a := range p.ev.Source {
			if a.ID != "" && !retakerSide(cd, a) {
				a.Text = ""
				out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// takenFromRetakers reports whether ground taken earlier, from the
// holders tgt, may be what the retakers take back: it was taken from
// their own state ("insurgents overran Macomia, held by Mozambican
// troops"), or from no one named. Ground one army took from another
// state ("Syrian troops captured Khan Shaykhun") is not what a third
// state's troops retake.
func takenFromRetakers(cd *candidate, tgt []truce.Actor) bool {
	placed := false
	for _, a := range tgt {
		if a.Country == "" {
			continue
		}
		placed = true
		for _, m := range cd.src {
			if m.actor.Country == a.Country {
				return true
			}
		}
	}
	return !placed
}

// looseHolder reports whether the target found for ground taken back
// names no one who could have held it: none, the retakers' own side, an
// office not yet placed, or the place's people ("retook the village").
func looseHolder(cd *candidate) bool {
	for _, m := range cd.tgt {
		// ("…, the defence ministry in Maputo said": an office named but
		// not yet placed holds no ground.)
		if m.actor.Sector == "CVL" || groundWord(m) || m.actor.ID == "" && (m.actor.Sector == "" || m.actor.Sector == "GOV") {
			continue
		}
		if !retakerSide(cd, m.actor) {
			return false
		}
	}
	return true
}

// retakerSide reports whether a is one of the retakers or their state;
// the state's rebels ("BFAREB") are not.
func retakerSide(cd *candidate, a truce.Actor) bool {
	for _, m := range cd.src {
		s := m.actor
		if s.ID != "" && s.ID == a.ID || s.Country != "" && s.Country == a.Country && isState(a) && (stateSides.has(a.Sector) || a.Sector == "") && strings.HasPrefix(s.ID, s.Country) {
			return true
		}
	}
	return false
}
