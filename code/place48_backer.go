package code

// A state that leads, backs or arms a force does not place the force's
// acts: "crowds torched the offices of Iran-backed militias" happened
// where the crowds were, not in Iran, and "the US-led coalition handed
// over its base" was not in the United States.

import (
	"strings"

	"github.com/truce-project/truce"
)

// place48BackerSuffixes end the hyphenated word of a state that leads or
// sponsors a force without being where it acts.
var place48BackerSuffixes = []string{"-led", "-backed", "-supported", "-sponsored", "-aligned", "-allied",
	"-funded", "-armed", "-trained", "-brokered", "-commanded"}

// place48Unbacked returns side without the actors whose country the clause
// gives only through a backer's compound before or inside their mention
// ("Saudi-led coalition", "several Iran-backed militias"), so that they do
// not place an event the sentence gives no place of. It returns side
// itself when none is.
func (c *Coder) place48Unbacked(cd *candidate, d *doc, side []truce.Actor) []truce.Actor {
	var out []truce.Actor
	for n, a := range side {
		if !c.place48Backed(cd, d, a) {
			if out != nil {
				out = append(out, a)
			}
			continue
		}
		if out == nil {
			out = make([]truce.Actor, 0, len(side))
			out = append(out, side[:n]...)
		}
	}
	if out == nil {
		return side
	}
	return out
}

// place48Backed reports whether a, an actor of cd, is a force whose
// country comes from a "<state>-backed" word just before its head. The
// mentions of cd are matched by their words: their actors are resolved
// later.
func (c *Coder) place48Backed(cd *candidate, d *doc, a truce.Actor) bool {
	if a.Country == "" || a.Text == "" {
		return false
	}
	st := cd.st
	for _, ms := range [2][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if m.actor.Text != a.Text {
				continue
			}
			// "Iran-backed militias", "the Saudi - led coalition", or
			// the backer itself: "the French-led coalition".
			for k := max(m.i-1, 0); k < m.j+2 && k < len(st.low); k++ {
				if c.place48BackerWord(st, k, d, a.Country) {
					return true
				}
			}
		}
	}
	return false
}

// place48BackerWord reports whether token k ends "<state>-backed" (or
// -led, -armed …) for the state cc: one token, "iran-backed", or three,
// "saudi - led".
func (c *Coder) place48BackerWord(st *sent, k int, d *doc, cc string) bool {
	w := st.low[k]
	for _, suf := range place48BackerSuffixes {
		head := ""
		switch {
		case len(w) > len(suf) && strings.HasSuffix(w, suf):
			head = st.toks[k].text
			if len(head) != len(w) {
				head = w
			}
			head = head[:len(head)-len(suf)]
		case k >= 2 && w == suf[1:] && (st.low[k-1] == "-" || st.low[k-1] == "‑"):
			head = st.toks[k-2].text
		default:
			continue
		}
		for _, f := range c.actors.Find(head, d.date) {
			if f.Actor.Country == cc {
				return true
			}
		}
		return false
	}
	return false
}
