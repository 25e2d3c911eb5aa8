package code

// mode39LiftedCurbs codes as an easing of sanctions (CAMEO 085, RETREAT
// ease) a lifting of measures one party keeps on another: "Seoul would
// lift the curbs it put on Japanese fish in 2021", "the bloc lifted
// Niger's suspension", "Ottawa eased its freeze on talks with Delhi". A
// lifting of a state's ban on its own people ("lifted its ban on the
// opposition party") stays a concession: the measure here must bear on
// another country or on a body of states. Bans and visa or travel curbs
// are administrative sanctions (CAMEO 081), eased as concessions too:
// "Paris would lift visa restrictions on the emirate".
func (b *building) mode39LiftedCurbs() {
	cd := b.cd
	ev := &cd.ev
	if ev.CAMEO != "081" || cd.e.cameo != "081" || cd.j != cd.i+1 || len(b.src) == 0 || len(b.tgt) == 0 {
		return
	}
	st := cd.st
	if !mode39LiftVerbs.has(st.low[cd.i]) {
		return
	}
	found := false
	for k := cd.j; k < len(st.low) && k < cd.j+5; k++ {
		w := st.low[k]
		if w == "," || w == ";" || mode39AdminCurbs.has(w) {
			break
		}
		if mode39CurbNouns.has(w) {
			found = true
			break
		}
	}
	if !found {
		return
	}
	s, t := b.src[0], b.tgt[0]
	if t.Country == "" || t.Country == s.Country || !isState(t) && t.Sector != "" {
		return
	}
	b.c.recode(ev, "085")
}

// mode39LiftVerbs are the forms of lifting and easing a measure.
var mode39LiftVerbs = filtered(wordSet("lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed", "relaxing"))

// mode39AdminCurbs are the words of bans and of curbs on visas and
// travel, administrative sanctions.
var mode39AdminCurbs = filtered(wordSet("ban", "bans", "visa", "visas", "travel"))

// mode39CurbNouns name the measures one party keeps on another.
var mode39CurbNouns = filtered(wordSet("curbs", "restrictions", "sanctions", "suspension", "pause", "embargo", "embargoes", "tariffs", "duties", "freeze"))
