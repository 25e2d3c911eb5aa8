package code

// Sides the roles leave: antecedents of relative and "whose" asides,
// the parties to an offer of mediation, soldiers named by a passive.

import (
	"strings"

	"github.com/truce-project/truce"
)

// presentRelativeDoer returns the actor a present-tense relative clause
// set off by a comma hangs from, when the verb trigger at i opens it:
// "Niamey, which accuses Cotonou of …", "the junta, which blames Paris
// for …". (The roles read only past and perfect relatives as acts.)
func presentRelativeDoer(st *sent, i int) *mention {
	if t := st.toks[i].tag; t != "VBZ" && t != "VBP" {
		return nil
	}
	k := i - 1
	if k > 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 2 || st.low[k] != "which" && st.low[k] != "who" || st.low[k-1] != "," {
		return nil
	}
	if m := st.mentionAt(k - 2); m != nil && m.j == k-1 && !m.place && m.actor.ID != "" {
		return m
	}
	return nil
}

// whoseAntecedent returns the actor a "whose" aside hangs from when m
// lies inside that aside and the trigger at i comes after it: in "China,
// whose state oil company built the pipeline, has offered to mediate"
// the company is the aside's, China the one who offers.
func whoseAntecedent(st *sent, m *mention, i int) *mention {
	w := -1
	for k := m.i - 1; k >= 1 && k >= m.i-6; k-- {
		if st.low[k] == "whose" {
			w = k
			break
		}
		if st.low[k] == "," {
			return nil
		}
	}
	if w < 2 || st.low[w-1] != "," {
		return nil
	}
	closed := false
	for k := m.j; k < i; k++ {
		if st.low[k] == "," {
			closed = true
			break
		}
	}
	if !closed {
		return nil
	}
	if a := st.mentionAt(w - 2); a != nil && a.j == w-1 && a.actor.ID != "" {
		return a
	}
	return nil
}

// asideOwners replaces each source that lies in a "whose" aside on the
// trigger's subject by the subject itself ("Brazil, whose state firm
// built the bridge, has offered to mediate").
func (b *building) asideOwners() {
	for n, m := range b.cd.src {
		if a := whoseAntecedent(b.st, m, b.cd.i); a != nil && !mentioned(b.cd.src, a) {
			// (a copy: candidates may share their mention lists)
			src := append([]*mention(nil), b.cd.src...)
			src[n] = a
			b.cd.src = src
		}
	}
}

// mediateWords name a go-between's part after an offer: "offered to
// mediate".
var mediateWords = filtered(wordSet("mediate", "mediating", "mediation", "intercede", "arbitrate"))

// offeredMediation gives an offer to mediate that names no one to
// mediate between the article's two sides: "Bolivia closed its border
// with Peru … Brazil has offered to mediate" is an offer to both.
func (b *building) offeredMediation() {
	cd, st := b.cd, b.st
	if len(b.tgt) > 0 || len(b.src) == 0 || !strings.HasPrefix(cd.e.cameo, "03") || cd.j >= len(st.low) || !mediateWords.has(st.low[cd.j]) {
		return
	}
	if cd.j+1 < len(st.low) && (st.low[cd.j+1] == "between" || st.low[cd.j+1] == "with") {
		return
	}
	if sides := removeActors(append([]truce.Actor(nil), b.d.twoSides()...), b.src); len(sides) == 2 {
		b.tgt = sides
	}
}

// passiveLinks are the auxiliaries between a passive's subject and its
// participle: "troops would be sent", "soldiers have been deployed".
var passiveLinks = filtered(wordSet("be", "been", "being", "was", "were", "is", "are", "would", "will", "had", "has", "have", "to", "also", "soon"))

// passiveSoldiers reports whether the participle at i is a passive whose
// subject, just before its auxiliaries, names soldiers: "soldiers would
// be sent to help the police".
func passiveSoldiers(st *sent, i int) bool {
	if i < 2 || st.toks[i].tag != "VBN" {
		return false
	}
	k := i - 1
	for k >= 0 && passiveLinks.has(st.low[k]) {
		k--
	}
	if k == i-1 || k < 0 {
		return false
	}
	return spansWord(st, max(0, k-2), k+1, &soldierWords)
}
