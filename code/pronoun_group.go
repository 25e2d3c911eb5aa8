package code

import "strings"

// groupCounts are the words that count the members of a group named
// before: "the two sides", "both countries".
var groupCounts = filtered(map[string]bool{"two": true, "three": true, "four": true, "five": true, "both": true})

// groupNumbers are the counts a later description of a group may give:
// "the three capitals".
var groupNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// groupDescription returns the span [s, n) of a description that counts
// a group ("The three allies", "Both neighbours", "the three Sahel
// states") followed by a verb, or 0, 0. It opens the sentence or follows
// an opening phrase with no verb ("In a joint statement, the two
// neighbours said").
func groupDescription(st *sent) (int, int) {
	s := openingPhrase(st)
	k := s
	if k < len(st.low) && st.low[k] == "the" {
		k++
	}
	if k+2 >= len(st.low) || !groupCounts.has(st.low[k]) {
		return 0, 0
	}
	n := k + 1
	// Up to two names or adjectives may qualify the noun: "three Sahel
	// states", "the two West African neighbours".
	for q := 0; q < 2 && n+2 < len(st.low) && (st.toks[n].tag == "NNP" || st.toks[n].tag == "JJ"); q++ {
		n++
	}
	if st.toks[n].tag != "NNS" {
		return 0, 0
	}
	n++
	if !pronounSubject(st, n-1) {
		return 0, 0
	}
	return s, n
}

// openingPhrase returns the index after a short opening phrase closed by a
// comma with no verb or actor in it ("In a joint statement,"), or 0.
func openingPhrase(st *sent) int {
	if len(st.toks) == 0 || !subjectPreps.has(st.low[0]) {
		return 0
	}
	for k := 1; k < len(st.low) && k <= 6; k++ {
		if st.low[k] == "," {
			return k + 1
		}
		if strings.HasPrefix(st.toks[k].tag, "VB") || st.mentionAt(k) != nil {
			return 0
		}
	}
	return 0
}
