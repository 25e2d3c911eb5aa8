package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// chargeOfVictim reports whether the accusation cd only says what the
// people an earlier act was done to were accused of, in a relative
// clause on the noun naming them: "arrested six activists accused of
// burning a train", "beat to death a man they accused of theft". The act
// is the news; who accused them, and when, is not told.
func chargeOfVictim(st *sent, earlier []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Accuse || st.low[cd.i] != "accused" || cd.j != cd.i+1 || cd.j >= len(st.low) || st.low[cd.j] != "of" {
		return false
	}
	k := cd.i - 1
	if k >= 0 && relativeSubjects.has(st.low[k]) {
		k--
	}
	// ("accused" straight before "of" has no object: it cannot be the
	// main verb of "the army accused the rebels of …".)
	if k < 0 || !strings.HasPrefix(st.toks[k].tag, "NN") {
		return false
	}
	// "whom the interior ministry accused of …" names an accuser of its
	// own: that is an accusation.
	for n := k - 1; n >= 0 && n >= k-5; n-- {
		if w := st.low[n]; w == "whom" || w == "who" || w == "which" || w == "that" {
			return false
		}
		if !isModifier(st.toks[n]) && st.toks[n].tag != "DT" {
			break
		}
	}
	p := lastStanding(earlier)
	return p != nil && (p.ev.Type == truce.Assault || p.ev.Type == truce.Coerce || p.ev.Type == truce.Protest) &&
		p.j <= k && st.clause[p.i] == st.clause[cd.i]
}

// relativeSubjects open a contact relative clause: "a man they accused".
var relativeSubjects = filtered(wordSet("they", "he", "she"))
