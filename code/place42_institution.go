package code

// Issue 3, round place42: a state's chamber is no place name. "rallied
// outside Congress", "gathered near the Senate", "marched to the Knesset":
// the capitalised word after a place preposition is the body's building,
// not an unknown town; the act is placed by the other clues (the town the
// sentence or the dateline names).

// place42Chambers are the one-word names of a state's chambers.
var place42Chambers = filtered(wordSet("congress", "senate", "parliament", "legislature", "knesset", "duma", "majlis",
	"congress's", "senate's", "parliament's", "legislature's"))

// place42Chamber reports whether the words [i, n) an unknown place would
// be read from are one chamber's name alone.
func place42Chamber(st *sent, i, n int) bool {
	return n == i+1 && place42Chambers.has(st.low[i])
}
