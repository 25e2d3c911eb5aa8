package code

import (
	"time"

	"github.com/truce-project/truce"
)

// Gunmen in a gang story. Wire copy about gang violence names the gangs
// once ("the capital's armed gangs", "the Grand Ravine gang") and then
// tells what "gunmen", "his fighters" or "armed men" did. Those men are the
// gang's, not rebels: in "Police in Valdora are fighting the city's gangs.
// Masked gunmen stormed a radio station" the gunmen are the country's
// criminals. A story that also names rebels, insurgents or jihadists keeps
// its gunmen as rebels.

// gangMen are the head nouns that say only that men bear arms, whoever
// they serve: "gunmen", "fighters", "armed men", "attackers".
var gangMen = filtered(wordSet("gunmen", "gunman", "fighters", "fighter", "men", "attackers", "attacker", "assailants"))

// gangMan reports whether m is a bare armed-men noun a gang story makes
// the gang's: a generic rebel mention whose last word is one of gangMen,
// in a story that names criminal gangs and no rebels.
func (d *doc) gangMan(st *sent, m *mention) bool {
	return bareArmedMen(st, m) && d.gangStory()
}

// bareArmedMen reports whether m is a generic rebel mention whose last
// word is one of gangMen: "masked gunmen", "armed men".
func bareArmedMen(st *sent, m *mention) bool {
	return m.actor.Sector == "REB" && (m.actor.ID == "" || m.actor.ID == m.actor.Country+"REB") && m.j >= 1 && m.j <= len(st.low) && gangMen.has(st.low[m.j-1])
}

// gangWords name criminal gangs as such: "gangs", "criminal groups".
var gangWords = filtered(wordSet("gang", "gangs", "gangsters", "gangster", "criminal"))

// gangStory reports whether the story names a criminal gang ("gangs",
// "the 5 Segundos gang") and no rebel of any kind other than bare armed
// men: no "rebels", "militants", "separatists" or named rebel group.
func (d *doc) gangStory() bool {
	gang, rebels := d.storyArmedBands()
	return gang && !rebels
}

// storyArmedBands reports whether the story names a criminal gang as such
// and whether it names a rebel of any kind other than bare armed men.
func (d *doc) storyArmedBands() (gang, rebels bool) {
	for _, s := range d.sents {
		for k := range s.mentions {
			x := &s.mentions[k]
			if x.kind == "pronoun" || x.kind == "anaphor" || x.kind == "implied" {
				continue // "13 of them": who they are is what is asked
			}
			switch x.actor.Sector {
			case "CRM":
				// "kidnappers", "bandits" or a cartel may be anyone's:
				// only gangs named as gangs make a gang story.
				for n := x.i; n < x.j && n < len(s.low); n++ {
					gang = gang || gangWords.has(s.low[n])
				}
			case "REB", "INS":
				if labelledAs(s, x) {
					continue // "gangs he designated as terrorist organisations"
				}
				if x.actor.ID != "" && x.actor.ID != x.actor.Country+x.actor.Sector || x.j < 1 || x.j > len(s.low) || !gangMen.has(s.low[x.j-1]) {
					return gang, true
				}
			}
		}
	}
	return gang, false
}

// sectorActor returns the dictionary's actor for the sector of a in
// country cc on the story's date ("criminal group" of Ecuador for ECUCRM), keeping the words
// of the text; a itself with that id when the dictionary has none.
func (c *Coder) sectorActor(a truce.Actor, cc string, date time.Time) truce.Actor {
	a.Country, a.ID = cc, cc+a.Sector
	if b, ok := c.actors.Lookup(a.ID, date); ok {
		b.Text = a.Text
		return b
	}
	return a
}
