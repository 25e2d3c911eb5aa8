package code

import (
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// Praise from people named only by a bare plural: "Critics praised its
// restraint", "Bus drivers, frequent victims of extortion, welcomed the
// measure". A generic crowd of no one in particular is no actor, and its
// approval is colour, not an event of support.

// genericPraisePrec32 reports whether the SUPPORT trigger cd, built with
// no source, is the verb of a subject that opens the sentence as a bare
// plural common noun (no determiner, no name: "Critics", "Bus drivers",
// "Local traders"), right before the verb or past an aside set off by
// commas. "Dozens of member states", "The Global Tamil Forum" and named
// people are left to the other rules.
func genericPraisePrec32(st *sent, cd *candidate, _ time.Time) bool {
	if cd.ev.Type != truce.Support || len(cd.ev.Source) > 0 || cd.e.pos != 'V' || cd.i < 1 {
		return false
	}
	head := -1
	for k := 0; k < cd.i && k < 4; k++ {
		t := st.toks[k].tag
		if t == "NNS" {
			head = k
			break
		}
		// The first word is capitalised and may be read as a name
		// ("Bus drivers"): it counts as one only if a mention.
		if t != "JJ" && t != "NN" && !(k == 0 && t == "NNP" && st.mentionAt(0) == nil) {
			return false
		}
	}
	if head < 0 || st.mentionAt(head) != nil && st.mentions[0].actor.ID != "" && !strings.HasSuffix(st.mentions[0].actor.ID, "CVL") {
		return false
	}
	switch {
	case cd.i == head+1:
		return true
	case st.low[head+1] == "," && st.low[cd.i-1] == ",":
		for k := head + 2; k < cd.i-1; k++ {
			if finiteVerb(st.toks[k].tag) || st.low[k] == "," {
				return false
			}
		}
		return true
	}
	return false
}
