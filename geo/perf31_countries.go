package geo

// countryLists hands each generated row of a part the one-code Countries
// list that all rows of its country share. It is found by the code's three
// letters as a number, not through a map keyed by the code: a part has
// some 35,000 rows, and a string hash a row was a tenth of parsePart.
type countryLists struct {
	at    [26 * 26 * 26]uint16 // 1 + the index in lists of a code's list; 0 for none yet
	lists [][]string
}

// of returns the list of code, made on first use, or false if code is
// not three capital letters.
func (c *countryLists) of(code string) ([]string, bool) {
	if !isISO3(code) {
		return nil, false
	}
	k := (int(code[0]-'A')*26+int(code[1]-'A'))*26 + int(code[2]-'A')
	if n := c.at[k]; n > 0 {
		return c.lists[n-1], true
	}
	cs := []string{code}
	c.lists = append(c.lists, cs)
	c.at[k] = uint16(len(c.lists))
	return cs, true
}
