package code

// An act named to be judged, with a phrase of its own between it and the
// name it is given: "called the port deal between the two regions an
// outright violation", "had called its neighbour's memorandum with the
// breakaway region an act of aggression", "called the lifting of
// sanctions a new beginning". namedAct reads the act noun followed at
// once by its name; here a prepositional phrase stands between. The act
// named was told before: it is what is judged, not news of its own.

// prec43NamedPhrasePreps open the phrase that may follow the named act:
// who it was between or with, what it was of or on.
var prec43NamedPhrasePreps = filtered(wordSet("between", "with", "of", "on", "over", "against", "by"))

// prec43NamedActPhrase reports whether the noun trigger cd, the object of
// the naming verb at v, is followed by a phrase of its own and then by
// the name the verb gives it.
func prec43NamedActPhrase(st *sent, cd *candidate, v int) bool {
	if cd.e.pos != 'N' || cd.j >= len(st.low) || !prec43NamedPhrasePreps.has(st.low[cd.j]) {
		return false
	}
	// The object is a known act: "the", "its", or a possessive owner
	// ("Ethiopia's memorandum"); or one a phrase of parties sets apart ("a
	// port deal between Ethiopia and Somaliland").
	if !definite(st, cd.i) && !wordBetween(st, "'s", v+1, cd.i) && st.low[cd.j] != "between" && st.low[cd.j] != "with" {
		return false
	}
	for k := cd.j + 1; k < len(st.low) && k <= cd.j+10; k++ {
		w := st.low[k]
		if (w == "a" || w == "an" || w == "as") && objectEnd(st.toks[k-1]) && k+1 < len(st.low) {
			// The name: a noun phrase or an adjective after it.
			n := st.toks[k+1]
			return isModifier(n) || nounPremodifier(n)
		}
		if w == "and" || w == "of" || namePhraseToken(st.toks[k]) {
			continue
		}
		return false
	}
	return false
}
