package code

import "github.com/truce-project/truce"

// bodyAnaphors are the nouns a sentence names again, as "the group", the
// organisation whose account the sentence before gave: "…, the Karenni
// Human Rights Group said. The troops later shot a farmer, the group
// added."
var bodyAnaphors = filtered(wordSet("group", "organisation", "organization", "agency", "mission", "charity",
	"network", "monitor", "observatory", "watchdog", "body", "coalition", "alliance", "movement", "bloc"))

// anaphorTellers gives the events of a sentence whose only teller is "the
// group" or "the mission" the organisation that told the sentence before
// it, when that teller was a body of no state: "MSF said its teams had
// treated 40 women. The charity said gunmen had also abducted two of its
// patients." Within its own sentence a teller names again what it may
// (orgBefore); this reads across the full stop.
func anaphorTellers(d *doc) {
	for _, st := range d.sents {
		if st.s.Index == 0 {
			continue
		}
		ok, bound := anaphorSpeaks(st)
		if !ok {
			continue
		}
		prev := bodyTellerIn(d, st.s.Index-1)
		if prev == nil {
			continue
		}
		for _, cd := range d.cands {
			if cd.st != st || cd.folded {
				continue
			}
			if r := cd.ev.ReportedBy; r != nil && (bound || r.ID == "" || r.ID != r.Country+r.Sector) {
				continue // a teller named in full, or found in the sentence
			}
			r := *prev
			cd.ev.ReportedBy = &r
		}
	}
}

// anaphorSpeaks reports whether the sentence's one report verb has for
// its speaker "the group", "the mission" and no more: "the group added",
// "The charity said …", when the sentence names before it no body it may
// stand for; and whether the phrase was already read as an actor.
func anaphorSpeaks(st *sent) (ok, bound bool) {
	k := -1
	for n, w := range st.low {
		if attributes(w) || w == "according" {
			if k >= 0 {
				return false, false
			}
			k = n
		}
	}
	if k < 2 {
		return false, false
	}
	h := k - 1
	if st.low[h] == "also" || st.low[h] == "later" {
		h--
	}
	if h < 1 || !bodyAnaphors.has(st.low[h]) || st.low[h-1] != "the" || h-1 > 0 && st.low[h-2] != "," {
		return false, false
	}
	if bodyBeforeIn(st, h-1, st.low[h]) {
		return false, false // "the group" names a body of its own sentence
	}
	m := st.mentionAt(h)
	return m == nil || m.kind == "anaphor", m != nil
}

// bodyBeforeIn reports whether the sentence names before token k a body
// the noun head may name again within it: "Tuareg rebels ambushed a
// convoy, the group said" is the rebels' word. A group, movement or
// coalition may be an armed one or a movement; a mission, agency or
// charity is a body of no state and no arms.
func bodyBeforeIn(st *sent, k int, head string) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > k || m.place || m.kind == "pronoun" || m.actor.ID == "" && m.actor.Sector == "" {
			continue
		}
		a := m.actor
		fighting := armed(a) || a.Sector == "REB" || a.Sector == "MLT"
		civic := a.Sector == "NGO" || a.Sector == "AID" || a.ID != "" && a.Country == "" && !fighting
		if movementHeads.has(head) && (fighting || bodySectors.has(a.Sector)) || civic {
			return true
		}
	}
	return false
}

// movementHeads name again an armed group or a movement as well as an
// organisation.
var movementHeads = filtered(wordSet("group", "movement", "coalition", "alliance"))

// bodyTellerIn returns the teller of the first event of the sentence of
// index s told by a body of no state (a charity, a monitor, a UN
// mission, an armed group), or nil.
func bodyTellerIn(d *doc, s int) *truce.Actor {
	for _, cd := range d.cands {
		if cd.st.s.Index != s || cd.folded || cd.ev.ReportedBy == nil {
			continue
		}
		r := cd.ev.ReportedBy
		if r.ID == "" || r.Country != "" && !bodySectors.has(r.Sector) {
			return nil
		}
		return r
	}
	return nil
}

// bodySectors are the sectors of a country's bodies that are no part of
// its state: "the group" may name one again.
var bodySectors = filtered(map[string]bool{"NGO": true, "AID": true, "REB": true, "MLT": true, "PRO": true, "OPP": true, "LAB": true, "REL": true})
