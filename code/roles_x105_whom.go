package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Issue 3, round x105: actors around an object relative aside, "NAME,
// whom|which SUBJECT VERB …, MAINVERB …".
//
// The main verb's doer is the actor the aside hangs from. In "Hamas,
// whom Israel has bombed for months, fired rockets at Tel Aviv" the
// aside's own subject (Israel) does the bombing, not the firing; an aside
// opened by "whom" is skipped like one opened by "who" or "which"
// (asideStart). Convention: general English grammar, checked on our own
// sentences (14 "NAME, whom X VERBed, MAINVERB" sentences, 7 with the
// aside's subject read as the main verb's doer; 6 mended, and 1 more
// that coded no event now does). Dev holds one ", whom" aside before a
// coded main verb, and there the head is no actor (armed men "whom
// witnesses identified as members of" a party's wing): gold takes the
// doer from the aside's naming predicate, so an aside whose head names
// no actor is left alone (dev: 1 of 1 kept).
//
// The aside's own act is done to that head. In "Mali's junta, which
// ECOWAS has sanctioned, expelled the French ambassador" ECOWAS sanctions
// the junta, not the ambassador, whom the object finder reaches past the
// aside's closing comma. Checked on our own sentences (12 such asides, 4
// with the main clause's object for target, all 4 mended). Dev: the rule
// fires on 4 events (a group "which" a state blames, bans or calls
// names; a minister "whom" a state accuses) and gold takes the head for
// target in all 4.

// rolesX105WhomAside reports whether the comma at j opens an aside
// starting with "whom" that hangs from a named actor just before the
// comma: "Hamas militants, whom …", "Venezuela's Maduro, whom …".
func (st *sent) rolesX105WhomAside(j int) bool {
	if j < 1 || j+1 >= len(st.low) || st.low[j+1] != "whom" {
		return false
	}
	m := st.mentionAt(j - 1)
	return m != nil && m.j == j && !m.place
}

// rolesX105RelativeObjectHead gives cd the head of the object relative
// aside its trigger stands in ("NAME, which|whom SUBJECT VERB …"), when
// the source is the aside's subject and cd has no target inside the aside.
// The aside's own object, when it names one before its closing comma
// ("which Addis Ababa accuses Eritrea of arming"), stays the target. A
// denial is left alone: what "which Pristina denied" hangs from is a
// claim, though an actor ends it ("attacks by Kosovo's police, which
// Pristina denied").
func (c *Coder) rolesX105RelativeObjectHead(cd *candidate) {
	st := cd.st
	if len(cd.src) == 0 || !st.holds(cd.src[0]) || cd.e.pos == 'N' || c.lex.cameo[cd.e.cameo].plover == truce.Reject {
		return
	}
	w := -1
	for k := cd.i - 1; k > 1 && k >= cd.i-8; k-- {
		x := st.low[k]
		if x == "which" || x == "whom" {
			if st.low[k-1] == "," {
				w = k
			}
			break
		}
		if x == "," || x == ";" || x == "and" || x == "but" || x == "that" || x == "who" {
			return
		}
	}
	if w < 0 {
		return
	}
	// "which Baghdad banned", "whom Washington has long accused": the
	// subject right after the pronoun, and the trigger the verb right
	// after the subject, past auxiliaries and adverbs only.
	s := cd.src[len(cd.src)-1]
	if f := cd.src[0].i; f <= w || f > w+2 || s.j > cd.i {
		return
	}
	for k := s.j; k < cd.i; k++ {
		if t := st.toks[k].tag; t != "MD" && t != "RB" && !strings.HasPrefix(t, "VB") {
			return
		}
	}
	h := st.mentionAt(w - 2)
	if h == nil || h.place || h.j != w-1 || sharesMention([]*mention{h}, cd.src) {
		return
	}
	end := len(st.low)
	for k := cd.j; k < len(st.low); k++ {
		if st.low[k] == "," || st.low[k] == ";" {
			end = k
			break
		}
	}
	for _, t := range cd.tgt {
		if t.i >= cd.j && t.i < end || !st.holds(t) {
			return
		}
	}
	cd.tgt = st.coordinated(h)
}
