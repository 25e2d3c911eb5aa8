package code

// Issue 3, round x53: the object of a verb given as another's label.
// "Warplanes struck what the military called Hamas positions", "shelled
// what Kyiv described as a command post of the brigade": the speaker of
// the "what … called" clause labels the object and is no side of the act;
// the object is what follows the label verb.

// pastWhatCalledX53 returns the object read after a "what X called" clause
// that opens at j, when the object found, tgt, lies inside that clause
// (it is the speaker); else tgt.
func (st *sent) pastWhatCalledX53(j int, tgt []*mention) []*mention {
	if j >= len(st.low) || len(tgt) == 0 {
		return tgt
	}
	w := prec40WhatCalled(st, j)
	if w == 0 || tgt[0].i >= j+w || tgt[0].i < j {
		return tgt
	}
	return st.object(j+w, nil)
}
