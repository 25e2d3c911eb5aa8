package code

// Protests (issue 3): the target named inside what a protest is about.
// "marched against tax rises tied to the IMF loan", "blocked roads,
// denouncing any normalisation with Israel": the actor hangs from an
// issue noun, a policy of the crowd's own authorities, and the protest is
// aimed at those authorities, as "marched against a new land law" is.

import (
	"strings"

	"github.com/truce-project/truce"
)

// prec46IssueComplement gives a protest whose every target is named
// inside the complement of an issue noun the government of the
// protesters' country for target: see prec46InComplement.
func (b *building) prec46IssueComplement() {
	cd, st := b.cd, b.st
	if cd.ev.Type != truce.Protest || len(cd.tgt) == 0 || len(b.src) == 0 {
		return
	}
	for _, m := range cd.tgt {
		if m.kind == "implied" || !st.prec46InComplement(cd.j, m) {
			return
		}
	}
	cc := b.src[0].Country
	if cc == "" {
		return
	}
	for _, a := range b.tgt {
		if a.Country == cc {
			return
		}
	}
	g, ok := b.c.actors.Lookup(cc+"GOV", b.d.date)
	if !ok {
		return
	}
	g.Text = ""
	b.tgt = []truce.Actor{g}
}

// prec46InComplement reports whether the mention m, after the trigger
// ending at j, is named inside what the protest is about: after an aim
// word ("against", "over", "denouncing", "opposing") come a common noun
// that names no actor ("normalisation", "increases", "law") and then a
// link to m: "with", "to", "between", or a participle and "to" ("tied
// to", "linked to"), with only modifiers before m ("Sri Lanka's IMF
// bailout").
func (st *sent) prec46InComplement(j int, m *mention) bool {
	aim := -1
	for k := j; k < m.i && k < j+10; k++ {
		w := st.low[k]
		if w == ";" || w == "," && k+1 < len(st.low) && st.toks[k+1].tag != "VBG" {
			return false
		}
		if t47ProtestAimPreps.has(w) || t47ProtestAimVerbs.has(w) {
			aim = k
		}
	}
	if aim < 0 {
		return false
	}
	noun := false
	for k := aim + 1; k < m.i; k++ {
		w, t := st.low[k], st.toks[k].tag
		switch {
		case st.mentionAt(k) != nil:
			return false
		case strings.HasPrefix(t, "NN"):
			noun = true
		case noun && (w == "with" || w == "between" || w == "to" || w == "on" || w == "from"):
			return prec46ModifiersOnly(st, k+1, m)
		case noun && t == "VBN" && k+1 < m.i && (st.low[k+1] == "to" || st.low[k+1] == "with"):
			return prec46ModifiersOnly(st, k+2, m)
		case determiners.has(w) || t == "JJ" || t == "DT" || t == "CD" || t == "HYPH" || w == "any" || w == "-":
		default:
			return false
		}
	}
	return false
}

// prec46ModifiersOnly reports whether only a determiner, adjectives or a
// place's possessive stand between token k and the mention m.
func prec46ModifiersOnly(st *sent, k int, m *mention) bool {
	for ; k < m.i; k++ {
		if w := st.low[k]; determiners.has(w) || st.toks[k].tag == "JJ" || st.toks[k].tag == "POS" || w == "'s" || st.isPlace(k) || st.toks[k].tag == "NNP" {
			continue
		}
		return false
	}
	return true
}
