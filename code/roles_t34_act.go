package code

import "slices"

// actRefVerbs give, for a general act noun that is also a verb's noun, the
// forms of that verb: "Sofia's parliament voted to lift the veto. The
// opposition called the terms unfair. Brussels welcomed the vote" names the
// vote, not the opposition's words told in between.
var actRefVerbs = map[string][]string{
	"vote":        {"voted", "vote", "votes"},
	"listing":     {"listed", "blacklisted"},
	"designation": {"designated"},
	"ruling":      {"ruled"},
	"decision":    {"decided"},
}

// actNounAt returns the general act noun that is the object of cd's
// trigger, or "" when there is none (see namesActBack).
func actNounAt(cd *candidate) string {
	if k := actNounPos(cd); k >= 0 {
		return cd.st.low[k]
	}
	return ""
}

// actNounPos returns the token of the general act noun that is the object
// of cd's trigger, or -1.
func actNounPos(cd *candidate) int {
	st := cd.st
	end := cd.j + 4
	for k := cd.i + 1; k < len(st.low) && k < end; k++ {
		if w, done := actRefNounT50(st, k); done {
			if w == "" {
				return -1
			}
			return k
		}
		if k >= cd.j && prec40ModifierJoin(st, k) {
			end++
			continue
		}
		if k >= cd.j && !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return -1
		}
	}
	return -1
}

// actNounOwned reports whether the act noun at k names its maker after it
// ("rejected a ceasefire plan put forward by Washington and Riyadh", "the
// decision by the court"): the act is then that maker's, whatever the
// sentences before told last.
func actNounOwned(st *sent, k int) bool {
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		switch w := st.low[n]; {
		case w == "by":
			return n+1 < len(st.low) && (st.mentionAt(n+1) != nil || n+2 < len(st.low) && determiners.has(st.low[n+1]) && st.mentionAt(n+2) != nil)
		case w == "," || w == ";" || w == "." || w == "and" || w == "but":
			return false
		}
	}
	return false
}

// actVerbSentence returns the index of the nearest of the two sentences
// before cd's that uses the verb of the act noun cd names back, or -1 when
// the noun has no verb form or neither sentence uses it.
func actVerbSentence(d *doc, cd *candidate) int {
	verbs := actRefVerbs[actNounAt(cd)]
	if verbs == nil {
		return -1
	}
	idx := cd.st.s.Index
	for back := idx - 1; back >= idx-2 && back >= 0; back-- {
		for _, st := range d.sents {
			if st.s.Index != back {
				continue
			}
			for _, w := range st.low {
				if slices.Contains(verbs, w) {
					return back
				}
			}
		}
	}
	return -1
}
