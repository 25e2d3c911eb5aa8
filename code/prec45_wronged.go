package code

import "github.com/truce-project/truce"

// Whose sovereignty was violated (issue 3, type): "told Wang Yi by phone
// that the balloon's presence was a clear violation of U.S. sovereignty",
// "called a port deal between Ethiopia and Somaliland an outright
// violation of its sovereignty". The state whose sovereignty the noun
// names is the wronged side: it makes the charge (ACCUSE source), and the
// other side is charged. A reading that put the wronged state as the
// target is turned round.

// prec45WrongedSide turns round each ACCUSE read from a "violation of …
// sovereignty" noun whose target, not its source, is the state the
// sovereignty belongs to.
func prec45WrongedSide(st *sent, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Accuse || cd.e.pos != 'N' || len(ev.Source) == 0 || len(ev.Target) == 0 {
			continue
		}
		cc := prec45SovereigntyOwner(st, cd)
		if cc == "" || !hasCountry(ev.Target, cc) || hasCountry(ev.Source, cc) {
			continue
		}
		ev.Source, ev.Target = ev.Target, ev.Source
	}
}

// prec45SovereigntyOwner returns the country whose sovereignty the trigger
// names, between its "of" and "sovereignty": a state named ("of U.S.
// sovereignty", "of Iraqi sovereignty") or, for "its" or "their", the
// one who judged it (see prec45JudgeCountry); "" when the trigger names
// no sovereignty.
func prec45SovereigntyOwner(st *sent, cd *candidate) string {
	of := -1
	for k := cd.i; k < cd.j; k++ {
		switch st.low[k] {
		case "of":
			of = k
		case "sovereignty":
			if of < 0 {
				return ""
			}
			for n := of + 1; n < k; n++ {
				if m := st.mentionAt(n); m != nil {
					return countryOf(m.actor)
				}
				if st.low[n] == "its" || st.low[n] == "their" {
					return prec45JudgeCountry(st, cd.i)
				}
			}
			return ""
		}
	}
	return ""
}

// prec45JudgeCountry returns the country of the subject of the verb of
// judging or saying before i ("Somalia … called a port deal … a violation
// of its sovereignty"): "its" is the judge's own.
func prec45JudgeCountry(st *sent, i int) string {
	for k := i - 1; k >= 0; k-- {
		if !prec45JudgeVerbs.has(st.low[k]) {
			continue
		}
		for _, m := range st.subject(k) {
			if cc := countryOf(m.actor); cc != "" {
				return cc
			}
		}
		// "Somalia recalled its ambassador … and called …": the subject
		// of the first verb of the clause, the first actor in it that no
		// preposition governs.
		for n := range st.mentions {
			m := &st.mentions[n]
			if m.j > k {
				break
			}
			if !m.place && st.clause[m.i] == st.clause[k] && !afterPrep(st, m) && countryOf(m.actor) != "" {
				return countryOf(m.actor)
			}
		}
		return ""
	}
	return ""
}

// prec45JudgeVerbs call an act what it is: "called", "described",
// "said".
var prec45JudgeVerbs = filtered(wordSet("called", "calling", "calls", "call", "described", "describing", "branded",
	"branding", "termed", "terming", "said", "says", "saying"))
