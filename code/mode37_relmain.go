package code

import "strings"

// mode37RelativeMain reports whether the trigger at i is the main clause's
// verb that follows, with no comma, a subject relative clause whose own
// verb is the frame at k: "Protesters who had demanded civil rule rejected
// the deal" rejects on the protesters' account, and the rejection is no
// part of what they had demanded. The relative pronoun must follow a noun
// (the clause's head) and stand before the frame with only auxiliaries and
// adverbs between; between the frame and i there may be only the frame's
// object (nouns, their modifiers, prepositions), no verb and no
// complementiser, so that "who demanded that the army leave" keeps its
// content.
func mode37RelativeMain(st *sent, k, i int) bool {
	if i <= k || i >= len(st.toks) {
		return false
	}
	switch st.toks[i].tag {
	case "VBD", "VBZ":
	default:
		return false
	}
	rel := -1
	for n := k - 1; n >= 1 && n >= k-4; n-- {
		if st.low[n] == "who" || st.low[n] == "which" || relativeThat(st, n) {
			rel = n
			break
		}
		switch st.toks[n].tag {
		case "VBD", "VBZ", "VBP", "VBN", "VB", "MD", "RB":
		default:
			return false
		}
	}
	if rel < 1 || !isNounTag(st.toks[rel-1].tag) {
		return false
	}
	if i-k > 10 || !isNounTag(st.toks[i-1].tag) {
		return false
	}
	for n := k + 1; n < i; n++ {
		switch st.low[n] {
		case ",", "that", "whether", "if", "and", "or", "to", "who", "which", "when", "as", "because":
			return false
		}
		t := st.toks[n].tag
		if strings.HasPrefix(t, "V") || t == "MD" {
			return false
		}
	}
	return true
}

// mode37CountedMeeting reports whether the meeting or visit noun of cd is
// counted as the first in a span ("Rahmon's first state visit to
// Kyrgyzstan in years", "the first such summit in 12 years", "their first
// talks since 2019"): a meeting told with its rarity is news of its own,
// not the content of a pledge or a deal told before it in the clause.
func mode37CountedMeeting(st *sent, cd *candidate) bool {
	return cd.e.pos == 'N' && strings.HasPrefix(cd.e.cameo, "04") && mode37CountedAt(st, cd.i, cd.j)
}

// mode37CountedAt reports whether the noun spanning tokens i to j is
// counted as the first in a span: "first" before it, past modifiers and a
// possessor, and "in" a span of years or "since" a year after it, before
// the next comma.
func mode37CountedAt(st *sent, i, j int) bool {
	first := false
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if st.low[k] == "first" || st.low[k] == "first-ever" {
			first = true
			break
		}
		if st.low[k] == "such" {
			continue
		}
		if st.low[k] == "," || strings.HasPrefix(st.toks[k].tag, "V") || st.toks[k].tag == "IN" {
			break
		}
	}
	if !first {
		return false
	}
	for k := j; k+1 < len(st.low) && k <= j+10; k++ {
		switch st.low[k] {
		case ",", ";", ".", "and", "but":
			return false
		case "since":
			return st.toks[k+1].tag == "CD"
		case "in":
			for n := k + 1; n < len(st.low) && n <= k+3; n++ {
				switch st.low[n] {
				case "years", "decades", "decade", "months", "generation", "generations":
					return true
				}
			}
		}
	}
	return false
}
