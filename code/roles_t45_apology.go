package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Issue 3, round t45: an apology names no one it is made to. "Iran's
// military admitted it had shot down a Ukrainian airliner … President
// Hassan Rouhani apologised", "Kuwait expelled the Philippine ambassador
// … The Philippine foreign secretary apologised for the rescues", "Soldiers
// beat scores of young men … The army apologised": the apology goes to the
// side the apologiser's state wronged, or the one it had wronged, in the
// events told just before: the other party of the nearest of them, one of
// another state before one of its own.

// t45ApologyReach is how many sentences back the wronged side is looked for.
const t45ApologyReach = 3

// t45ApologyWord reports whether w is a word of apology: "apologised",
// "apology", "regret", "forgiveness".
func t45ApologyWord(w string) bool {
	return strings.HasPrefix(w, "apolog") || strings.HasPrefix(w, "regret") || w == "forgiveness"
}

// apologyWrongedT45 gives an apology with a source and no target the side
// the source's state dealt with in the nearest events before it.
func apologyWrongedT45(d *doc) {
	for n, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Support || len(cd.ev.Target) != 0 || len(cd.ev.Source) == 0 || !t45ApologyAt(cd) {
			continue
		}
		cc := cd.ev.Source[0].Country
		if cc == "" {
			continue
		}
		if a, ok := t45Wronged(d.cands[:n], cd, cc); ok {
			a.Text = ""
			cd.ev.Target = []truce.Actor{a}
		}
	}
}

// t45ApologyAt reports whether cd's trigger is a word of apology.
func t45ApologyAt(cd *candidate) bool {
	for k := cd.i; k < cd.j && k < len(cd.st.low); k++ {
		if t45ApologyWord(cd.st.low[k]) {
			return true
		}
	}
	return false
}

// t45Wronged returns, from the events before the apology cd within
// t45ApologyReach sentences, the other party of the nearest one in which
// state cc acted or was acted on: of another state if any such event
// names one, else cc's own (the civilians its troops beat).
func t45Wronged(before []*candidate, cd *candidate, cc string) (truce.Actor, bool) {
	var own truce.Actor
	found := false
	for n := len(before) - 1; n >= 0; n-- {
		p := before[n]
		if p.folded || p.ev.Type == truce.Support || p.st == nil || cd.st.s.Index-p.st.s.Index > t45ApologyReach || p.st.s.Index > cd.st.s.Index {
			continue
		}
		var others []truce.Actor
		switch {
		case t45HasCountry(p.ev.Source, cc):
			others = p.ev.Target
		case t45HasCountry(p.ev.Target, cc):
			others = p.ev.Source
		default:
			continue
		}
		for _, a := range others {
			if a.Country == "" {
				continue
			}
			if a.Country != cc {
				return a, true
			}
			if !found {
				own, found = a, true
			}
		}
	}
	return own, found
}

// t45HasCountry reports whether one of as is of country cc.
func t45HasCountry(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if a.Country == cc {
			return true
		}
	}
	return false
}
