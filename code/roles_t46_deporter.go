package code

import "github.com/truce-project/truce"

// Issue 3, round t46: who sends people away. A deportation told without
// its doer ("the activists would be deported to Europe", "the 222 had been
// deported") is the act of the state that tells of it; the people it
// moves never deport themselves; and a state does not expel its own people
// as migrants: authorities given the migrants' country ("In Algeria,
// authorities expelled 600 migrants, mostly from Niger") are those of the
// place the sentence is set in.

// t46StateTellers are the sectors of a state that may announce its own
// deportations.
var t46StateTellers = filtered(wordSet("GOV", "COP", "JUD", "MIL", "SPY"))

// deporterT46 sets the side that sends people away in a deportation: see
// the file's comment.
func (c *Coder) deporterT46(d *doc, cd *candidate) {
	ev := &cd.ev
	// "migrants with expulsion orders": the people are the ones moved.
	if len(ev.Source) > 0 && allPeopleT46(ev.Source) {
		if len(ev.Target) == 0 {
			ev.Target = ev.Source
		}
		ev.Source = nil
	}
	// "the foreign ministry said the activists would be deported": the
	// teller's state, unless what it tells of is officials sent away (the
	// teller's own, told as the one moved, is its misreading).
	if rb := ev.ReportedBy; len(ev.Source) == 0 && rb != nil && t46Passive(cd) && isState(*rb) && t46StateTellers.has(rb.Sector) {
		if self := len(ev.Target) == 1 && sameActor(ev.Target[0], *rb); self || !t46HasOfficials(ev.Target) {
			ev.Source = []truce.Actor{*rb}
			ev.Target = without(ev.Target, *rb)
			return
		}
	}
	// "In Algeria, authorities expelled migrants mostly from Niger".
	if len(ev.Source) != 1 || len(ev.Target) == 0 {
		return
	}
	s := ev.Source[0]
	if !isState(s) || !hasCountry(ev.Target, s.Country) || !allPeopleT46(ev.Target) || !t46GenericAuthority(cd.st, s) {
		return
	}
	cc := t46SettingCountry(cd.st, cd.i)
	if cc == "" || cc == s.Country {
		return
	}
	// A new slice: the old one may be shared with the article's sides.
	ev.Source = []truce.Actor{c.sectorActor(truce.Actor{Sector: s.Sector, Text: s.Text}, cc, d.date)}
}

// t46BeForms are the auxiliaries of a passive: "would be deported", "had
// been expelled".
var t46BeForms = filtered(wordSet("be", "been", "being", "was", "were", "is", "are"))

// t46Passive reports whether cd's act is told without its doer: a verb
// in the passive ("the activists would be deported") or a noun ("migrants
// with expulsion orders"). A plan told of others ("discussed plans to
// deport people") is not the teller's own act.
func t46Passive(cd *candidate) bool {
	if cd.e.pos == 'N' {
		return true
	}
	return cd.i > 0 && t46BeForms.has(cd.st.low[cd.i-1]) && cd.st.toks[cd.i].tag == "VBN"
}

// t46HasOfficials reports whether as holds a state's officials or forces,
// who may be expelled (diplomats, troops) but are then no people a teller
// sends away.
func t46HasOfficials(as []truce.Actor) bool {
	for _, a := range as {
		if t46StateTellers.has(a.Sector) || a.Sector == "" && isState(a) {
			return true
		}
	}
	return false
}

// allPeopleT46 reports whether every actor in as is a group of people of
// a country's population (refugees, civilians, workers).
func allPeopleT46(as []truce.Actor) bool {
	for _, a := range as {
		if a.Sector != "REF" && a.Sector != "CVL" && a.Sector != "LAB" {
			return false
		}
	}
	return len(as) > 0
}

// t46AuthorityWords are the words for a state's officials that do not
// name its state: "authorities", "police", "officials".
var t46AuthorityWords = filtered(wordSet("authorities", "authority", "police", "officials", "officers", "agents", "guards"))

// t46GenericAuthority reports whether the actor a is told by a bare word
// for officials, with no country named in it.
func t46GenericAuthority(st *sent, a truce.Actor) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Text == a.Text {
			return t46AuthorityWords.has(st.low[m.j-1]) && (m.j-m.i == 1 || m.j-m.i == 2 && determiners.has(st.low[m.i]))
		}
	}
	return false
}

// t46SettingCountry returns the country a sentence opens by setting itself
// in, before token before: "In Algeria, authorities …", "LIBYA:
// Authorities in the east …". It returns "" when it opens otherwise.
func t46SettingCountry(st *sent, before int) string {
	for n := range st.places {
		p := &st.places[n]
		if p.i >= before || p.place.Precision != "country" || p.j >= len(st.low) {
			continue
		}
		lead := p.i == 0 || p.i == 1 && st.low[0] == "in"
		if !lead {
			// a header after a dateline or a bulletin's title: "… - LIBYA:"
			lead = p.i > 0 && (st.low[p.i-1] == "-" || st.low[p.i-1] == ":") && st.low[p.j] == ":"
		}
		if lead && (st.low[p.j] == "," || st.low[p.j] == ":") {
			return p.place.Country
		}
	}
	return ""
}
