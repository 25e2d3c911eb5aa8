package code

import "github.com/truce-project/truce"

// Issue 3, round x65: soldiers of the two sides. "Army commanders from the
// two sides met", "military officers of both countries held talks": the
// people of each side are its armed forces, not its government, when the
// noun before "from"/"of" names soldiers or officers.

// x65SideSoldiers are the nouns of a state's armed people who meet for
// their side.
var x65SideSoldiers = filtered(wordSet("commanders", "officers", "generals", "troops", "soldiers", "militaries", "armies",
	"colonels", "brigadiers", "majors", "officials"))

// x65SideArms are the words that, before "officials" or "officers", make
// them the forces' own ("defence officials", "army officers").
var x65SideArms = filtered(wordSet("army", "military", "defence", "defense", "border", "naval", "navy"))

// x65SidesArmed reports whether the subject right before the trigger at i
// is armed people of the two sides ("army commanders from the two sides",
// "generals of both countries").
func x65SidesArmed(st *sent, i int) bool {
	if !sidesPeopleBefore(st, i) {
		return false
	}
	k := i - 1
	for k >= 0 && (st.toks[k].tag == "MD" || st.toks[k].tag == "RB" || haveWords.has(st.low[k])) {
		k--
	}
	p := k - 2
	if st.low[p] == "the" {
		p--
	}
	w := st.low[p-1]
	if !x65SideSoldiers.has(w) {
		return false
	}
	// Bare "officers" or "officials" may be police or civil servants: the
	// arms' word before them must say they are the forces'.
	if w == "officials" || w == "officers" {
		return p >= 2 && x65SideArms.has(st.low[p-2])
	}
	return true
}

// x65ArmedSides gives each state side of a mutual act whose subject is
// armed people of the two sides ("army commanders from the two sides
// met") that side's armed forces, not its government.
func (b *building) x65ArmedSides() {
	if len(b.src) == 0 || !mutualActTypes.has(b.cd.ev.Type) && !b.e.has(flagSym) || !x65SidesArmed(b.st, b.cd.i) {
		return
	}
	b.src, b.tgt = b.x65Armed(b.src), b.x65Armed(b.tgt)
}

// x65Armed returns as with each state government made its armed forces.
func (b *building) x65Armed(as []truce.Actor) []truce.Actor {
	if len(as) == 0 {
		return as
	}
	out := make([]truce.Actor, len(as))
	for n, a := range as {
		out[n] = a
		if isState(a) && a.Country != "" && (a.Sector == "GOV" || a.Sector == "") {
			out[n] = b.c.sectorActor(truce.Actor{Sector: "MIL", Text: a.Text}, a.Country, b.d.date)
		}
	}
	return out
}
