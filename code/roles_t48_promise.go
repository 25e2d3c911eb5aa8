package code

import "github.com/truce-project/truce"

// rolesT48StateSector reports whether s is the state as such (no sector)
// or one of the sectors through which a state keeps its own promise:
// "promised that Russia would pay", "agreed to send National Guard
// troops to its border" name the state, or its forces, as the one who
// will act, not as whom the promise is made to.
func rolesT48StateSector(s string) bool {
	return s == "" || s == "GOV" || s == "MIL" || s == "COP"
}

// rolesT48StateNouns name states a promise may be made to without naming
// them: "offered to help its neighbours", "pledged support to its
// allies". Such a promise says whom it is for, if vaguely.
var rolesT48StateNouns = filtered(wordSet("neighbour", "neighbours", "neighbor", "neighbors", "ally", "allies",
	"partner", "partners", "countries", "nations", "states", "governments"))

// t48PromiseAddressee gives a state's promise or unilateral undertaking
// that names no one it is made to the party the state last dealt with:
// "Putin met Aliyev … Putin promised that Russia would pay compensation"
// is a promise to Azerbaijan, and "Ghana's president hosted his Togolese
// counterpart … He promised that Ghanaian police would protect the
// traders" is one to Togo. The state itself, or its own forces named as
// the ones who will carry the promise out, are not its addressee. A promise to its
// own people ("pledged to free 50 activists") names them and is left
// alone, and so is one the sentence makes with another party, or to
// states it names vaguely ("offered to help its neighbours").
func (b *building) t48PromiseAddressee() {
	c, e := b.c, b.e
	if e.pos != 'V' || len(b.src) == 0 || c.lex.cameo[e.cameo].plover != truce.Agree && e.plover != truce.Agree {
		return
	}
	cc := b.src[0].Country
	if cc == "" || !isState(b.src[0]) {
		return
	}
	for _, a := range b.src {
		if a.Country != cc {
			return
		}
	}
	for _, a := range b.tgt {
		if a.Country != cc || !rolesT48StateSector(a.Sector) {
			return
		}
	}
	st := b.st
	for k := b.cd.j; k < len(st.low) && st.low[k] != ";" && st.low[k] != "."; k++ {
		if rolesT48StateNouns.has(st.low[k]) {
			return
		}
	}
	t := b.d.ownLastTarget(b.cd, b.src)
	if len(t) == 0 || t[0].Country == "" || t[0].Country == cc {
		return
	}
	a := t[0]
	a.Text = ""
	b.tgt = []truce.Actor{a}
}
