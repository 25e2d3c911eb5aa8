package code

import "github.com/truce-project/truce"

// What a protest was for, told in a comma participle after the whole of
// the protest's clause: "rallied for a second day in the oil town on
// Monday, demanding that the government reverse the price rise",
// "gathered outside the barracks where he was held, demanding his
// release". protestPurpose reads a purpose close to the protest verb;
// here the clause runs longer, or holds a relative clause of its own
// about a place or person it names. The demand is the protest's cause,
// not a statement of its own.

// prec43DemandRelatives open a relative clause inside the protest's
// clause, whose verb is not the protest's: "the barracks where he was
// held".
var prec43DemandRelatives = filtered(wordSet("where", "who", "whom", "which", "that", "when"))

// prec43ProtestDemand reports whether cd, a demand in a comma participle,
// tells what the protest prev just before it was for.
func (c *Coder) prec43ProtestDemand(st *sent, prev, cd *candidate) bool {
	if c.ploverOf(prev.e) != truce.Protest || quadOf(c.ploverOf(cd.e)) != 3 || cd.i < 2 || cd.i-prev.j > 25 ||
		cd.i <= prev.j || st.toks[cd.i].tag != "VBG" || st.low[cd.i-1] != "," || lex43SpeechAtRally(st, prev, cd) {
		return false
	}
	relative := false
	for n := prev.j; n < cd.i-1; n++ {
		w := st.low[n]
		switch {
		case prec43DemandRelatives.has(w):
			relative = true
		case w == "," || w == ";" || w == ":" || w == "but" || w == "while" || w == "and" && n+1 < len(st.toks) && verbAt(st, n+1):
			return false
		case verbAt(st, n) && st.mentionAt(n) == nil && !inDate(st, n) && !relative:
			return false
		}
	}
	return true
}
