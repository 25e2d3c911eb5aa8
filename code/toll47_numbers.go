package code

import "github.com/truce-project/truce/nlp"

// Issue 3, round toll47: the tagger often takes a number word for an
// adjective, a noun or a verb ("ten/JJ officers", "twelve/NN people",
// "eleven/RB detainees"), where a figure ("10") is always a cardinal. The
// toll reader ends a count's search for its toll word at the next count,
// and tells an active verb by the count after it, both by the cardinal
// tag: in "62 people had been detained and that ten officers had been
// hurt" a mistagged "ten" let the 62 take "hurt". A number word is a
// cardinal wherever it stands, unless it is part of a name ("the Three
// Brotherhood Alliance", "a Six Nations side").

// toll47NumberTags retags as a cardinal each number word, or hyphened
// pair of them ("twenty-five"), that the tagger tagged otherwise, when it
// is written in lower case or opens the sentence and no actor's name
// holds it.
func (st *sent) toll47NumberTags() {
	for k := range st.toks {
		if st.toks[k].tag == "CD" || !toll47IsNumberWord(st.low[k]) {
			continue
		}
		if k > 0 && capitalised(st.toks[k].text) || st.mentionAt(k) != nil {
			continue
		}
		st.toks[k].tag = "CD"
	}
}

// toll47IsNumberWord reports whether w is a number word from "two" up, or
// two joined by a hyphen ("twenty-five"); "one" is too often a pronoun.
func toll47IsNumberWord(w string) bool {
	n, ok := nlp.NumberWord(w)
	return ok && n >= 2
}
