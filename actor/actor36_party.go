package actor

import "strings"

// partyOfName reports whether the sector noun at token i is a party's
// spokesman or officials standing right after a capitalised word that is
// not a sentence's first: the party's own name, which says whose party it
// is ("Communist Party officials", "the Labour Party spokesman"), so the
// generic "party official" of an unnamed party out of power does not
// apply. The title after it is still read on its own.
func partyOfName(text string, toks []tok, i int) bool {
	if i == 0 || !strings.EqualFold(text[toks[i].s:toks[i].e], "party") || !toks[i-1].word {
		return false
	}
	prev := text[toks[i-1].s:toks[i-1].e]
	return isUpperStart(prev) && !capitalFunctionWords[prev] && !sentenceStart(text, toks, i-1)
}
