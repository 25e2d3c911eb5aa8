package code

import "time"

// A clause whose subject is negated: "No country has recognised the
// government", "Neither side has signalled any truce", "None of the
// parties signed". What no one did is no event.

// noSubjectWords open a negated subject at the head of a clause.
var noSubjectWords = filtered(wordSet("no", "neither", "none", "nobody", "nothing"))

// negatedSubjectPrec32 reports whether the trigger cd stands in a clause
// that opens the sentence with a negated subject ("No country has
// formally recognised …", "Neither company has signalled any truce", "No
// one was arrested") and reaches the trigger with no comma, semicolon or
// conjunction between: the act is denied, not told. Another clause of the
// sentence ("No group claimed the attack, and the army blamed …") keeps
// its own act.
func negatedSubjectPrec32(st *sent, cd *candidate, _ time.Time) bool {
	// "No group has claimed the bombing that killed 12": the violence
	// happened; only the claim is denied.
	if cd.e.has(flagViolent) {
		return false
	}
	p := 0
	for p < len(st.low) && p < 2 && (st.toks[p].tag == "CC" || st.toks[p].tag == "RB" || st.low[p] == "``" || st.low[p] == "\"") {
		p++
	}
	if p >= cd.i || !noSubjectWords.has(st.low[p]) {
		return false
	}
	// "No fewer than 8 soldiers", "no less than", "no longer", "no
	// sooner": a count or an adverb, not a negated subject.
	if p+1 < len(st.low) && (st.low[p+1] == "less" || st.low[p+1] == "fewer" || st.low[p+1] == "longer" || st.low[p+1] == "sooner" || st.low[p+1] == "more" || st.toks[p+1].tag == "CD") ||
		p+2 < len(st.low) && st.low[p+2] == "than" {
		return false
	}
	verb := false
	for k := p + 1; k < cd.i; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == ":" || w == "and" || w == "but" || w == "or" || w == "nor" || w == "while" || w == "after" || w == "before" || w == "because" || w == "when" || w == "as" {
			return false
		}
		if finiteVerb(st.toks[k].tag) || st.toks[k].tag == "MD" {
			verb = true
		}
	}
	// The trigger is the clause's verb, or a word after it.
	return verb || cd.e.pos == 'V' && finiteVerb(st.toks[cd.i].tag)
}
