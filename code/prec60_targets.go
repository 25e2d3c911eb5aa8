package code

import "github.com/truce-project/truce"

// prec60: a target struck.
//
// "warplanes struck Hezbollah targets", "jets hit more than 60 rebel
// targets across the country". The lexicon's verb "target" matches the
// noun that names what the strike hit; the strike verb is the act, and
// the noun read again would code it twice.

// prec60HitForms are the verbs of striking whose object may be a target:
// "struck targets", "bombed military targets", "hit dozens of targets".
var prec60HitForms = filtered(wordSet("struck", "strike", "strikes", "striking", "hit", "hits", "hitting",
	"bombed", "bomb", "bombs", "bombing", "shelled", "shell", "shells", "shelling", "pounded", "pound", "pounds",
	"pounding", "attacked", "attack", "attacks", "attacking", "raided", "raid", "raids", "raiding", "destroyed",
	"destroy", "destroys", "destroying", "hammered", "hammer", "hammers", "hammering"))

// prec60TargetNouns are the forms of "target" that a strike verb takes as
// its object.
var prec60TargetNouns = filtered(wordSet("target", "targets"))

// prec60StruckTarget returns the strike built just before that takes
// "target" or "targets" as its object, past a count or modifiers ("struck
// Hezbollah targets", "hit more than 60 rebel targets"), or nil: the noun
// names what the strike hit, not a second attack.
func prec60StruckTarget(st *sent, built []*candidate, cd *candidate) *candidate {
	i := cd.i
	if cd.j != i+1 || !prec60TargetNouns.has(st.low[i]) {
		return nil
	}
	for _, b := range built {
		if b.ev.Type != truce.Assault || b.j > i || i-b.j > 6 || !prec60HitForms.has(st.low[b.j-1]) {
			continue
		}
		between := true
		for k := b.j; k < i; k++ {
			t := st.toks[k]
			if w := st.low[k]; t.tag != "DT" && t.tag != "CD" && t.tag != "PRP$" && w != "more" && w != "than" && w != "of" && w != "least" && w != "at" && !isModifier(t) {
				between = false
				break
			}
		}
		if between {
			return b
		}
	}
	return nil
}
