package code

import "github.com/truce-project/truce"

// A truce one side declares and names no counterpart for is held towards
// the side it fights at home: "the army declared a two-week ceasefire to
// let aid in" pauses the war on the country's rebels, and "the rebels
// announced a ceasefire" the war on their government.

// truceHolders are the kinds of event that tell a truce one side keeps.
var truceHolders = []string{truce.Concede, truce.Retreat}

// unilateralTruce returns, for a truce declared or observed by one side
// with no counterpart named, the side it fights at home as an implied
// mention at cd's trigger: a state's government or forces hold it towards
// the country's rebels, an insurgent group towards its government. It
// returns nil when the trigger names no truce, the truce names its
// counterpart, or the source's country is unknown.
func (c *Coder) unilateralTruce(d *doc, cd *candidate) []*mention {
	st := cd.st
	if len(cd.src) == 0 || len(cd.tgt) > 0 {
		return nil
	}
	plover := c.lex.cameo[cd.e.cameo].plover
	ok := false
	for _, k := range truceHolders {
		ok = ok || plover == k
	}
	if !ok {
		return nil
	}
	if !st.newTruce(cd) {
		return nil
	}
	s := cd.src[0].actor
	cc := s.Country
	for _, m := range cd.src {
		if m.actor.Country != cc || m.actor.Sector != s.Sector {
			return nil
		}
	}
	var want string
	switch {
	case cc == "":
		return nil
	case stateSectors.has(s.Sector) && s.Sector != "JUD" && isState(s):
		want = cc + "REB"
	case s.Sector == "REB":
		want = cc + "GOV"
	default:
		return nil
	}
	return c.impliedAt(d, cd, want)
}

// newTruce reports whether cd's trigger, inside it or just after it, names
// a truce it makes: "declared a ceasefire", "a two-week unilateral truce".
// "The ceasefire would hold" speaks of a truce already made, perhaps
// between two states, whose sides the story told.
func (st *sent) newTruce(cd *candidate) bool {
	for k := cd.i; k < cd.j+4 && k < len(st.low); k++ {
		if !truceWords.has(st.low[k]) {
			continue
		}
		for b := k - 1; b >= 0 && b >= k-4; b-- {
			switch st.low[b] {
			case "a", "an", "unilateral":
				return true
			case "the", "its", "their", "this", "that":
				return false
			}
		}
		return false
	}
	return false
}
