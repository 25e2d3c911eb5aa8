package code

// A participle inside a lexicon form (issue 3, dates): a form whose gap
// spans the object ("handed over * to", "return~ * seized") may hold the
// participle that describes that object, and the participle's date with
// it: "handed over soldiers seized in 2021 to Qatari mediators",
// "returned weapons seized last year". The seizing is as old as the date;
// the handing over is the news (hist34_participle.go reads the same
// construction when the participle stands past the form).

import "strings"

// hist35ParticipleInForm reports whether the date starting at token k
// follows a participle standing inside the verb trigger cd's span, which
// describes the noun before it, a noun phrase the trigger's verb (or its
// particle or a preposition of the form) takes as object.
func hist35ParticipleInForm(st *sent, cd *candidate, k int) bool {
	if cd.e.pos != 'V' || cd.j <= cd.i+2 || k < cd.i+3 || k >= len(st.toks) {
		return false
	}
	// The participle: within five tokens before the date, inside the
	// form, with only a phrase of place or manner between.
	p := hist34ParticipleBefore(st, k, cd.i+2)
	if p < 0 || p >= cd.j || !strings.HasPrefix(st.toks[p-1].tag, "NN") || auxiliaries.has(st.low[p-1]) {
		return false
	}
	// The noun phrase back to the trigger's verb or a particle or
	// preposition after it.
	n := p - 1
	for n > cd.i && gsr41ObjectWord(st, n, p) {
		n--
	}
	if n != cd.i && !hist34Governs(st, n) {
		return false
	}
	return st.clause[cd.i] == st.clause[p] && st.clause[p] == st.clause[k]
}
