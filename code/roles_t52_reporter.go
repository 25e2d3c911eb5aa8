package code

// An attack a state reports another state made, with no target named:
// "Israel said Iran had fired two missiles after the truce began", "the
// head of Ukraine's military intelligence said Russia had fired 40
// missiles overnight". The state that tells of fire from a foreign state,
// aimed at no one named, tells of fire at itself: it is the target.

import (
	"strings"

	"github.com/truce-project/truce"
)

// t52ReporterTarget returns, for an attack with no target whose doers are
// all one foreign state or its forces, the country of the state organ
// that reports it in the same sentence before the trigger ("Israel said
// …", "Ukraine's air force said …"); nil otherwise.
func (b *building) t52ReporterTarget() []truce.Actor {
	st, cd := b.st, b.cd
	// A noun's modifiers are no doers ("had hit military targets": a
	// verb row's form read as a noun).
	if len(b.src) == 0 || !b.assault || cd.e.pos != 'V' || !strings.HasPrefix(st.toks[cd.i].tag, "VB") {
		return nil
	}
	cc := ""
	for _, a := range b.src {
		// "Russia's ministry said its forces had hit …": a doer named by
		// a possessive pronoun after a report is the reporter's own.
		if t52OwnPronoun(a.Text) {
			return nil
		}
		if !isState(a) || a.Sector != "" && !stateSides.has(a.Sector) || cc != "" && a.Country != cc {
			return nil
		}
		cc = a.Country
	}
	for v := cd.i - 1; v > 0; v-- {
		if st.clause[v] != st.clause[cd.i] && st.low[v] != "that" && !reportVerbs.has(st.low[v]) {
			// A report verb opens the clause the attack is told in;
			// past it, another clause is not the report's.
			if st.low[v] == "," || clauseBreaks.has(st.low[v]) {
				return nil
			}
		}
		if !reportVerbs.has(st.low[v]) {
			continue
		}
		for _, m := range st.subject(v) {
			a := m.actor
			if !isState(a) || a.Country == cc || a.Sector != "" && !stateSides.has(a.Sector) {
				return nil
			}
			if x, ok := b.c.actors.Lookup(a.Country, b.d.date); ok {
				return []truce.Actor{x}
			}
		}
		return nil
	}
	return nil
}

// t52OwnPronoun reports whether text opens with a possessive pronoun
// ("its forces", "their jets").
func t52OwnPronoun(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	return strings.EqualFold(w, "its") || strings.EqualFold(w, "their") || strings.EqualFold(w, "our")
}
