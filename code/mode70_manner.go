package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// An accusation whose charge is a manner of speaking or behaving
// disapproves rather than alleges (issue 3, mode): "accused the envoy of
// insulting remarks", "accused him of behaving like a dictator", "accused
// the delegation of a condescending attitude". Old and new gold alike
// give every such charge disapprove (listing allege beside it at most); a
// charge of a deed ("accused Kigali of backing the rebels") stays allege.

// mode70MannerWords name speech, manners and bearing as a charge.
var mode70MannerWords = filtered(wordSet(
	"remark", "remarks", "comment", "comments", "statement", "statements", "rhetoric", "tone", "language",
	"insult", "insults", "insulting", "insulted", "disrespect", "disrespecting", "disrespectful", "rudeness",
	"behaving", "behaviour", "behavior", "conduct", "attitude", "attitudes", "arrogance", "arrogant", "condescension",
	"condescending", "hypocrisy", "hypocritical", "mocking", "ridiculing", "belittling", "lecturing"))

// mode70ManyWordsOn is how far the charge's "of" may follow the verb
// ("accused the visiting delegation, led by …, of") and how many words
// of the charge are read.
const (
	mode70OfWithin   = 12
	mode70ChargeSpan = 6
)

// mode70MannerCharge turns an accusation's mode to disapprove when the
// first charge after its "of" names a manner: the words read stop at a
// comma, a clause word or an "and" that opens a second charge, so "of
// insults and of arming rebels" reads "insults" only, while "of rude and
// careless remarks" reads on.
func (c *Coder) mode70MannerCharge(cd *candidate, ev *truce.Event) {
	if ev.Mode != "allege" || c.lex.cameo[ev.CAMEO].plover != truce.Accuse {
		return
	}
	low := cd.st.low
	of := -1
	for k := cd.j; k < len(low) && k < cd.j+mode70OfWithin; k++ {
		w := low[k]
		if w == "of" {
			of = k
			break
		}
		if w == "." || w == ";" || w == "that" || w == "over" || w == "for" {
			return
		}
	}
	if of < 0 {
		return
	}
	for k := of + 1; k < len(low) && k <= of+mode70ChargeSpan; k++ {
		w := low[k]
		if w == "," || w == "that" || w == "which" || w == "of" || w == "." || w == ";" {
			return
		}
		if w == "and" && k+1 < len(low) && (low[k+1] == "of" || strings.HasSuffix(low[k+1], "ing")) {
			return // "of insults and of arming rebels": a second charge
		}
		if mode70MannerWords.has(w) {
			ev.Mode = "disapprove"
			return
		}
	}
}
