package code

// gsr23: a leader welcomed is a guest received, not a stand approved.
// "Kyiv welcomed the move" supports a move (CAMEO 051), but "Paris gave a
// warm welcome to the South African leader" and "the Ethiopian premier was
// welcomed with an honour guard in Nairobi" tell a visit hosted (CAMEO
// 043, CONSULT). The welcome is a visit when what is welcomed is a person:
// a named person, or a noun phrase ending in a leader's title ("the
// visiting prime minister"), as the object of the verb or after "to", or
// as the subject of a passive. In the passive the guest is the doer of the
// visit and the country of the place it was welcomed in its target, as
// for "arrived in".

import "github.com/truce-project/truce"

// gsr23WelcomeWords are the forms of "welcome".
var gsr23WelcomeWords = filtered(wordSet("welcome", "welcomed", "welcomes", "welcoming"))

// gsr23GuestTitles end a noun phrase that names a person received.
var gsr23GuestTitles = filtered(wordSet("president", "minister", "premier", "leader", "king", "queen",
	"prince", "chancellor", "counterpart", "envoy", "delegation", "emir", "sultan", "pope",
	"secretary-general", "commander", "chief"))

// gsr23PassiveAux make the welcome passive ("was welcomed").
var gsr23PassiveAux = filtered(wordSet("was", "were", "is", "are", "been", "being", "be"))

// gsr23WelcomedGuest recodes a welcome given to a person as a visit hosted.
func (b *building) gsr23WelcomedGuest() {
	cd, st := b.cd, b.st
	ev := &cd.ev
	if ev.CAMEO != "051" || cd.j != cd.i+1 || !gsr23WelcomeWords.has(st.low[cd.i]) || len(b.tgt) == 0 {
		return
	}
	if cd.i > 0 && gsr23PassiveAux.has(st.low[cd.i-1]) && st.toks[cd.i].tag == "VBN" {
		m := st.gsr23GuestBefore(cd.i - 1)
		loc := b.loc
		if m == nil || loc == nil || loc.Country == "" || loc.Precision == "country" || hasCountry(b.tgt, loc.Country) {
			return
		}
		host, ok := b.c.actors.Lookup(loc.Country, b.d.date)
		if !ok {
			return
		}
		host.Text = ""
		b.src, b.tgt = b.tgt, []truce.Actor{host}
		b.c.recode(ev, "043")
		return
	}
	if st.gsr23GuestAfter(cd.j) == nil {
		return
	}
	b.c.recode(ev, "043")
}

// gsr23GuestAfter returns the person welcomed after the trigger ending at
// j: the first actor named within eight words, past only articles,
// adjectives, a time and "to" ("gave a warm welcome on Thursday to …").
func (st *sent) gsr23GuestAfter(j int) *mention {
	for k := j; k < len(st.low) && k < j+8; k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			if gsr23IsGuest(st, m) {
				return m
			}
			return nil
		}
		switch t := st.toks[k].tag; {
		case t == "DT" || t == "JJ" || t == "VBG" || t == "NNP" || t == "CD":
		case st.low[k] == "to" || st.low[k] == "on" || st.low[k] == "visiting":
		default:
			return nil
		}
	}
	return nil
}

// gsr23GuestBefore returns the person a passive welcome at aux tells of:
// the actor named right before the auxiliary, or before the title that
// ends its phrase ("the Malian interim leader was welcomed").
func (st *sent) gsr23GuestBefore(aux int) *mention {
	k := aux - 1
	titled := false
	for k >= 0 && st.mentionAt(k) == nil && (gsr23GuestTitles.has(st.low[k]) || st.toks[k].tag == "JJ") {
		titled = titled || gsr23GuestTitles.has(st.low[k])
		k--
	}
	if k < 0 {
		return nil
	}
	m := st.mentionAt(k)
	if m == nil || m.place || m.j != k+1 || k+1 < aux && !titled {
		return nil
	}
	if titled || gsr23IsGuest(st, m) {
		return m
	}
	return nil
}

// gsr23IsGuest reports whether a mention names a person, not a country or
// a stand: a named person, or a phrase ending in a leader's title that no
// noun follows ("the president's decision" is a stand).
func gsr23IsGuest(st *sent, m *mention) bool {
	// The rest of a name or a title ("President Reagan", "the South
	// African leader F.W. de Klerk"), then no possessive and no noun:
	// "President Reagan's statement" is a stand, not a person.
	titled := false
	n := m.j
	for n < len(st.low) && (st.toks[n].tag == "NNP" || gsr23GuestTitles.has(st.low[n])) {
		titled = titled || gsr23GuestTitles.has(st.low[n])
		n++
	}
	if n < len(st.low) {
		if t := st.toks[n].tag; t == "POS" || t == "NN" || t == "NNS" {
			return false
		}
	}
	if titled || m.kind == "person" {
		return true
	}
	for k := m.i; k < m.j; k++ {
		if gsr23GuestTitles.has(st.low[k]) {
			return true
		}
	}
	return false
}
