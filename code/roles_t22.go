package code

// Targets of attacks whose object is a building rather than people:
// "bombers struck a hospital, killing 18 people", "a blast tore through a
// university gymnasium during Mass". The building's sector (health,
// education) tells what was hit; the people in it, killed or hurt, are
// civilians, and both are the attack's target.

import "github.com/truce-project/truce"

// buildingHeads are the last words of a health, school or religious
// target that names a building or institution rather than its staff or
// pupils: "a clinic", "the Bayero University", "a mosque".
var buildingHeads = filtered(wordSet("hospital", "hospitals", "clinic", "clinics", "centre", "centres",
	"center", "centers", "post", "posts", "school", "schools", "university", "universities",
	"college", "colleges", "campus", "academy", "madrassa", "seminary", "mosque", "mosques",
	"church", "churches", "temple", "temples", "shrine", "cathedral", "synagogue"))

// buildingSectors are the sectors a building target stands for.
var buildingSectors = filtered(wordSet("HLH", "EDU", "REL"))

// buildingVictims returns an attack's building targets with the
// civilians inside them added, when every target is a hospital, school,
// university or place of worship: "struck a wedding, a hospital and a
// funeral, killing 18 people" is aimed at the people there as much as at
// the hospital. Staff or pupils named as people ("abducted six
// students") are left as they are, and so is any armed or state target.
func (c *Coder) buildingVictims(cd *candidate) []*mention {
	// ("looted shops and a health centre": a raid on goods, not people.)
	if c.lex.cameo[cd.e.cameo].plover != truce.Assault || cd.e.has(flagSym) || len(cd.tgt) == 0 {
		return nil
	}
	st := cd.st
	for _, m := range cd.tgt {
		if !buildingSectors.has(m.actor.Sector) || m.j < 1 || !buildingHeads.has(st.low[m.j-1]) {
			return nil
		}
	}
	// ("set fire to a Hindu temple": the building, for its community,
	// when no one was killed or hurt.)
	if !st.tellsToll() {
		return nil
	}
	m := cd.tgt[0]
	a := truce.Actor{Text: m.actor.Text, Name: "civilians", Country: m.actor.Country, Sector: "CVL"}
	if a.Country != "" {
		a.ID = a.Country + "CVL"
	}
	v := &mention{i: m.i, j: m.j, kind: m.kind, actor: a}
	return append(append([]*mention{}, cd.tgt...), v)
}

// hurtWords tell that people were killed or hurt.
var hurtWords = filtered(wordSet("killing", "killed", "dead", "died", "wounding", "wounded", "injuring", "injured", "casualties"))

// tellsToll reports whether the sentence tells of people killed or hurt.
func (st *sent) tellsToll() bool {
	for _, w := range st.low {
		if hurtWords.has(w) {
			return true
		}
	}
	return false
}
