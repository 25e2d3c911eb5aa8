package code

import "github.com/truce-project/truce"

// A reaction to a coup is aimed at those who made it: "France condemned
// the coup", "ECOWAS gave the coup leaders a week", "he called his ouster
// a coup". A coup is made by a country's soldiers, so the target is its
// military, not the government they overthrew; and the coup that ousted
// the speaker himself ("his ouster", "accused his opponents of staging a
// coup") is in the speaker's own country.

// coupWordsT44 name a coup.
var coupWordsT44 = filtered(wordSet("coup", "coups", "putsch", "coup-makers", "coup-plotters"))

// coupMakersT44 turns the target of a reaction whose clause names a coup
// into the military of the coup's country; it leaves the target alone when
// the clause names no coup or its target is no state.
func (b *building) coupMakersT44() {
	switch b.c.lex.cameo[b.e.cameo].plover {
	case truce.Accuse, truce.Reject, truce.Threaten, truce.Request, truce.Sanction:
	default:
		return
	}
	st, cd := b.st, b.cd
	if len(b.tgt) != 1 || len(b.src) == 0 {
		return
	}
	t := b.tgt[0]
	if t.Country == "" || t.ID != t.Country+"GOV" && t.ID != t.Country {
		return
	}
	own := false
	found := false
	// (The trigger itself may hold the coup: "called * a coup".)
	for k := cd.i + 1; k < len(st.low) && k < cd.j+8; k++ {
		w := st.low[k]
		if clauseBreaks.has(w) || w == "," {
			break
		}
		if w == "his" || w == "her" {
			own = true
		}
		if coupWordsT44.has(w) {
			found = true
			break
		}
	}
	if !found {
		return
	}
	cc := t.Country
	if own {
		cc = b.src[0].Country
	}
	if cc == "" {
		return
	}
	if a, ok := b.c.actors.Lookup(cc+"MIL", b.d.date); ok {
		a.Text = t.Text
		b.tgt = []truce.Actor{a}
	}
}
