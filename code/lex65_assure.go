package code

// Assurances (issue 3, AGREE): "assured his counterpart that its soil
// would not be used against its neighbour" is an undertaking given to a
// party (CAMEO 030, lexicon rows of lex65); "assured reporters that the
// situation was calm" or "reassured residents that the water was safe"
// gives none, for the one assured is no party to anything.

import "strings"

// lex65AssuredNoParty tells why the assurance the building holds codes no
// event: the verb "assure" or "reassure" whose addressees are all
// unnamed people with no actor id of their own ("reporters",
// "residents"), or "".
func lex65AssuredNoParty(b *building) string {
	if b.e.cameo != "030" || b.e.pos != 'V' {
		return ""
	}
	w := b.st.low[b.cd.i]
	if !strings.HasPrefix(w, "assur") && !strings.HasPrefix(w, "reassur") {
		return ""
	}
	for _, a := range b.tgt {
		if a.ID != "" {
			return ""
		}
	}
	return "an assurance to no party (\"assured reporters that all was calm\"): no undertaking"
}
