package code

// Issue 3, round roles_x104: "the country's parliament", "the nation's
// army" name the state the story was about in the sentence before, not
// the last country named: "Nicaragua sent 222 prisoners to the United
// States. The country's parliament then stripped them of their
// citizenship" is Nicaragua's parliament.

// x104CountrysOwn returns the country of the first state actor of the
// nearest sentence before st when m, a generic mention, follows "the
// country's" or "the nation's" (past up to two modifiers); else "".
func (d *doc) x104CountrysOwn(st *sent, m *mention) string {
	k := possessiveBefore(st, m)
	if k < 2 || !x104CountryWords.has(st.low[k-1]) || st.low[k-2] != "the" {
		return ""
	}
	return d.stateBefore(st, nil)
}

// x104CountryWords stand for the state a story is about.
var x104CountryWords = filtered(wordSet("country", "nation"))
