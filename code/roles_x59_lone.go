package code

import "github.com/truce-project/truce"

// rolesX59LoneNouns name one unknown person as a doer: "a man stabbed
// …", "a gunman shot dead …", "a lone attacker opened fire".
var rolesX59LoneNouns = filtered(wordSet("man", "woman", "gunman", "attacker", "assailant", "knifeman", "shooter", "youth",
	"teenager", "motorcyclist"))

// rolesX59KinWords before the people hit make an act among kin:
// "shot dead his estranged wife", "stabbed her two sons" is a crime at
// home, not an attack on the public.
var rolesX59KinWords = filtered(wordSet("his", "her", "their", "its", "own"))

// rolesX59LoneAttacker reports whether a violent verb with no actor as
// its subject has one unknown person as its doer ("a man stabbed South
// Korea's opposition leader", "a gunman shot dead two protesters who
// were blocking the road", "a man stabbed three children outside a
// school") and hits people the roles name as public actors: such an act
// is an attack though its doer has no sector. Kin, and people named with
// a possessive ("shot dead his wife and her sisters"), are left out.
func (b *building) rolesX59LoneAttacker() bool {
	st, cd := b.st, b.cd
	if b.e.pos != 'V' || len(cd.tgt) == 0 || cd.i < 2 || cd.j >= len(st.low) {
		return false
	}
	k := cd.i - 1
	if !rolesX59LoneNouns.has(st.low[k]) {
		return false
	}
	a := k - 1
	if st.toks[a].tag == "JJ" && a > 0 {
		a--
	}
	if st.low[a] != "a" && st.low[a] != "an" {
		return false
	}
	if rolesX59KinWords.has(st.low[cd.j]) {
		return false
	}
	for _, m := range cd.tgt {
		if m.actor.Sector == "" && m.actor.ID == "" || st.isPossessive(m.j) {
			return false
		}
	}
	return true
}

// rolesX59LoneDoer gives the lone person of rolesX59LoneAttacker, who
// has no sector of his own, as one of the people of the country where
// he struck: "a man shot dead two protesters near Chame" is a Panamanian
// civilian's act.
func (b *building) rolesX59LoneDoer() {
	if len(b.src) > 0 || !b.e.has(flagViolent) && b.c.lex.cameo[b.e.cameo].plover != truce.Assault || !b.rolesX59LoneAttacker() {
		return
	}
	if a, ok := b.struckCountrySector("CVL"); ok {
		a.Text = b.st.textOf(b.cd.i-2, b.cd.i)
		b.src = []truce.Actor{a}
	}
}

// struckCountrySector returns the actor of the given sector of the
// country an attack struck: the country of its place, or else of its
// first target with one.
func (b *building) struckCountrySector(sector string) (truce.Actor, bool) {
	cc := ""
	if b.loc != nil {
		cc = b.loc.Country
	}
	for _, a := range b.tgt {
		if cc == "" {
			cc = a.Country
		}
	}
	if cc == "" {
		return truce.Actor{}, false
	}
	return b.c.actors.Lookup(cc+sector, b.d.date)
}
