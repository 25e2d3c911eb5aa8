package geo

// apostrophed reports whether token t, the k-th word of a name, is the
// lower-case rest of a word an apostrophe (or a hyphen) splits: the "an"
// of "Ma'an". Such a name ends as surely as "N'Djamena" does. A
// one-letter rest may be a possessive ("Jordan's"), so it must be longer.
func apostrophed(t token, k int) bool {
	return k > 0 && t.joined && !t.spaced && t.end-t.start >= 2
}

// curatedIn reports whether a curated row spells key in country cc. A
// province the generated gazetteer knows yields to the curators' unit of
// its name in its own country, not to a namesake abroad: Jordan's Karak
// governorate stays beside Pakistan's Karak district, and the story's
// country chooses between them.
func (g *Gazetteer) curatedIn(key, cc string) bool {
	for _, id := range g.byKey[key] {
		for _, c := range g.entries[id].Countries {
			if c == cc {
				return true
			}
		}
	}
	return false
}
