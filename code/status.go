package code

import (
	"github.com/truce-project/truce"
)

// weaponOf reads how a violent event was carried out from the words of its
// clause, when its trigger does not say ("Pakistani aircraft struck").
func (c *Coder) weaponOf(cd *candidate) (weapon, bool) {
	if !cd.e.has(flagViolent) || cd.e.mode != "-" && cd.e.mode != "" {
		return weapon{}, false
	}
	st := cd.st
	lo, hi := cd.prev, cd.next
	if cd.j > hi {
		hi = cd.j
	}
	for k := lo; k < hi && k < len(st.low); k++ {
		if k+1 < len(st.low) {
			if w, ok := c.lex.weapons[st.low[k]+" "+st.low[k+1]]; ok {
				return w, true
			}
		}
		if w, ok := c.lex.weapons[st.low[k]]; ok {
			return w, true
		}
	}
	return weapon{}, false
}

// complementOf reads what a request, rejection or threat is about from the
// words after its trigger in its clause.
func (c *Coder) complementOf(cd *candidate) (complement, bool) {
	cs := c.lex.complements[c.lex.cameo[cd.e.cameo].plover]
	if len(cs) == 0 {
		return complement{}, false
	}
	st := cd.st
	for k := cd.j; k < len(st.low) && k < cd.j+14 && st.clause[k] == st.clause[cd.i]; k++ {
		for _, cm := range cs {
			if _, ok := matchFrom(st.low, k, cm.words); ok {
				return cm, true
			}
		}
	}
	return complement{}, false
}

// statusNear reads hedges and negations around a trigger.
func statusNear(st *sent, i int) string {
	for k := i - 3; k <= i+1 && k < len(st.low); k++ {
		if k < 0 {
			continue
		}
		switch st.low[k] {
		case "allegedly", "purportedly", "supposedly":
			return truce.StatusAlleged
		case "slated", "planned", "scheduled", "upcoming", "follow-up", "proposed":
			return truce.StatusPlanned
		case "not", "never", "no", "n't", "without":
			if k < i {
				return truce.StatusNegated
			}
		}
	}
	for k := i + 1; k < len(st.low) && k < i+10; k++ {
		switch st.low[k] {
		case "slated", "scheduled":
			return truce.StatusPlanned
		}
	}
	for k := i - 1; k >= 0 && st.clause[k] == st.clause[i]; k-- {
		switch st.low[k] {
		case "would", "could", "might", "if", "may":
			return truce.StatusHypothetical
		}
	}
	// "did not reach any deal", "will not hold direct negotiations".
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i]; k-- {
		if st.low[k] == "not" || st.low[k] == "n't" || st.low[k] == "never" {
			return truce.StatusNegated
		}
	}
	return ""
}

// reportVerbs attribute what follows them to their subject.
var reportVerbs = map[string]bool{
	"reports": true, "reported": true, "said": true, "says": true, "claimed": true, "claims": true,
	"announced": true, "confirmed": true, "stated": true, "told": true, "say": true,
}

// reporter finds who the sentence attributes the report to: "the UN
// reports that …", "…, officials said", "according to X".
func reporter(st *sent, i int) *mention {
	for k := 0; k < len(st.low); k++ {
		if k >= i && k < i+1 {
			continue
		}
		w := st.low[k]
		if w == "according" && k+2 < len(st.low) && st.low[k+1] == "to" {
			for n := k + 2; n < len(st.low) && n < k+5; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					return m
				}
			}
		}
		if !reportVerbs[w] {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-5; n-- {
			if m := st.mentionAt(n); m != nil && !m.place {
				return m
			}
			if st.clause[n] != st.clause[k] {
				break
			}
		}
		// "…, said the army."
		for n := k + 1; n < len(st.low) && n < k+3; n++ {
			if m := st.mentionAt(n); m != nil && !m.place {
				return m
			}
		}
	}
	return nil
}

// retaliatory reports whether the text marks the event as a response.
func retaliatory(st *sent, i int) bool {
	for k := i - 3; k < i && k >= 0; k++ {
		if st.low[k] == "retaliatory" || st.low[k] == "retaliation" || st.low[k] == "reprisal" {
			return true
		}
	}
	for k := 0; k+2 < len(st.low); k++ {
		if (st.low[k] == "in" && (st.low[k+1] == "retaliation" || st.low[k+1] == "response") && (st.low[k+2] == "for" || st.low[k+2] == "to")) && k < i+8 {
			return true
		}
	}
	return false
}
