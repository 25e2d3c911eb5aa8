package code

import "github.com/truce-project/truce"

// An attack said to come from another country's soil (issue 3, type):
// "the army said the attack had been directed from Afghanistan", "the
// ministry said the drone had been launched from Afghan territory". The
// side that says so accuses (CAMEO 112) the country the strike came
// from; the lexicon reads the charge (lex50), and the country named right
// after "from" is the one charged when the clause names no other.

// prec50LaunchedFrom gives an accusation whose trigger ends in "from",
// with no one charged but the speaker's own side (the victims of the
// strike: "said the raid on its garrison had been planned from Somalia"),
// the country named just after it as the accused.
func prec50LaunchedFrom(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Accuse || prec50ForeignCharged(cd.ev.Source, cd.ev.Target) {
			continue
		}
		if cd.j < 1 || cd.j >= len(st.low) || st.low[cd.j-1] != "from" {
			continue
		}
		m := st.mentionAt(cd.j)
		if m == nil || m.i != cd.j || m.actor.Country == "" || hasSame(cd.ev.Source, m.actor) {
			continue
		}
		cd.ev.Target = []truce.Actor{m.actor}
		cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
	}
}

// prec50ForeignCharged reports whether an accusation already charges
// someone of another country than its accusers'.
func prec50ForeignCharged(src, tgt []truce.Actor) bool {
	for _, t := range tgt {
		own := false
		for _, s := range src {
			if s.Country != "" && s.Country == t.Country {
				own = true
			}
		}
		if !own {
			return true
		}
	}
	return false
}
