package code

import "strings"

// gerundBeforeVerb reports whether the one-word trigger cd is a gerund right
// before a verb in the past, and so that verb's subject, a noun, however
// the tagger read it: "In Kherson, Russian shelling killed a man" (after
// a fronted place the gerund is tagged VBG, and the verb VBN as often as
// VBD).
func gerundBeforeVerb(st *sent, cd *candidate) bool {
	j := cd.j
	return j == cd.i+1 && j < len(st.toks) && strings.HasSuffix(st.low[cd.i], "ing") &&
		strings.HasPrefix(st.toks[j].tag, "VB") && st.toks[j].tag != "VBG"
}
