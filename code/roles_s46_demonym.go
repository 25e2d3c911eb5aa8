package code

import (
	"unicode/utf8"

	"github.com/truce-project/truce/actor"
)

// wholeDemonymS46 reports whether the mention m is no more than a demonym
// the dictionary found, word for word: "Sierra Leonean", "South Sudanese",
// "Costa Rican" are the two capitalised words of one demonym, which took
// the sector of the list it stands in ("Sierra Leonean and Liberian
// refugees"), not a facility named after a country ("the Indonesian
// Hospital"), whose name runs past the demonym (the dictionary joins the
// noun to it and gives it a sector).
func (st *sent) wholeDemonymS46(m *mention, found []actor.Mention) bool {
	if m.kind != "demonym" {
		return false
	}
	s := st.s
	end := st.toks[m.j-1].end
	for _, f := range found {
		if f.Kind != "demonym" || f.Actor.Sector != "" || f.End > len(s.Text) {
			continue
		}
		if s.Start+utf8.RuneCountInString(s.Text[:f.End]) == end {
			return true
		}
	}
	return false
}
