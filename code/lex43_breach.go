package code

// lex43BreachVerbs charge a party with breaking a pact or a law.
var lex43BreachVerbs = filtered(wordSet("violating", "breaching", "breaking", "flouting", "violation", "violations", "breach", "breaches"))

// lex43ChargeOfBreach reports whether the accusation cd, a participle
// after a report of an attack ("…, the ministry said, accusing Baku of
// violating the truce"), charges its object with breaking a pact or a
// law: a charge of its own, not the naming of who did the attack
// ("…, police said, blaming rebels"), so it stays an event. The charge
// follows "of", past an adverb: "of flagrantly violating".
func lex43ChargeOfBreach(st *sent, cd *candidate) bool {
	for k := cd.j; k < len(st.low)-1 && k < cd.j+6; k++ {
		if st.low[k] == "," || st.low[k] == "." {
			return false
		}
		if st.low[k] != "of" {
			continue
		}
		w := st.low[k+1]
		if st.toks[k+1].tag == "RB" && k+2 < len(st.low) {
			w = st.low[k+2]
		}
		return lex43BreachVerbs.has(w)
	}
	return false
}
