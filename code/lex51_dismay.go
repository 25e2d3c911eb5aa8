package code

// Issue 3, round lex51: dismay told as a state the speaker is in ("UNICEF
// said it was appalled by the killing of the children", "the EU was
// deeply dismayed by the arrests") is disapproval of the act named after
// "by" or "at", aimed at its doer (the lexicon's lex51 row), not at the
// victims the act noun names, as with "condemned the killing of".

// lex51DismayWords are the participles of the lex51 row.
var lex51DismayWords = filtered(wordSet("shocked", "appalled", "horrified", "outraged", "dismayed", "alarmed",
	"disturbed", "saddened", "angered", "troubled"))

// lex51DismayVerb returns the token of the participle of dismay that
// opens cd's trigger after its auxiliary and an adverb ("was appalled
// by", "was deeply dismayed at"), or -1 when cd is no such trigger.
func lex51DismayVerb(st *sent, cd *candidate) int {
	if cd.j-cd.i < 3 || !auxiliaries.has(st.low[cd.i]) {
		return -1
	}
	if w := st.low[cd.j-1]; w != "by" && w != "at" {
		return -1
	}
	if k := cd.j - 2; lex51DismayWords.has(st.low[k]) {
		return k
	}
	return -1
}

// lex51SecondComplement reports whether an "and that" (or ", that")
// between the frame's end and cd opens a second complement of the verb of
// saying, not the frame's content: in "said he was appalled by the
// reports, and that six health workers had been abducted" the abduction
// is told, not what the dismay is about.
func lex51SecondComplement(st *sent, frame, cd *candidate) bool {
	for k := frame.j; k < cd.i; k++ {
		if st.low[k] == "that" && k > 0 && (st.low[k-1] == "and" || st.low[k-1] == ",") {
			return lex51DismayVerb(st, frame) >= 0
		}
	}
	return false
}
