package code

// A sponsor hyphenated before the demonym of the fighters it backs:
// "Turkish-backed Syrian fighters", "Russian-backed Ukrainian separatists".
// The fighters are of the second country, not of their backer, as
// "Iran-backed Iraqi militias" already reads when the backer is named by
// its country.

import "strings"

// s51SponsorSuffixes end the hyphenated word of a backer.
var s51SponsorSuffixes = []string{"-backed", "-supported", "-sponsored", "-aligned", "-allied", "-funded", "-armed", "-trained"}

// sponsoredDemonymS51 gives a mention that opens with a backer's word and
// names a sector ("Turkish-backed Syrian fighters") the country of the
// demonym after the backer, with the same sector.
func (c *Coder) sponsoredDemonymS51(st *sent, d *doc) {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j-m.i < 3 || m.actor.Sector == "" || m.actor.Country == "" || !s51Sponsor(st.low[m.i]) {
			continue
		}
		found := c.actors.Find(st.toks[m.i+1].text, d.date)
		if len(found) != 1 || found[0].Kind != "demonym" || found[0].Actor.Country == "" || found[0].Actor.Country == m.actor.Country {
			continue
		}
		if a, ok := c.actors.Lookup(found[0].Actor.Country+m.actor.Sector, d.date); ok {
			a.Text = m.actor.Text
			m.actor = a
		}
	}
}

// s51Sponsor reports whether w is a backer hyphenated to a word of
// sponsorship: "turkish-backed".
func s51Sponsor(w string) bool {
	for _, s := range s51SponsorSuffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}
