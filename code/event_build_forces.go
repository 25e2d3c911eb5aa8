package code

// Subjects the roles miss before a verb: forces named only by their
// country's adjective, and a subject cut off by "has since".

import (
	"strings"

	"github.com/truce-project/truce"
)

// subjectHeadBefore returns the index of the last word of the subject of the
// verb trigger at i, stepping back over auxiliaries and adverbs ("has
// since set up", "have also deployed"), and whether a "since" was among
// them.
func subjectHeadBefore(st *sent, i int) (int, bool) {
	k, since := i-1, false
	for k >= 0 {
		w := st.low[k]
		switch {
		case w == "since" && k >= 1 && perfectAux.has(st.low[k-1]):
			since = true
		case auxiliaryWords.has(w) && w != "to" || st.toks[k].tag == "RB":
		default:
			return k, since
		}
		k--
	}
	return k, since
}

// perfectAux open a present or past perfect.
var perfectAux = filtered(wordSet("has", "have", "had"))

// demonymForces gives a move of forces whose subject is a country's
// adjective before a noun the dictionary does not know to that country's
// forces: "the Rwandan contingent has set up a base", "Chadian
// instructors deployed to the border". The trigger says forces moved;
// the adjective says whose. A subject cut off from its verb by "has
// since" ("Kenyan police have since deployed …") is the verb's subject
// all the same.
func (b *building) demonymForces() {
	if b.e.pos != 'V' {
		return
	}
	st, cd := b.st, b.cd
	k, since := subjectHeadBefore(st, cd.i)
	if k < 0 {
		return
	}
	if len(b.src) == 0 && since {
		if m := st.mentionAt(k); m != nil && m.j == k+1 && !m.place {
			b.src = b.c.resolveGeneric(b.d, st, []*mention{m}, b.loc, nil)
		}
	}
	if b.e.mode != "troops" || b.c.lex.cameo[b.e.cameo].plover != truce.Mobilize {
		return
	}
	if k < 1 || !strings.HasPrefix(st.toks[k].tag, "NN") || st.mentionAt(k) != nil {
		return
	}
	m := st.mentionAt(k - 1)
	if m == nil || m.kind != "demonym" || m.j != k || m.actor.Country == "" {
		return
	}
	// "Fighters of Islamic State's Somali branch": the adjective names
	// where a group's arm is, not whose forces these are.
	if m.i > 0 && (st.low[m.i-1] == "'s" || st.low[m.i-1] == "of") {
		return
	}
	if len(b.src) > 1 || len(b.src) == 1 && b.src[0].ID != m.actor.Country {
		return
	}
	if a, ok := b.c.actors.Lookup(m.actor.Country+"MIL", b.d.date); ok {
		a.Text = st.textOf(m.i, k+1)
		b.src = []truce.Actor{a}
	}
}
