package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// roles_s58: a junta that fights is the army. "Rebels accused the junta
// of dropping bombs on the village", "the junta shelled the town": the
// rulers named by their military regime, as the doer of an attack, are
// the state's forces (MIL), as "junta troops" are (roles_s28_forces.go);
// in a political act (accusing, rejecting, agreeing) "the junta" stays
// the government.

// s58JuntaFights recodes as the army the sources of an attack of built
// that the text names as a junta and the coder read as its government.
func (c *Coder) s58JuntaFights(d *doc, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Assault {
			continue
		}
		for n, a := range cd.ev.Source {
			if a.Sector != "GOV" || a.Country == "" || !isState(a) || !s58NamesJunta(a.Text) {
				continue
			}
			cd.ev.Source[n] = c.sectorActor(truce.Actor{Text: a.Text, Sector: "MIL"}, a.Country, d.date)
		}
	}
}

// s58NamesJunta reports whether text ends in "junta" or "juntas".
func s58NamesJunta(text string) bool {
	text = strings.TrimSuffix(strings.TrimSuffix(text, "s"), "S")
	return len(text) >= 5 && strings.EqualFold(text[len(text)-5:], "junta") &&
		(len(text) == 5 || text[len(text)-6] == ' ')
}
