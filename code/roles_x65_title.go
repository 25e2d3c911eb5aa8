package code

import "github.com/truce-project/truce"

// A bare title with no country ("the president", "the emir", "the prime
// minister") is of the state whose holder of that title the story named
// before ("Kenyan President William Ruto met … The president later
// criticised Uganda"), else of the wire dateline's state ("ACCRA - The
// president condemned the coup in Niamey"); not of a place or a state
// named after it in its sentence, which is where it acts or whom it deals
// with.

// x65HeadTitles are the titles of a head of state or government that,
// bare, stand for the one holder the story is about.
var x65HeadTitles = filtered(wordSet("president", "emir", "king", "queen", "sultan", "premier", "chancellor", "monarch", "prince"))

// x65TitleHome returns the country of a bare head-of-state title m, or ""
// when m is no such title or the story gives it no home.
func (d *doc) x65TitleHome(st *sent, m *mention, other []truce.Actor) string {
	w, ok := x65BareTitle(st, m)
	if !ok {
		return ""
	}
	cc := d.x65TitleHolderBefore(st, w)
	if cc == "" {
		if dl := d.dateline(); dl != nil {
			cc = dl.place.Country
		}
	}
	// A state acting on itself whole is a misreading: leave it to the
	// other clues.
	if cc == "" || hasCountry(other, cc) && x57StateActedOn(m, other) {
		return ""
	}
	return cc
}

// x65BareTitle reports whether m is "the" and a head-of-state title and
// nothing else ("the president", "the prime minister", "the crown
// prince"), not followed by "of" ("the president of the Senate"), and
// returns its head word.
func x65BareTitle(st *sent, m *mention) (string, bool) {
	if m.actor.Sector != "GOV" || m.actor.Country != "" || m.j > len(st.low) || m.j <= m.i {
		return "", false
	}
	if m.j < len(st.low) && st.low[m.j] == "of" {
		return "", false
	}
	k := m.i
	if st.low[k] == "the" {
		k++
	} else if k < 1 || st.low[k-1] != "the" {
		return "", false
	}
	w := st.low[m.j-1]
	switch {
	case k == m.j-1 && x65HeadTitles.has(w):
		return w, true
	case k == m.j-2 && w == "minister" && st.low[k] == "prime":
		return "premier", true
	case k == m.j-2 && w == "prince" && st.low[k] == "crown":
		return w, true
	}
	return "", false
}

// x65TitleHolderBefore returns the country of the latest person the
// story named before st with the title w ("Kenyan President William
// Ruto", "Qatar's emir Sheikh Tamim"), or "".
func (d *doc) x65TitleHolderBefore(st *sent, w string) string {
	for n := st.s.Index - 1; n >= 0; n-- {
		if n >= len(d.sents) {
			continue
		}
		s := d.sents[n]
		for k := len(s.mentions) - 1; k >= 0; k-- {
			p := &s.mentions[k]
			if p.kind != "person" || p.actor.Sector != "GOV" || p.actor.Country == "" {
				continue
			}
			for x := p.i - 2; x < p.j; x++ {
				if x < 0 {
					continue
				}
				if t := s.low[x]; t == w || w == "premier" && t == "minister" && x > 0 && s.low[x-1] == "prime" {
					return p.actor.Country
				}
			}
		}
	}
	return ""
}
