package code

import "strings"

// Tellers the sentence names in passing: a body named again by the head
// noun of its name ("…, the coalition said"), the speaker of a clause
// that names what an act hit, the agent of a passive report verb and the
// speaker of an absolute clause.

// headTellers gives an event that has no teller the body named earlier
// in its sentence whose name holds the noun a trailing "…, the coalition
// said" speaks through: in "Saudi-led coalition aircraft struck a camp,
// the coalition said" or "troops of the African Union mission handed over
// the base, the mission said" the body named first tells the act; "the
// outlet said" after a news outlet named is the press of the act's
// country.
func (c *Coder) headTellers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.ReportedBy != nil {
			continue
		}
		st := cd.st
		k := trailingReport(st, cd.j-1)
		if k < 4 || st.low[k-2] != "the" || st.low[k-3] != "," {
			continue
		}
		head := st.low[k-1]
		if m := st.mentionAt(k - 1); m != nil && m.actor.ID != "" {
			continue // a teller the dictionaries know
		}
		if m := bodyNamedBy(st, k-3, head); m != nil {
			a := m.actor
			cd.ev.ReportedBy = &a
		} else if mediaNouns.has(head) && mediaNamedBefore(st, k-3) && cd.ev.Location != nil && cd.ev.Location.Country != "" {
			// "police raided the office of the broadcaster Zenda TV …,
			// the outlet said": the press of the act's country.
			if a, ok := c.actors.Lookup(cd.ev.Location.Country+"MED", d.date); ok {
				cd.ev.ReportedBy = &a
			}
		}
	}
}

// bodyNamedBy returns the last named body before token end whose words
// hold head, or nil. A place, a pronoun or a generic word is no such
// body, and the head must be a noun that names a body.
func bodyNamedBy(st *sent, end int, head string) *mention {
	if !bodyAnaphors.has(head) && head != "force" && head != "front" {
		return nil
	}
	var found *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > end || m.place || m.actor.ID == "" || m.kind == "pronoun" || m.kind == "anaphor" || m.j-m.i < 2 {
			continue
		}
		for k := m.i; k < m.j; k++ {
			if st.low[k] == head {
				found = m
				break
			}
		}
	}
	return found
}

// embeddedTellers gives an act that has no teller the speaker of a
// clause after it that names or describes what the act hit: in "jets
// bombed a camp in the forest, killing what the air force described as
// scores of fighters" and in "soldiers seized grenades from a farmhouse
// that the army said belonged to the gang" the armed forces tell the
// act. (namedTellers reads "what X called" right after the trigger.)
func (c *Coder) embeddedTellers(d *doc) {
	c.tellersAfter(d, embeddedSpeaker)
}

// embeddedSpeaker returns the speaker of a "…, killing what X described
// as" or "…, in what X called" clause, or of a "… that X said" relative
// clause, within a few words after the trigger ending at j, or nil.
func embeddedSpeaker(st *sent, j int) *mention {
	// "…, in what a joint statement from X called …" closes the sentence.
	for k := j; k+3 < len(st.low); k++ {
		if st.low[k] == ";" {
			break
		}
		if st.low[k] == "," && st.low[k+1] == "in" && st.low[k+2] == "what" {
			if m := inWhatCalled(st, k+3); m != nil {
				return m
			}
			break
		}
	}
	for k := j; k+2 < len(st.low) && k <= j+14; k++ {
		switch {
		case st.low[k] == "," && st.toks[k+1].tag == "VBG" && st.low[k+2] == "what":
			return whatCalledBy(st, k+2)
		case (st.low[k] == "that" || st.low[k] == "which") && k > j && strings.HasPrefix(st.toks[k-1].tag, "NN"):
			n := k + 1
			if st.low[n] == "the" {
				n++
			}
			m := st.mentionAt(n)
			if m == nil || m.i != n || m.place || m.j >= len(st.low) || !reportVerbs.has(st.low[m.j]) || m.kind == "pronoun" {
				continue
			}
			if m.j+1 < len(st.low) && st.low[m.j+1] == "that" {
				continue
			}
			return m
		case st.low[k] == ";" || st.low[k] == "said" || st.low[k] == "says":
			return nil
		}
	}
	return nil
}

