package code

// lex43SpeechAtRally reports whether the participle cd, after a comma,
// tells the words of a speaker who addressed the rally prev ("told a
// rally in the capital, calling the blockade cruel"), so that it cannot
// say what the rally was for: the rally is only the speech's audience
// (rallySetting), and the words are the speaker's. A crowd's own
// participle ("marched on Sunday, demanding his resignation") keeps its
// reading.
func lex43SpeechAtRally(st *sent, prev, cd *candidate) bool {
	return cd.i > 0 && st.low[cd.i-1] == "," && st.toks[cd.i].tag == "VBG" && rallySetting(st, prev)
}
