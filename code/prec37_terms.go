package code

import "strings"

// signingLinkPrec37 returns the agreement whose terms cd names in the two
// links signedTermsPrec35's comma participle does not cover, or nil: a
// participle of commitment with no comma, hung on the signing's own
// phrase ("signed a declaration in Rome on Sunday committing to a
// ceasefire"), and a relative clause on the document ("signed a
// declaration in Doha in which they committed to a permanent ceasefire",
// "an accord under which both sides pledged to pull back"). Between the
// agreement and the link stand only its object and the words of place and
// time: no other verb, no comma, no ";".
func signingLinkPrec37(st *sent, built []*candidate, cd *candidate) *candidate {
	k := -1
	for n := cd.i; n > 1 && n >= cd.i-16; n-- {
		w := st.low[n]
		if w == "," || w == ";" || quoteMark(w) {
			return nil
		}
		if n+1 >= len(st.low) || st.low[n+1] != "to" {
			continue
		}
		if termCommitmentsPrec35.has(w) && st.toks[n].tag == "VBG" {
			k = n
			break
		}
		if termPastPrec37.has(w) {
			if r := relativeOnDocumentPrec37(st, n); r >= 0 {
				k = r
				break
			}
		}
	}
	if k < 0 {
		return nil
	}
	pick := lastAgreementBefore(built, cd, k, true)
	if pick == nil {
		return nil
	}
	for n := pick.j; n < k; n++ {
		if w := st.low[n]; w == "," || w == ";" || w == "." || strings.HasPrefix(st.toks[n].tag, "VB") || st.toks[n].tag == "MD" {
			return nil
		}
	}
	return pick
}

// termPastPrec37 are the past verbs of commitment a relative clause on an
// agreement's document gives its terms with.
var termPastPrec37 = filtered(wordSet("committed", "pledged", "promised", "vowed", "undertook", "agreed"))

// relativeOnDocumentPrec37 returns where the relative clause whose verb of
// commitment is at n opens ("in which they committed", "under which both
// sides pledged"), or -1: "which" after "in", "under" or "by", within
// four words before the verb, with the signers themselves as its subject
// ("they", "both sides", "the two governments"). A party named on its own
// ("in which the rebels committed to disarm") makes its own pledge, told
// as an act of its own.
func relativeOnDocumentPrec37(st *sent, n int) int {
	for k := n - 1; k >= 2 && k >= n-4; k-- {
		w := st.low[k]
		if w == "which" {
			switch st.low[k-1] {
			case "in", "under", "by":
				if k+1 < n {
					return k - 1
				}
			}
			return -1
		}
		if !signersWordsPrec37.has(w) {
			return -1
		}
	}
	return -1
}

// signersWordsPrec37 name the signers of an agreement together, as the
// subject of the clause giving its terms.
var signersWordsPrec37 = filtered(wordSet("they", "both", "the", "two", "sides", "side", "parties", "each", "all", "governments", "leaders", "countries", "neighbours", "neighbors"))
