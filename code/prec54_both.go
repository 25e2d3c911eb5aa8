package code

import "strings"

// "Islamic State claimed both blasts", "condemned both attacks": "both"
// right before a plural event noun points back at two events already
// told, as "the two blasts" does.

// prec54BothOf reports whether the plural noun at i follows "both".
func prec54BothOf(st *sent, i int) bool {
	return i > 0 && i < len(st.toks) && st.low[i-1] == "both" && st.toks[i].tag == "NNS"
}

// prec54CampaignNoun reports whether the word at i is a campaign noun
// ("offensive") that the tagger read as an adjective after a determiner
// or another adjective: "preparing an offensive", "preparing a large
// offensive" name a campaign still to come.
func prec54CampaignNoun(st *sent, i int) bool {
	if !campaignNouns.has(st.low[i]) || i == 0 {
		return false
	}
	t := st.toks[i-1].tag
	return t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ")
}
