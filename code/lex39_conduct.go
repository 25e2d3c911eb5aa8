package code

// lex39ConductWords open a defence of how forces acted: "acted
// professionally", "behaved with restraint" (the CAMEO 120 row of lex39).
var lex39ConductWords = filtered(wordSet("acted", "act", "acts", "behaved", "behave", "behaves", "operated", "responded"))

// lex39ConductSpeaker gives a defence of one's own forces' conduct to the
// one who speaks it: in "the defence minister said the troops had acted in
// self-defence" the minister rejects the charge, not the troops, who are
// only what the defence is about.
func (b *building) lex39ConductSpeaker() {
	cd, st := b.cd, b.st
	if cd.e.cameo != "120" || cd.i >= len(st.low) || !lex39ConductWords.has(st.low[cd.i]) {
		return
	}
	m := reporter(st, cd.i)
	if m == nil {
		return
	}
	if r := b.c.resolveGeneric(b.d, st, []*mention{m}, b.loc, nil); len(r) == 1 {
		b.src = r
	}
}
