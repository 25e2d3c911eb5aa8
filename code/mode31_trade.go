package code

import "github.com/truce-project/truce"

// tradeRestriction recodes a sanction that suspends or freezes another
// state's trade as a restriction on it (CAMEO 163, mode restrict), as the
// rows of "halted imports of" and "banned imports from" code it: "China
// suspended imports of pineapples from Taiwan", "the banks froze payments
// for trade with Spanish firms". A row that reads such a verb as a state
// pulling out ("suspended * from" a bloc) or cutting its own help
// (discontinue) would otherwise give the cut goods the wrong mode.
func (b *building) tradeRestriction() {
	cd := b.cd
	ev := &cd.ev
	if ev.Type != truce.Sanction || ev.Mode != "withdraw" && ev.Mode != "discontinue" {
		return
	}
	st := cd.st
	for k := cd.i + 1; k < len(st.low) && k < cd.j+3; k++ {
		if cutGoodsWords.has(st.low[k]) {
			row := b.c.lex.cameo["163"]
			ev.CAMEO, ev.Mode, ev.Goldstein = "163", "restrict", row.goldstein
			return
		}
	}
}

// cutGoodsWords name the goods and payments a state may cut off.
var cutGoodsWords = filtered(wordSet("imports", "exports", "trade", "payments"))
