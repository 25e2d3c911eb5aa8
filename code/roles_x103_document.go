package code

// Issue 3, round roles21: "ended the 2015 Algiers peace agreement with the
// rebels", "a breach of the Vienna Convention", "ratified the Rome Statute
// of the court". A capital named right before the noun of a written pact
// names the pact after the city where it was made, not a party to it: the
// parties are the ones who make, keep or end it and the one it is "with"
// or "of". A capital that owns the pact ("Tirana's agreement") is a party
// and stays.

// x103DocumentNouns are the nouns of a written pact or instrument that take
// the name of the city where it was made.
var x103DocumentNouns = filtered(wordSet("agreement", "agreements", "accord", "accords", "convention",
	"conventions", "statute", "protocol", "protocols", "treaty", "treaties", "declaration", "charter",
	"memorandum", "pact"))

// x103DocumentTopics may stand between the city and the pact noun: "the
// Algiers peace agreement", "the Tehran nuclear accord".
var x103DocumentTopics = filtered(wordSet("peace", "nuclear", "ceasefire", "cease-fire", "trade", "border",
	"framework", "security", "climate"))

// documentNamesX103 drops a capital mention, and its place, that names a
// pact after its city. Dev: the reading fires on five mentions (Algiers
// twice, Vienna, Rome, Stockholm), and gold makes the city's state a side
// of none of the events told there but one, which lists Algeria beside the
// rebels the pact was made with (4 of 5).
func (st *sent) documentNamesX103() {
	keep := st.mentions[:0]
	for _, m := range st.mentions {
		if m.kind == "capital" && st.namesDocumentX103(m.j) {
			st.dropPlaceX103(m.i, m.j)
			continue
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// dropPlaceX103 drops the place read at tokens [i, j): the city that names
// a pact is not where the act told is, nor the home of a group the
// sentence names ("the Algiers agreement with northern armed groups").
func (st *sent) dropPlaceX103(i, j int) {
	keep := st.places[:0]
	for _, p := range st.places {
		if p.i == i && p.j == j {
			continue
		}
		keep = append(keep, p)
	}
	st.places = keep
}

// namesDocumentX103 reports whether the tokens from k, right after a
// capital, are a pact noun, with at most one topic word before it.
func (st *sent) namesDocumentX103(k int) bool {
	if k < len(st.low) && x103DocumentTopics.has(st.low[k]) {
		k++
	}
	return k < len(st.low) && x103DocumentNouns.has(st.low[k])
}

// ownedMeasureX103 reports whether cd already has a target the sentence
// names inside the measure's own words, between the trigger and the
// measure noun at k: "Algeria condemned the Moroccan incursion" is aimed
// at Morocco, whatever act the sentences before tell last.
func ownedMeasureX103(cd *candidate, k int) bool {
	for _, m := range cd.tgt {
		if m.kind != "implied" && m.i > cd.i && m.j <= k {
			return true
		}
	}
	return false
}
