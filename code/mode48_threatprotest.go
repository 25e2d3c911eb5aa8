package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode48ThreatenedProtest gives a threat whose object is a protest
// ("unions have threatened a nationwide strike", "the opposition threatens
// mass protests", "truckers threatened a blockade of the ports") the
// authorities of the place as its target when none is named: a protest
// with no named target is against them (defaultTargets), and so is the
// threat of one (CAMEO 133).
func (b *building) mode48ThreatenedProtest() {
	if len(b.tgt) > 0 || b.c.lex.cameo[b.e.cameo].plover != truce.Threaten || b.e.pos != 'V' {
		return
	}
	if !b.c.mode48ProtestObject(b.st, b.cd.j) {
		return
	}
	a, _, ok := b.placeGovernment()
	if !ok && len(b.src) > 0 && b.src[0].Country != "" {
		// "Kenyan doctors threatened an indefinite strike": the
		// government of the protesters' own country.
		a, ok = b.c.actors.Lookup(b.src[0].Country+"GOV", b.d.date)
	}
	if !ok {
		return
	}
	a.Text = ""
	b.tgt = []truce.Actor{a}
}

// mode48ProtestObject reports whether the noun phrase from k, past its
// article and modifiers (common nouns among them: "mass protests"), is a
// protest the lexicon knows: "a nationwide strike", "an indefinite
// sit-in".
func (c *Coder) mode48ProtestObject(st *sent, k int) bool {
	for n := 0; k < len(st.low) && n < 4; n++ {
		es, _ := c.lex.match(st.low, k)
		for _, e := range es {
			if e.pos == 'N' && c.lex.cameo[e.cameo].plover == truce.Protest {
				return true
			}
		}
		if t := st.toks[k].tag; !(t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS") {
			return false
		}
		k++
	}
	return false
}

// mode48RepressedProtest gives coercion aimed at a protest with no one
// named ("authorities cracked down on protests against the result",
// "police cracked down on the demonstrations") the protesters of the
// place, or of the coercers' country, as its target.
func (b *building) mode48RepressedProtest() {
	if len(b.tgt) > 0 || b.c.lex.cameo[b.e.cameo].plover != truce.Coerce || b.e.pos != 'V' || !b.e.has(flagNeedTarget) {
		return
	}
	if !b.c.mode48ProtestObject(b.st, b.cd.j) {
		return
	}
	cc := countryOfEvent(b.loc, b.src)
	if cc == "" {
		cc = b.d.focus
	}
	if a, ok := b.c.actors.Lookup(cc+"PRO", b.d.date); ok && cc != "" {
		a.Text = ""
		b.tgt = []truce.Actor{a}
	}
}