// passiveTellers gives an act that has no teller the agent of a passive
// report verb the sentence tells it with: "the capture of Zenda was
// confirmed on Saturday by a junta spokesman", "the killing of three
// soldiers was announced by the army".
func (c *Coder) passiveTellers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.ReportedBy != nil {
			continue
		}
		m := passiveAgent(cd.st, cd.j)
		if m == nil {
			continue
		}
		if a := m.actor; a.ID == "" && a.Country == "" && a.Sector != "" && len(cd.ev.Source)+len(cd.ev.Target) > 0 {
			side := cd.ev.Target
			if len(side) == 0 || !isState(side[0]) {
				side = cd.ev.Source
			}
			if len(side) == 0 || countryOf(side[0]) == "" {
				continue
			}
			a.Country = countryOf(side[0])
			a.ID = a.Country + a.Sector
			cd.ev.ReportedBy = &a
			continue
		}
		if r := c.resolveGeneric(d, cd.st, []*mention{governmentVoice(cd.st, m)}, cd.ev.Location, nil); len(r) == 1 && (r[0].ID != "" || r[0].Country != "") {
			cd.ev.ReportedBy = &r[0]
		}
	}
}

// passiveVerbs report an act in the passive: "was confirmed by".
var passiveVerbs = filtered(wordSet("confirmed", "announced", "reported", "acknowledged", "disclosed", "revealed"))

// passiveAgent returns the agent of a passive report verb after the
// trigger ending at j ("was confirmed on Saturday by a junta
// spokesman"), or nil.
func passiveAgent(st *sent, j int) *mention {
	for k := j; k+1 < len(st.low); k++ {
		if !passiveVerbs.has(st.low[k]) || k < 1 || st.low[k-1] != "was" && st.low[k-1] != "were" && st.low[k-1] != "been" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+5; n++ {
			if st.low[n] == "," || st.low[n] == "that" {
				break
			}
			if st.low[n] != "by" {
				continue
			}
			t := n + 1
			for t < len(st.low) && t <= n+3 && st.mentionAt(t) == nil {
				t++
			}
			if m := st.mentionAt(t); m != nil && !m.place && m.kind != "pronoun" {
				return m
			}
			break
		}
	}
	return nil
}

// absoluteVerbs tell what a speaker said in an absolute clause after the
// act: "…, the foreign minister announcing that …".
var absoluteVerbs = filtered(wordSet("announcing", "saying", "declaring", "stating", "confirming"))

// absoluteTellers gives an act that has no teller the speaker of an
// absolute clause that follows it after a comma: "Ruritania cut relations
// with Borduria on Tuesday, Foreign Minister Jane Roe announcing that …"
// is the minister's word, and so her government's.
func (c *Coder) absoluteTellers(d *doc) {
	c.tellersAfter(d, absoluteSpeaker)
}

// absoluteSpeaker returns the speaker of a ", X announcing that" clause
// after the trigger ending at j: the phrase between the comma and the
// verb, which must be a mention and nothing after it.
func absoluteSpeaker(st *sent, j int) *mention {
	for k := j; k+1 < len(st.low); k++ {
		if st.low[k] == ";" {
			return nil
		}
		if !absoluteVerbs.has(st.low[k]) || k+1 >= len(st.low) || st.low[k+1] != "that" {
			continue
		}
		c := k - 1
		for c > j && st.low[c] != "," && c > k-8 {
			c--
		}
		if st.low[c] != "," || c+1 >= k {
			return nil
		}
		n := c + 1
		if st.low[n] == "the" {
			n++
		}
		m := st.mentionAt(n)
		if m == nil || m.i != n || m.j != k || m.place || m.kind == "pronoun" {
			// "Foreign Minister Jane Roe": a title and a name.
			if m2 := st.mentionAt(k - 1); m2 != nil && m2.j == k && !m2.place && m2.kind == "person" && m2.i >= n {
				return m2
			}
			return nil
		}
		return m
	}
	return nil
}

// inWhatCalled returns the last body or person named from token s up to
// a naming verb a few words on: "in what a joint statement from the prime
// minister's office called" is the office's word.
func inWhatCalled(st *sent, s int) *mention {
	var last *mention
	for n := s; n < len(st.low) && n <= s+14; n++ {
		if st.low[n] == "," {
			return nil
		}
		if whatNamingVerbs.has(st.low[n]) {
			return last
		}
		if m := st.mentionAt(n); m != nil && m.i == n && !m.place && m.kind != "pronoun" {
			last = m
		}
	}
	return nil
}

// mediaNouns name a news outlet.
var mediaNouns = filtered(wordSet("outlet", "broadcaster", "newspaper", "channel", "station", "website", "magazine", "daily", "weekly"))

// mediaNamedBefore reports whether a news outlet is named before token
// end: "the online broadcaster Zenda TV", "the Zenda Times newspaper".
func mediaNamedBefore(st *sent, end int) bool {
	for k := 0; k < end; k++ {
		if mediaNouns.has(st.low[k]) || st.toks[k].text == "TV" || st.low[k] == "radio" {
			return true
		}
	}
	return false
}
