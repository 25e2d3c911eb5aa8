package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// agreedTruceWords are the participles that, set after a truce noun, tell
// the truce was agreed: "a truce between Chad and Sudan, signed in Doha".
var agreedTruceWords = filtered(wordSet("agreed", "signed", "reached", "struck", "concluded"))

// agreedTruce links to the truce just declared by cd the agreement told by
// a participle after its noun, and returns the ids it linked: in "A ceasefire between Peru and Ecuador,
// agreed in Brasilia on Friday, took effect at dawn" the agreement
// ("agreed") opens the truce as its noun does. Only a participle with no
// other verb between it and the noun is linked; "the truce collapsed and
// the sides agreed to talk" agrees to something else.
func agreedTruce(d *doc, cd *candidate, cfID string) []string {
	st := cd.st
	var ids []string
	for _, x := range d.cands {
		if x == cd || x.st != st || x.folded || x.ev.Type != truce.Agree || x.ev.CeasefireID != "" ||
			!agreedTruceWords.has(st.low[x.i]) || x.j-x.i != 1 || st.toks[x.i].tag != "VBN" && st.toks[x.i].tag != "VBD" {
			continue
		}
		if x.i <= cd.j || x.i-cd.j > 10 {
			continue
		}
		plain := true
		for k := cd.j; k < x.i; k++ {
			if w := st.low[k]; w == ";" || clauseBreaks.has(w) || strings.HasPrefix(st.toks[k].tag, "VB") {
				plain = false
				break
			}
		}
		if !plain {
			continue
		}
		x.ev.CeasefireID = cfID
		ids = append(ids, x.ev.ID)
	}
	return ids
}
