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
	st := cd.st
	end := cd.j + 4
	for k := cd.i + 1; k < len(st.low) && k < end; k++ {
		if w, done := actRefNounT50(st, k); done {
			return w
		}
		if k >= cd.j && prec40ModifierJoin(st, k) {
			end++
			continue
		}
		if k >= cd.j && !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return ""
		}
	}
	return ""
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
