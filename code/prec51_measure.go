package code

// A verb entry read in a sum: "paying an initial 120 million pounds", "a
// debt of 393.9 million pounds". A verb's -s form right after "million"
// or "billion" is the plural noun such a sum counts, money or another
// measure, not an act: "pounds" there is money, not shelling. Acts are
// counted in smaller numbers and keep their reading ("more than 40
// arrests", "12 strikes"); "two killed" keeps its past form and is left
// to the toll readers.

// prec51CountWords count a sum in millions.
var prec51CountWords = filtered(wordSet("million", "billion", "trillion", "mln", "bln"))

// prec51CountedNoun reports whether the one-word verb trigger cd is an -s
// form right after a word that counts a sum in millions.
func prec51CountedNoun(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.j-cd.i != 1 || cd.i == 0 {
		return false
	}
	w := st.low[cd.i]
	if len(w) < 3 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	p := cd.i - 1
	return prec51CountWords.has(st.low[p])
}
