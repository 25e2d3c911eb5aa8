package code

// gsr23: "protested" used as a verb of saying is a complaint whoever says
// it. "The union protested that wages had been cut" and "Troops are
// shelling the villages, a rights group protested on Friday" tell what was
// said, as "said" would: no one marched. The complaint reading of the verb
// (the row flagged "official") holds when a "that" clause follows it or
// when it closes a sentence that opens with what was said: a comma before
// its subject, a clause before that comma, and nothing after the verb but
// when and where it was said.

import (
	"strings"

	"github.com/truce-project/truce"
)

// gsr23SpokenProtest reports whether the verb at i (with its trigger
// ending at j) is used as a verb of saying.
func gsr23SpokenProtest(st *sent, i, j int) bool {
	if j < len(st.low) && st.low[j] == "that" {
		return true
	}
	// The subject: a short noun phrase right before the verb, after a
	// comma.
	k := i - 1
	for ; k >= 0 && i-k <= 8; k-- {
		if st.low[k] == "," || !gsr23NounPhraseTag(st.toks[k].tag) && st.mentionAt(k) == nil {
			break
		}
	}
	if k < 3 || k == i-1 || st.low[k] != "," {
		return false
	}
	// What was said: a clause with a verb of its own before the comma.
	said := false
	for n := 0; n < k; n++ {
		if t := st.toks[n].tag; t == "VBZ" || t == "VBP" || t == "VBD" || t == "MD" {
			said = true
			break
		}
	}
	if !said {
		return false
	}
	for n := j; n < len(st.low); n++ {
		if strings.HasPrefix(st.toks[n].tag, "VB") || gsr23MarchWords.has(st.low[n]) {
			return false
		}
	}
	return true
}

// gsr23NounPhraseTag reports whether a tag can stand in a short subject
// noun phrase ("a human rights group", "the union's leaders").
func gsr23NounPhraseTag(t string) bool {
	switch t {
	case "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "HYPH":
		return true
	}
	return false
}

// gsr23MarchWords tell a protest done in the street, not said: "protested
// outside parliament", "protested against the tax".
var gsr23MarchWords = filtered(wordSet("against", "outside", "at", "through", "near", "toward",
	"towards", "over", "along", "across", "with"))

// gsr23SpokenTarget gives a complaint told after what was said ("Police
// are beating detainees, a rights group protested") with no target of its
// own the subject of what was said: the party complained of.
func (c *Coder) gsr23SpokenTarget(d *doc, st *sent, built []*candidate) {
	for _, a := range built {
		if a.folded || a.e.pos != 'N' && a.e.pos != 'V' || a.ev.Type != truce.Accuse || !a.e.has(flagOfficial) || len(a.ev.Target) > 0 {
			continue
		}
		if a.j < len(st.low) && st.low[a.j] == "that" || !gsr23SpokenProtest(st, a.i, a.j) {
			continue
		}
		m := gsr23SaidSubject(st, a.i)
		if m == nil {
			continue
		}
		tgt := gsr21Others(c.resolveGeneric(d, st, st.coordinated(m), a.ev.Location, a.ev.Source), a.ev.Source)
		if len(tgt) == 0 {
			continue
		}
		a.ev.Target = tgt
		a.ev.Confidence += 0.2
		a.ev.ID = eventID(d.a.ID, st.s.Index, a.ev.Type, a.ev.Source, a.ev.Target, a.i)
	}
}

// gsr23SaidSubject returns the actor named before the first finite verb
// of the sentence, when that verb comes before token end: the subject of
// what was said.
func gsr23SaidSubject(st *sent, end int) *mention {
	for n := 0; n < end; n++ {
		if t := st.toks[n].tag; t == "VBZ" || t == "VBP" || t == "VBD" || t == "MD" {
			break
		}
		if m := st.mentionAt(n); m != nil && !m.place && (m.actor.ID != "" || m.actor.Sector != "") {
			return m
		}
	}
	return nil
}
