package code

// Who suspects held after an attack are: the attack's doers.

import (
	"github.com/truce-project/truce"
)

// suspectsOfAttack gives an arrest of counted or named-as-such suspects
// by a state's forces, with no one else named as held, the armed group
// whose attack the article told before: "Militants bombed a market …
// troops arrested three suspects" holds the militants. It reports
// whether it found one.
func (b *building) suspectsOfAttack() bool {
	cd, st := b.cd, b.st
	if b.e.mode != "arrest" || len(b.tgt) > 0 || len(b.src) == 0 || !allStateOrgans(b.src) || !suspectsAfter(st, cd.j) {
		return false
	}
	a, ok := b.d.latestDoerIf(cd, b.src, func(p *candidate) bool {
		return p.ev.Type == truce.Assault && len(p.ev.Source) > 0 && (nonStateArmed(p.ev.Source[0]) || armed(p.ev.Source[0]))
	})
	if !ok {
		return false
	}
	b.tgt = []truce.Actor{a}
	return true
}

// allStateOrgans reports whether every actor in src is an organ of a
// state: its forces, police or government.
func allStateOrgans(src []truce.Actor) bool {
	for _, a := range src {
		if !isState(a) || !stateSides.has(a.Sector) {
			return false
		}
	}
	return len(src) > 0
}

// suspectsAfter reports whether the words from j name suspects, counted
// or not: "four suspects", "the two suspects", "several suspects",
// "a suspect".
func suspectsAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+3; k++ {
		switch w := st.low[k]; {
		case w == "suspects" || w == "suspect":
			return true
		case w == "the" || w == "a" || w == "more" || w == "at" || w == "least" || w == "about" || pluralCounts.has(w) || w != "" && w[0] >= '0' && w[0] <= '9':
			continue
		}
		return false
	}
	return false
}
