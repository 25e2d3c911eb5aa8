package code

// Issue 3, round place45: a state hosts talks at home. "WASHINGTON -
// Qatar hosted talks between the two sides", "agreed to a ceasefire after
// talks hosted by Angola": the talks were held in the host's land, not in
// the town the story is filed from nor in the land the talks were about,
// unless the sentence names where they were held.

import "github.com/truce-project/truce"

// place45HostForms are the forms of "host" that tell who received the
// talks ("welcomed" and "received" also take a deal or a letter).
var place45HostForms = filtered(wordSet("hosted", "hosts", "host", "hosting"))

// place45HostHome places a meeting that a state hosts ("Qatar hosted
// talks", "talks hosted by Angola") and that its sentence places in no
// town of the host's country at the story's dateline when that lies in
// the host's country, else at the host's capital. Only a country, a
// region or the dateline's town gives way: a place named with a place
// preposition after the verb of hosting ("hosted talks in Paris"), or a
// town the sentence names ("in Jeddah, where Saudi mediators hosted
// talks"), is where they were held and is kept.
func (c *Coder) place45HostHome(d *doc) {
	var at *truce.Location // the story's dateline, read once
	read := false
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.Type != truce.Consult || loc == nil {
			continue
		}
		if !read {
			at, read = storyDateline(d), true
		}
		if !coarse(loc.Precision) && (at == nil || loc.Name != at.Name) {
			continue // a town the sentence names: "in Jeddah, where Saudi mediators hosted talks"
		}
		host, k := place45Host(cd)
		if host == "" || loc.Country == host || place45VenueNamed(cd.st, k) {
			continue
		}
		if at != nil && at.Country == host {
			cp := *at
			cd.ev.Location = &cp
			continue
		}
		if capital, ok := c.capitalOf(host); ok {
			capital.Text = ""
			cd.ev.Location = &capital
		}
	}
}

// place45HostAux are the words that may stand between a host and its
// verb: "Qatar has hosted", "Egypt will also host".
var place45HostAux = filtered(wordSet("has", "have", "had", "will", "would", "is", "was", "to", "also", "again"))

// place45Host returns the country of the state that hosts cd's meeting
// and the token of the verb of hosting: the state named right before the
// verb when the trigger is the verb ("Qatar hosted talks", "Egypt has
// hosted"; not "Stoltenberg said after hosting talks", where the host is
// no state), or the state named after "hosted by" right after the
// trigger ("talks hosted by Angola"). It returns "" and -1 otherwise.
func place45Host(cd *candidate) (string, int) {
	st := cd.st
	for k := cd.i; k < cd.j; k++ {
		if place45HostForms.has(st.low[k]) {
			j := k
			for j > 0 && place45HostAux.has(st.low[j-1]) {
				j--
			}
			if m := st.mentionEndingAtS39(j); m != nil && isState(m.actor) {
				return m.actor.Country, k
			}
			return "", -1
		}
	}
	k := cd.j
	if k+2 < len(st.low) && st.low[k] == "hosted" && st.low[k+1] == "by" {
		if m := st.mentionAt(k + 2); m != nil && isState(m.actor) {
			return m.actor.Country, k
		}
	}
	return "", -1
}

// place45VenueNamed reports whether a place follows the verb of hosting
// at token k with a place preposition: "hosted talks in Paris".
func place45VenueNamed(st *sent, k int) bool {
	for n := range st.places {
		if p := &st.places[n]; p.i > k && locPreps.has(prepBefore(st, p.i)) {
			return true
		}
	}
	return false
}
